package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Standard workbooks with errors, as a supervisor receives them, for the localisation's bench: copies of a clean
 * sample with one or two entered figures of the requests and appeals tables changed (totals stay formulas), each
 * variant different, drawn from a fixed seed so that every run times the same files.
 */
final class ErrorVariants {

    private ErrorVariants() {
    }

    /** Writes {@code count} variants of {@code sample}, a standard workbook of any edition, into {@code folder}. */
    static List<Path> write(Path sample, FormDefinitions forms, Path folder, int count) throws IOException {
        Random random = new Random(2026);
        List<Path> variants = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            try (InputStream in = Files.newInputStream(sample); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                List<Name> entered = new ArrayList<>();
                for (FormDefinition form : forms.all()) {
                    form.cells().stream().map(CellDef::code)
                            .filter(c -> !form.computedCells().containsKey(c) && !c.table().equals("active"))
                            .map(c -> workbook.getName(c.toString())).filter(n -> n != null).forEach(entered::add);
                }
                if (entered.isEmpty()) {
                    throw new IOException(sample + " 不是标准工作簿：没有找到表中各格的名称");
                }
                for (int k = 0; k <= v % 2; k++) {
                    Name name = entered.get(random.nextInt(entered.size()));
                    CellReference ref = new CellReference(name.getRefersToFormula());
                    Sheet sheet = workbook.getSheet(ref.getSheetName());
                    Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow())
                            : sheet.getRow(ref.getRow());
                    Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol())
                            : row.getCell(ref.getCol());
                    cell.setCellValue(1 + random.nextInt(30));
                }
                Path variant = folder.resolve(String.format("variant-%03d.xlsx", v));
                try (OutputStream out = Files.newOutputStream(variant)) {
                    workbook.write(out);
                }
                variants.add(variant);
            }
        }
        return variants;
    }
}

package cn.nianbao.annualreport.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.workbook.CellRef;

/**
 * Writes a copy of a checked workbook with every offending cell filled red (errors) or yellow (warnings) and a
 * comment in Chinese saying what is wrong and what was expected, and a first sheet 检查结果 listing every finding:
 * the view a clerk wants of their own workbook.
 */
public final class Annotator {

    /** The sheet listing the findings, put first in the copy. */
    public static final String SHEET = "检查结果";

    private final Messages messages = Messages.of(Locale.CHINESE);

    /** Copies {@code source} to {@code target} with the findings marked on it. */
    public void annotate(Path source, List<Finding> findings, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source); Workbook workbook = WorkbookFactory.create(in)) {
            annotate(workbook, findings);
            Path part = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                workbook.write(out);
            }
            Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Marks the findings on an open workbook. */
    public void annotate(Workbook workbook, List<Finding> findings) {
        Map<CellRef, StringBuilder> notes = new LinkedHashMap<>();
        Map<CellRef, Boolean> errors = new HashMap<>();
        for (Finding finding : findings) {
            Optional<CellRef> ref = finding.where().flatMap(CellRef::parse)
                    .filter(r -> workbook.getSheet(r.sheet()) != null);
            if (ref.isPresent()) {
                StringBuilder note = notes.computeIfAbsent(ref.get(), r -> new StringBuilder());
                note.append(note.isEmpty() ? "" : "\n").append(finding.isError() ? "错误：" : "提示：")
                        .append(messages.render(finding)).append("［").append(finding.ruleId()).append("］");
                errors.merge(ref.get(), finding.isError(), Boolean::logicalOr);
            }
        }
        Map<String, CellStyle> styles = new HashMap<>();
        CreationHelper factory = workbook.getCreationHelper();
        notes.forEach((ref, text) -> {
            Sheet sheet = workbook.getSheet(ref.sheet());
            Row row = sheet.getRow(ref.row()) == null ? sheet.createRow(ref.row()) : sheet.getRow(ref.row());
            Cell cell = row.getCell(ref.column()) == null ? row.createCell(ref.column()) : row.getCell(ref.column());
            boolean error = errors.get(ref);
            cell.setCellStyle(styles.computeIfAbsent(cell.getCellStyle().getIndex() + (error ? "e" : "w"), key -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setFillForegroundColor(error ? IndexedColors.CORAL.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            }));
            cell.removeCellComment();
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(ref.column() + 1);
            anchor.setCol2(ref.column() + 6);
            anchor.setRow1(ref.row());
            anchor.setRow2(ref.row() + 6);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text.toString()));
            comment.setAuthor("nianbao check");
            cell.setCellComment(comment);
        });
        list(workbook, findings);
    }

    private void list(Workbook workbook, List<Finding> findings) {
        Sheet sheet = workbook.createSheet(SHEET);
        workbook.setSheetOrder(SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(false);
        }
        String[] columns = {"严重程度", "规则", "单元格代码", "位置", "说明", "应为", "实为"};
        int[] widths = {10, 22, 34, 22, 90, 12, 12};
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            header.createCell(c).setCellValue(columns[c]);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        for (Finding finding : findings) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(finding.isError() ? "错误" : "提示");
            row.createCell(1).setCellValue(finding.ruleId());
            row.createCell(2).setCellValue(finding.cell().map(Object::toString).orElse(""));
            row.createCell(3).setCellValue(finding.where().orElse(""));
            row.createCell(4).setCellValue(messages.render(finding));
            row.createCell(5).setCellValue(finding.expected());
            row.createCell(6).setCellValue(finding.actual());
        }
        if (findings.isEmpty()) {
            sheet.createRow(1).createCell(0).setCellValue("未发现问题");
        }
        sheet.createFreezePane(0, 1);
    }
}

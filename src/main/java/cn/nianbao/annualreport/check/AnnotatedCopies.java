package cn.nianbao.annualreport.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.SourceKind;
import cn.nianbao.annualreport.form.Finding;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annotated copies of checked files, as {@code check --annotate} and the web page make them: a workbook is
 * copied with its findings marked; a published report (or the report a JSON holds) becomes the standard workbook the
 * converter makes of it, marked.
 */
public final class AnnotatedCopies {

    private final Annotator annotator;

    /** Copies whose check results sheet and comments are in the given language. */
    public AnnotatedCopies(Locale locale) {
        this.annotator = new Annotator(locale);
    }

    /**
     * The file name of each file's copy: a workbook keeps its name, a published report becomes its standard workbook
     * (.xlsx); files of the same name from different folders (every unit sends a 年报统计表.xlsx) get -2, -3, ….
     */
    public static Map<Path, String> names(List<Path> files) {
        Map<Path, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.replaceFirst("\\.[^.]*$", "");
            String extension = isWorkbook(file) ? name.substring(stem.length()) : ".xlsx";
            String unique = stem + extension;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = stem + "-" + n + extension;
            }
            names.put(file, unique);
        }
        return names;
    }

    /**
     * Whether a file's copy is the file itself, marked (a workbook), rather than the standard workbook made of the
     * report it holds.
     */
    public static boolean isWorkbook(Path file) {
        return SourceKind.of(file).filter(k -> k == SourceKind.WORKBOOK).isPresent();
    }

    /**
     * Writes the copy of {@code file} with its findings marked to {@code target}: the workbook itself, or the
     * standard workbook of {@code report}, the report as read from a file that is not a workbook.
     */
    public void write(Path file, List<Finding> findings, Optional<ExtractedReport> report, Path target)
            throws IOException {
        if (report.isEmpty()) {
            annotator.annotate(file, findings, target);
            return;
        }
        try (XSSFWorkbook workbook = ReportWorkbooks.build(report.get(), findings);
                OutputStream out = Files.newOutputStream(target)) {
            annotator.annotate(workbook, findings);
            workbook.write(out);
        }
    }
}

package cn.nianbao.annualreport.check;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The standard workbook of a published report: its figures entered, its printed texts and disagreeing printed totals
 * in comments and on the 校验 sheet, its narrative on the 文字部分 sheet; as convert writes it and check annotates it.
 */
public final class ReportWorkbooks {

    private ReportWorkbooks() {
    }

    /** Writes the report's workbook, replacing {@code file}. */
    public static void write(ExtractedReport report, Path file) throws IOException {
        new WorkbookWriter(report.form()).write(options(report), filling(report, List.of()), file, true);
    }

    /**
     * Writes the report's workbook, replacing {@code file}, keeping the report as read ({@code json}, nianbao's JSON
     * of it) on its very hidden 原报告数据 sheet, so that the workbook reads as the report did until it is changed.
     */
    public static void write(ExtractedReport report, List<Finding> findings, String json, Path file)
            throws IOException {
        new WorkbookWriter(report.form()).write(options(report), filling(report, findings).withSource(json), file,
                true);
    }

    /** The report's workbook, built in memory (for annotating before it is written). */
    public static XSSFWorkbook build(ExtractedReport report, List<Finding> findings) {
        return new WorkbookWriter(report.form()).build(options(report), filling(report, findings));
    }

    private static TemplateOptions options(ExtractedReport report) {
        return new TemplateOptions(report.unit(), report.year());
    }

    /** The report's figures, notes and printed totals, with the values the check's findings suggest. */
    private static Filling filling(ExtractedReport report, List<Finding> findings) {
        Map<CellCode, BigDecimal> suggested = new TreeMap<>();
        Map<CellCode, String> notes = new TreeMap<>(report.cellNotes());
        for (Finding finding : findings) {
            Optional<String> value = CheckReports.suggested(finding);
            if (value.isPresent() && finding.cell().isPresent()) {
                suggested.put(finding.cell().get(), new BigDecimal(value.get()));
                notes.merge(finding.cell().get(), "最可能填错：建议改为 " + value.get(), (a, b) -> a + "\n" + b);
            }
        }
        return new Filling(report.figures(), notes, report.narrative(), report.printedTotalValues())
                .withSuggested(suggested);
    }
}

package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.nio.file.Path;

import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The standard workbook of a published report: its figures entered, its printed texts and disagreeing printed totals
 * in comments and on the 校验 sheet, its narrative on the 文字部分 sheet; as convert writes it and check annotates it.
 */
final class ReportWorkbooks {

    private ReportWorkbooks() {
    }

    /** Writes the report's workbook, replacing {@code file}. */
    static void write(ExtractedReport report, Path file) throws IOException {
        new WorkbookWriter(report.form()).write(options(report), filling(report), file, true);
    }

    /**
     * Writes the report's workbook, replacing {@code file}, keeping the report as read ({@code json}, nianbao's JSON
     * of it) on its very hidden 原报告数据 sheet, so that the workbook reads as the report did until it is changed.
     */
    static void write(ExtractedReport report, String json, Path file) throws IOException {
        new WorkbookWriter(report.form()).write(options(report), filling(report).withSource(json), file, true);
    }

    /** The report's workbook, built in memory (for annotating before it is written). */
    static XSSFWorkbook build(ExtractedReport report) {
        return new WorkbookWriter(report.form()).build(options(report), filling(report));
    }

    private static TemplateOptions options(ExtractedReport report) {
        return new TemplateOptions(report.unit(), report.year());
    }

    private static Filling filling(ExtractedReport report) {
        return new Filling(report.figures(), report.cellNotes(), report.narrative(), report.printedTotalValues());
    }
}

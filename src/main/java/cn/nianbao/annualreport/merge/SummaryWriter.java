package cn.nianbao.annualreport.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a summary as the standard workbook of its edition: the added figures in the entered cells, the totals and
 * checks as live formulas, and after the standard sheets the 汇总来源 sheet that traces every figure to its unit.
 *
 * <pre>{@code
 * new SummaryWriter().write(summary, Path.of("汇总.xlsx"), false);
 * }</pre>
 */
public final class SummaryWriter {

    /** The name of the sheet that lists every merged unit, in a Chinese workbook. */
    public static final String SOURCES_SHEET = SourcesSheet.NAME;

    private final Messages messages;

    /** A writer whose own words (the 汇总来源 sheet's, not the form's) are Chinese. */
    public SummaryWriter() {
        this(Locale.CHINESE);
    }

    /** A writer whose own words are in the language of {@code locale}: English for English, Chinese otherwise. */
    public SummaryWriter(Locale locale) {
        this.messages = Messages.of(locale);
    }

    /** The name of the sheet that lists every merged unit, in this writer's language. */
    public String sourcesSheet() {
        return messages.text("sources.sheet");
    }

    /** Builds the summary workbook in memory, set to recalculate on open. */
    public XSSFWorkbook build(Summary summary) {
        XSSFWorkbook workbook = new WorkbookWriter(summary.form()).build(
                new TemplateOptions(Optional.of(summary.unit()), Optional.of(summary.year())),
                new Filling(summary.totals(), Map.of(), Map.of(), Map.of()));
        new SourcesSheet(summary, messages).write(workbook);
        workbook.setForceFormulaRecalculation(true);
        return workbook;
    }

    /** Writes the summary workbook to {@code file}, which must not exist unless {@code replace} is set. */
    public void write(Summary summary, Path file, boolean replace) throws IOException {
        try (XSSFWorkbook workbook = build(summary);
                OutputStream out = replace ? Files.newOutputStream(file)
                        : Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            workbook.write(out);
        }
    }
}

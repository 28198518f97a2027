package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FileBudget;

/**
 * Reads a report given as lines of plain text: tab-separated PDF text as rows of positioned cells, anything else
 * as a stream of one cell per line. The edition is the one whose tables the text matches best; unit and year come
 * from wherever the report gives them ({@link ReportIdentity}).
 */
public final class TextReportReader {

    private final FormDefinitions forms;
    private final Supplier<LabelVariants> variants;

    /** A reader for every edition of the definitions, knowing the given label variants. */
    public TextReportReader(FormDefinitions forms, LabelVariants variants) {
        this(forms, () -> variants);
    }

    private TextReportReader(FormDefinitions forms, Supplier<LabelVariants> variants) {
        this.forms = forms;
        this.variants = variants;
    }

    /**
     * A reader knowing the label variants that come with nianbao ({@link LabelVariants#installed}). They are read
     * when the first report is, so that checking workbooks alone does not start a YAML parser (about 0.1 s of a
     * one-file check). A user's file beside the installation that turns out not to read fails that report with its
     * reason.
     */
    public static TextReportReader withInstalledLabels(FormDefinitions forms) throws IOException {
        return new TextReportReader(forms, new Supplier<>() {
            private LabelVariants read;

            @Override
            public synchronized LabelVariants get() {
                if (read == null) {
                    try {
                        read = LabelVariants.installed(forms);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e.getMessage(), e);
                    }
                }
                return read;
            }
        });
    }

    /** Reads a report given as the source's own lines (plain text). */
    public ExtractedReport read(List<String> lines) {
        return read(ReportText.numbered(lines));
    }

    /**
     * Reads the report; Markdown pipe tables ({@link MarkdownTables}) and tables aligned with spaces
     * ({@link SpacedTables}) are read as tables.
     */
    public ExtractedReport read(ReportText given) {
        Optional<ReportText> markdown = MarkdownTables.grid(given);
        ReportText text = markdown.or(() -> SpacedTables.grid(given)).orElse(given);
        List<String> lines = text.lines();
        Candidate best = tables(text, text.exactCells());
        Identity identity = ReportIdentity.read(text);
        FormDefinition form = best.form();
        List<Finding> findings = new ArrayList<>(given.findings());
        findings.addAll(best.reading().findings());
        findings.addAll(identity.findings());
        form.variant().ifPresent(v -> findings.add(v.finding()));
        findings.addAll(AmountsInYuan.converted(form, best.reading().cells()));
        ReadCoverage.of(form, best.reading().cells().keySet()).finding(form).ifPresent(findings::add);
        return new ExtractedReport(identity.unit(), identity.year(), form, best.reading().cells(), findings,
                Narrative.sections(lines));
    }

    /** One edition's reading of the tables. */
    private record Candidate(FormDefinition form, TableReading reading) {
    }

    /**
     * The tables as the edition that fits best reads them: every edition (and variant) is read, from rows of
     * positioned cells when the text has any (tab-separated lines; true table cells when {@code exactCells}, as in
     * Markdown) and as a stream of one cell per line in any case, and the reading that finds most rows wins; on a tie
     * the one with fewer findings, then the grid reading, then the earlier edition.
     */
    private Candidate tables(ReportText text, boolean exactCells) {
        boolean tabbed = text.lines().stream().anyMatch(l -> l.indexOf('\t') >= 0);
        LabelVariants labels = variants.get();
        List<FormDefinition> editions = new ArrayList<>(forms.all());
        editions.addAll(forms.variants());
        List<Candidate> candidates = new ArrayList<>();
        if (tabbed) {
            List<List<TextCell>> rows = rows(text);
            editions.forEach(form -> candidates.add(new Candidate(form, new GridTableReader(form, labels,
                    exactCells).read(rows))));
        }
        List<TextCell> cells = CellStream.of(text);
        editions.forEach(form -> candidates.add(new Candidate(form, new StreamTableReader(form, labels)
                .read(cells))));
        Candidate best = candidates.get(0);
        for (Candidate candidate : candidates) {
            int rows = candidate.reading().rowsFound();
            if (rows > best.reading().rowsFound() || rows == best.reading().rowsFound()
                    && candidate.reading().findings().size() < best.reading().findings().size()) {
                best = candidate;
            }
        }
        return best;
    }

    private static List<List<TextCell>> rows(ReportText text) {
        List<List<TextCell>> rows = new ArrayList<>();
        for (int i = 0; i < text.lines().size(); i++) {
            FileBudget.checkpoint();
            List<TextCell> row = new ArrayList<>();
            for (String cell : text.lines().get(i).split("\t", -1)) {
                row.add(new TextCell(cell.strip(), text.place(i)));
            }
            rows.add(row);
        }
        return rows;
    }
}

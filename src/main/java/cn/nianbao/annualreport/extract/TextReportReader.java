package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;

/**
 * Reads a report given as lines of plain text: tab-separated PDF text as rows of positioned cells, anything else
 * as a stream of one cell per line. The edition is the one whose tables the text matches best; unit and year come
 * from the title.
 */
public final class TextReportReader {

    private static final Pattern TITLE = Pattern.compile("^(.+?)(\\d{4})年度?政府信息公开工作年度报告");
    private static final int TITLE_LINES = 12;
    private static final Pattern COMPILED_BY = Pattern.compile("本报告由(\\p{IsHan}{2,30}?)(?:办公室|办公厅)");

    private final FormDefinitions forms;
    private final LabelVariants variants;

    /** A reader for every edition of the definitions, knowing the given label variants. */
    public TextReportReader(FormDefinitions forms, LabelVariants variants) {
        this.forms = forms;
        this.variants = variants;
    }

    /** A reader knowing the label variants that come with nianbao ({@code converters/labels.yaml}). */
    public static TextReportReader withInstalledLabels(FormDefinitions forms) throws IOException {
        return new TextReportReader(forms, LabelVariants.installed(forms));
    }

    /** Reads a report given as the source's own lines (plain text). */
    public ExtractedReport read(List<String> lines) {
        return read(ReportText.numbered(lines));
    }

    /** Reads the report; Markdown pipe tables are read as tables ({@link MarkdownTables}). */
    public ExtractedReport read(ReportText given) {
        Optional<ReportText> markdown = MarkdownTables.grid(given);
        ReportText text = markdown.orElse(given);
        List<String> lines = text.lines();
        boolean tabbed = lines.stream().anyMatch(l -> l.indexOf('\t') >= 0);
        record Candidate(FormDefinition form, TableReading reading) {
        }
        List<FormDefinition> candidates = new ArrayList<>(forms.all());
        candidates.addAll(forms.variants());
        Candidate best = candidates.stream()
                .map(form -> new Candidate(form, tabbed
                        ? new GridTableReader(form, variants, markdown.isPresent()).read(rows(text))
                        : new StreamTableReader(form, variants).read(CellStream.of(text))))
                .max(Comparator.comparingInt((Candidate c) -> c.reading().rowsFound())
                        .thenComparingInt(c -> -c.reading().findings().size())
                        .thenComparing(c -> -candidates.indexOf(c.form())))
                .orElseThrow();
        Optional<Matcher> title = title(lines);
        Optional<String> unit = title.map(m -> fullName(lines, m.group(1).strip()));
        OptionalInt year = title.map(m -> OptionalInt.of(Integer.parseInt(m.group(2)))).orElse(OptionalInt.empty());
        FormDefinition form = best.form();
        List<Finding> findings = new ArrayList<>(best.reading().findings());
        if (unit.isEmpty()) {
            findings.add(Finding.warning("unit-missing", Map.of()));
        }
        if (year.isEmpty()) {
            findings.add(Finding.warning("year-missing", Map.of()));
        }
        form.variant().ifPresent(note -> findings.add(Finding.warning("edition-variant", Map.of("note", note))));
        FormDefinition newest = forms.all().get(0);
        if (!form.edition().equals(newest.edition()) && year.isPresent() && year.getAsInt() >= newest.firstYear()) {
            findings.add(Finding.warning("old-edition", Map.of("year", Integer.toString(year.getAsInt()),
                    "edition", form.edition(), "newest", newest.edition())));
        }
        findings.addAll(PrintedTotals.disagreeing(form, best.reading().cells()));
        return new ExtractedReport(unit, year, form, best.reading().cells(), findings, Narrative.sections(lines));
    }

    /** The title line (or two lines joined, when the title is broken) with unit and year. */
    private static Optional<Matcher> title(List<String> lines) {
        List<String> head = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).limit(TITLE_LINES).toList();
        List<String> candidates = new ArrayList<>(head);
        for (int i = 0; i + 1 < head.size(); i++) {
            candidates.add(head.get(i) + head.get(i + 1));
        }
        for (String text : candidates) {
            Matcher m = TITLE.matcher(LabelText.normalise(text));
            if (m.find()) {
                return Optional.of(printed(text, m));
            }
        }
        return Optional.empty();
    }

    /**
     * The unit's full name when the report prints it near the top: in the letterhead (海东市乐都区人民政府文件 above a
     * title naming 乐都区人民政府) or as the office that compiled the report (本报告由淮安市洪泽区人民政府办公室…编制
     * under a title naming 洪泽区人民政府); otherwise the name in the title.
     */
    private static String fullName(List<String> lines, String unit) {
        String wanted = LabelText.normalise(unit);
        List<String> head = lines.stream().map(String::strip).limit(TITLE_LINES).toList();
        Stream<String> letterhead = head.stream().filter(l -> l.endsWith("文件"))
                .map(l -> l.substring(0, l.length() - "文件".length()).strip());
        Matcher compiler = COMPILED_BY.matcher(String.join("", head).replaceAll("\\s+", ""));
        Stream<String> compiledBy = compiler.find() ? Stream.of(compiler.group(1)) : Stream.empty();
        return Stream.concat(letterhead, compiledBy)
                .filter(name -> LabelText.normalise(name).endsWith(wanted) && name.length() > unit.length())
                .findFirst().orElse(unit);
    }

    /** The same match on the printed text, so that the unit keeps its printed characters. */
    private static Matcher printed(String text, Matcher normalised) {
        String printed = text.replaceAll("\\s+", "");
        Matcher m = Pattern.compile("^(.{" + normalised.group(1).length() + "})(\\d{4})").matcher(printed);
        return m.find() ? m : normalised;
    }

    private static List<List<TextCell>> rows(ReportText text) {
        List<List<TextCell>> rows = new ArrayList<>();
        for (int i = 0; i < text.lines().size(); i++) {
            List<TextCell> row = new ArrayList<>();
            for (String cell : text.lines().get(i).split("\t", -1)) {
                row.add(new TextCell(cell.strip(), text.place(i)));
            }
            rows.add(row);
        }
        return rows;
    }
}

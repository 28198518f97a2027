package cn.nianbao.annualreport.check;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.extract.JsonReport;
import cn.nianbao.annualreport.extract.LabelText;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.WorkbookParts;
import cn.nianbao.annualreport.workbook.RawCell;
import cn.nianbao.annualreport.workbook.Span;
import cn.nianbao.annualreport.workbook.TableLayout;
import cn.nianbao.annualreport.workbook.WorkbookContents;
import cn.nianbao.annualreport.workbook.WorkbookLayout;

/**
 * Turns a standard workbook, as read from its file, into a filled form. Every cell is found by its defined name, so
 * rows inserted or cells moved by a clerk do not matter; what is missing or changed (a sheet, a name, a row label)
 * becomes a structure finding.
 */
final class WorkbookForms {

    private static final Pattern FULL_WIDTH_DIGIT = Pattern.compile("[０-９]");

    /** What is known of one edition's standard workbook, worked out once per batch. */
    private record Edition(FormDefinition form, WorkbookLayout layout, List<String> sheets, List<RowLabel> labels,
            List<String> names) {
    }

    /** A row's own label: the cell left of its first figure, at a fixed column, in the row the figure is in. */
    private record RowLabel(CellCode firstCell, int column, String label) {
    }

    /** Every edition and its variants (newest edition first, each official form before its variants). */
    private final List<Edition> editions = new ArrayList<>();

    private final FormDefinitions forms;

    /**
     * The sheets of a standard workbook whose cells nothing here reads (校验, 说明: nianbao writes them for the
     * clerk), for the reader to list without unzipping: a quarter of a workbook's XML.
     */
    Set<String> sheetsNotRead() {
        Set<String> sheets = new HashSet<>();
        for (Edition edition : editions) {
            sheets.add(edition.form().workbook().checks().sheet());
            sheets.add(edition.form().workbook().notes().sheet());
        }
        return Set.copyOf(sheets);
    }

    WorkbookForms(FormDefinitions forms) {
        this.forms = forms;
        for (FormDefinition official : forms.all()) {
            editions.add(edition(official));
            forms.variants().stream().filter(v -> v.edition().equals(official.edition()))
                    .forEach(v -> editions.add(edition(v)));
        }
    }

    private static Edition edition(FormDefinition form) {
        WorkbookLayout layout = new WorkbookLayout(form);
        WorkbookParts parts = form.workbook();
        List<String> sheets = new ArrayList<>();
        sheets.add(parts.cover().sheet());
        form.tables().forEach(t -> sheets.add(t.sheet()));
        sheets.add(parts.checks().sheet());
        // each cell's defined name, spelled once per batch rather than once per cell of every workbook
        return new Edition(form, layout, sheets, rowLabels(layout),
                form.cells().stream().map(c -> c.code().toString()).toList());
    }

    /**
     * The filled form the workbook holds, or empty when it is not a standard workbook of any edition (none of an
     * edition's cell names is defined).
     */
    Optional<FilledForm> read(WorkbookContents contents) {
        Optional<Edition> edition = edition(contents);
        if (edition.isEmpty()) {
            return Optional.empty();
        }
        FormDefinition form = edition.get().form();
        List<Finding> findings = new ArrayList<>();
        form.variant().ifPresent(v -> findings.add(v.finding()));
        for (String sheet : edition.get().sheets()) {
            if (!contents.sheets().contains(sheet)) {
                findings.add(Finding.error(FindingKind.SHEET_MISSING, Map.of("sheet", sheet)));
            }
        }
        Map<CellCode, Entry> entries = new HashMap<>();
        List<CellDef> cells = form.cells();
        for (int i = 0; i < cells.size(); i++) {
            CellDef cell = cells.get(i);
            CellRef where = contents.names().get(edition.get().names().get(i));
            if (where == null) {
                findings.add(Finding.error(FindingKind.NAME_MISSING,
                        Map.of("name", cell.code().toString(), "title", cell.title()))
                        .about(cell.code()).at(edition.get().layout().address(cell.code()).orElseThrow()));
            } else {
                entries.put(cell.code(), entry(cell.code(), where, contents.cell(where)));
            }
        }
        for (RowLabel label : edition.get().labels()) {
            CellRef first = contents.names().get(label.firstCell().toString());
            if (first != null) {
                CellRef at = new CellRef(first.sheet(), first.row(), label.column());
                String found = contents.cell(at).map(RawCell::text).orElse("");
                if (!found.equals(label.label())
                        && !LabelText.normalise(found).equals(LabelText.normalise(label.label()))) {
                    findings.add(Finding.warning(FindingKind.LABEL_CHANGED, Map.of()).about(label.firstCell())
                            .at(at).values(label.label(), found));
                }
            }
        }
        FilledForm filled = new FilledForm(form, FilledForm.Source.WORKBOOK, entries, text(contents, "meta.unit"),
                text(contents, "meta.year"), narrative(contents, form), findings);
        return Optional.of(unchangedConversion(contents, filled).orElse(filled));
    }

    /**
     * For the workbook of a converted report that nobody has changed since (every entered figure, the unit and the
     * year as in the report it keeps on its 原报告数据 sheet): the report as read, so that checking, exporting and
     * merging it give what they give for the report itself. A workbook that was changed, or whose kept report
     * cannot be read, is read as the workbook it is.
     */
    private Optional<FilledForm> unchangedConversion(WorkbookContents contents, FilledForm filled) {
        String sheet = filled.form().workbook().source().sheet();
        if (!contents.sheets().contains(sheet)) {
            return Optional.empty();
        }
        StringBuilder json = new StringBuilder();
        for (int row = 1; contents.cell(new CellRef(sheet, row, 0)).isPresent(); row++) {
            json.append(contents.cell(new CellRef(sheet, row, 0)).get().text());
        }
        List<JsonReport> kept;
        try {
            kept = JsonReport.parse(json.toString(), Path.of(sheet), forms);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (kept.size() != 1) {
            return Optional.empty();
        }
        FilledForm report = ReportForms.of(kept.get(0));
        boolean unchanged = report.form().edition().equals(filled.form().edition())
                && report.form().variant().equals(filled.form().variant())
                && report.unit().map(String::strip).equals(filled.unit().map(String::strip))
                && report.reportYear().equals(filled.reportYear())
                && filled.form().cells().stream().map(CellDef::code)
                        .filter(code -> !filled.form().computedCells().containsKey(code))
                        .allMatch(code -> sameFigure(filled.entries().get(code), report.entries().get(code)));
        return unchanged ? Optional.of(report) : Optional.empty();
    }

    /** Whether two cells hold the same figure, or neither holds one. */
    private static boolean sameFigure(Entry a, Entry b) {
        Optional<BigDecimal> first = a == null ? Optional.empty() : a.value();
        Optional<BigDecimal> second = b == null ? Optional.empty() : b.value();
        return first.isEmpty() ? second.isEmpty() : second.isPresent() && first.get().compareTo(second.get()) == 0;
    }

    /**
     * The form the workbook is in: of the edition the cover names (or else of any edition), the official form or
     * the variant whose cell names the workbook defines most of, the official form on a tie. A workbook converted
     * from a report in a variant (the 2019 single （六）其他处理 row in a 2021 table) names the variant's cells.
     */
    private Optional<Edition> edition(WorkbookContents contents) {
        Optional<String> named = text(contents, "meta.edition").map(String::strip)
                .map(e -> e.replaceFirst("\\.0+$", ""))
                .filter(e -> editions.stream().anyMatch(known -> known.form().edition().equals(e)));
        Optional<Edition> best = Optional.empty();
        long most = 0;
        for (Edition candidate : editions) {
            if (named.isPresent() && !candidate.form().edition().equals(named.get())) {
                continue;
            }
            long defined = candidate.names().stream().filter(contents.names()::containsKey).count();
            if (defined > most || best.isEmpty() && named.isPresent()) {
                best = Optional.of(candidate);
                most = defined;
            }
        }
        return best;
    }

    /**
     * The report's text from the 文字部分 sheet of a converted report: from its third row on, each part's heading
     * and then its text, in column A. None when the workbook has no such sheet.
     */
    private static Map<String, String> narrative(WorkbookContents contents, FormDefinition form) {
        String sheet = form.workbook().narrative().sheet();
        Map<String, String> parts = new LinkedHashMap<>();
        for (int row = 2; contents.sheets().contains(sheet); row += 2) {
            Optional<RawCell> heading = contents.cell(new CellRef(sheet, row, 0));
            if (heading.isEmpty()) {
                break;
            }
            parts.put(heading.get().text(), contents.cell(new CellRef(sheet, row + 1, 0)).map(RawCell::text)
                    .orElse(""));
        }
        return parts;
    }

    private static Optional<String> text(WorkbookContents contents, String name) {
        return contents.named(name).map(RawCell::text).filter(t -> !t.isBlank());
    }

    /**
     * What a cell holds, judged as a number cell: its reading ({@link RawCell#reading()}), and the format error a
     * number cell that does not store a plain number makes (text, full-width digits, a placeholder).
     */
    static Entry entry(CellCode code, CellRef where, Optional<RawCell> cell) {
        if (cell.isEmpty()) {
            return new Entry(code, where, PrintedValue.read(""), Optional.empty(), false);
        }
        RawCell raw = cell.get();
        PrintedValue reading = raw.reading();
        Optional<String> format;
        if (raw.type() == RawCell.Type.TEXT) {
            format = Optional.of(textFormat(raw.text(), reading));
        } else {
            format = reading.value().isPresent() ? Optional.empty()
                    : Optional.of(FindingKind.TEXT_IN_NUMBER_CELL.id());
        }
        return new Entry(code, where, reading, format, raw.isFormula());
    }

    /** The format error of a number cell storing text: a number as text, full-width digits, a placeholder, text. */
    private static String textFormat(String text, PrintedValue reading) {
        if (text.isBlank()) {
            return FindingKind.PLACEHOLDER.id();
        }
        if (reading.value().isPresent()) {
            return FULL_WIDTH_DIGIT.matcher(text).find() ? FindingKind.FULL_WIDTH_DIGITS.id()
                    : FindingKind.NUMBER_STORED_AS_TEXT.id();
        }
        return reading.form() == PrintedValue.Form.NOT_APPLICABLE ? FindingKind.PLACEHOLDER.id()
                : FindingKind.TEXT_IN_NUMBER_CELL.id();
    }

    /** For every row, its own label's column and text, from the layout. */
    private static List<RowLabel> rowLabels(WorkbookLayout layout) {
        List<RowLabel> labels = new ArrayList<>();
        for (TableLayout table : layout.tables()) {
            Map<Integer, Span> firstData = new HashMap<>();
            table.dataCells().values().forEach(s -> firstData.merge(s.firstRow(), s,
                    (a, b) -> a.firstColumn() <= b.firstColumn() ? a : b));
            for (Span data : firstData.values()) {
                table.spans().stream()
                        .filter(s -> s.role() == Span.Role.LABEL && s.firstRow() == data.firstRow()
                                && s.lastRow() == data.firstRow() && s.lastColumn() < data.firstColumn())
                        .max(Comparator.comparingInt(Span::firstColumn))
                        .ifPresent(s -> labels.add(new RowLabel(data.code().orElseThrow(), s.firstColumn(), s.text())));
            }
        }
        labels.sort(Comparator.comparing(l -> l.firstCell().toString()));
        return labels;
    }
}

package cn.nianbao.annualreport.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.Span;
import cn.nianbao.annualreport.workbook.TableLayout;

/**
 * A real report's figures (seed 001, as a careful reader found them) laid out in the official tables, merged cells
 * and all, for building test documents of each input kind.
 */
final class RenderedSeed {

    static final String SEED = "001_0d529075b8579b4b";
    static final String TITLE = "重庆市开州区民政局2024年政府信息公开工作年度报告";

    private RenderedSeed() {
    }

    /** Every cell the expectations list: code → number as written there, or "null" for a blank. */
    static Map<String, String> expected() throws Exception {
        return Expectation.read(Fixtures.seedExpected(SEED.substring(0, 3))).cells();
    }

    /** The 2021 tables of the form, laid out. */
    static List<TableLayout> tables() {
        FormDefinition form = FormDefinitions.load().edition("2021").orElseThrow();
        return form.tables().stream().map(TableLayout::of).toList();
    }

    /** The text a span shows: its label, or its figure (empty for a blank). */
    static String text(Span span, Map<String, String> expected) {
        return span.code().map(c -> expected.get(c.toString())).map(v -> v.equals("null") ? "" : v)
                .orElse(span.text());
    }

    /** The spans standing in row {@code row}, left to right. */
    static List<Span> inRow(TableLayout layout, int row) {
        return layout.spans().stream().filter(s -> s.firstRow() <= row && s.lastRow() >= row)
                .sorted(Comparator.comparingInt(Span::firstColumn)).toList();
    }

    /** The last row a table's spans take. */
    static int lastRow(TableLayout layout) {
        return layout.spans().stream().mapToInt(Span::lastRow).max().orElse(0);
    }
}

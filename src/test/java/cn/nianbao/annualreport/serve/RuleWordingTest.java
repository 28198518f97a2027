package cn.nianbao.annualreport.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Severity;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.ValueRule;
import org.junit.jupiter.api.Test;

/**
 * A rule whose cells share neither a row nor a column is worded with each cell's row and column, and with its sheet
 * when the cells are in more than one table.
 */
class RuleWordingTest {

    private static final FormDefinition FORM = FormDefinitions.load().edition("2021").orElseThrow();
    private static final RulesText TEXT = RulesText.chinese();
    private static final RuleWording WORDING = new RuleWording(FORM, TEXT);

    @Test
    void cellsOfOneTableInDifferentRowsAndColumnsAreNamedByRowAndColumn() {
        List<CellDef> cells = FORM.cells(FORM.tables().get(1));
        CellDef total = cells.get(0);
        CellDef part = cells.stream().filter(c -> !c.row().equals(total.row()) && !c.column().equals(total.column()))
                .findFirst().orElseThrow();
        String meaning = WORDING.meaning(new SumRule("made-up", Severity.ERROR, "", total.code(),
                List.of(part.code())));
        assertTrue(meaning.startsWith(quoted(TEXT.get("name.cell", Map.of("row", total.table().rowName(total.row()),
                "column", total.table().columnName(total.column()))))), meaning);
        assertTrue(meaning.contains(total.table().columnName(part.column())), meaning);
    }

    @Test
    void cellsOfDifferentTablesAreNamedWithTheirSheets() {
        CellDef first = FORM.cells().get(0);
        CellDef last = FORM.cells().get(FORM.cells().size() - 1);
        String meaning = WORDING.meaning(new SumRule("made-up", Severity.ERROR, "", first.code(),
                List.of(last.code())));
        assertTrue(meaning.startsWith("「" + first.table().sheet()), meaning);
        assertTrue(meaning.contains("「" + last.table().sheet()), meaning);
    }

    @Test
    void aValueRuleHasNoEquation() {
        ValueRule value = FORM.rules().stream().filter(ValueRule.class::isInstance).map(ValueRule.class::cast)
                .findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> WORDING.meaning(value));
        assertEquals(RuleWording.Kind.VALUE, RuleWording.Kind.of(value));
    }

    private static String quoted(String name) {
        return TEXT.get("name.quoted", Map.of("name", name));
    }
}

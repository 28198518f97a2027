package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.form.RowDef;
import org.junit.jupiter.api.Test;

/**
 * In true table cells the figures are adjacent cells with only empty cells outside them; where that allows more than
 * one reading the row is in doubt, never read.
 */
class FigurePlacementTest {

    private static final RowDef ROW = new RowDef("new", List.of("一、本年新收政府信息公开申请数量"), Set.of());

    private static final List<String> COLUMNS = List.of("natural_person", "business", "research", "nonprofit",
            "legal_services", "other_org", "total");

    /** The first {@code count} cells of the row 一、本年新收. */
    private static List<CellCode> codes(int count) {
        return COLUMNS.subList(0, count).stream().map(c -> new CellCode("requests", "new", c)).toList();
    }

    private static List<TextCell> cells(String... texts) {
        return Arrays.stream(texts).map(t -> new TextCell(t, new Location.Line(1))).toList();
    }

    private static Optional<List<String>> placed(int count, String... texts) {
        return FigurePlacement.of(cells(texts), count).figures().map(f -> f.stream().map(TextCell::text).toList());
    }

    @Test
    void placesFiguresAfterTheEmptyCellsOfALabelSpan() {
        assertEquals(List.of("5", "0", "1"), placed(3, "", "", "5", "0", "1").orElseThrow());
    }

    @Test
    void keepsATrailingBlankFigureWhenTheRowHasExactlyItsFigures() {
        assertEquals(List.of("5", "0", ""), placed(3, "5", "0", "").orElseThrow());
    }

    @Test
    void placesOneFigureAmongEmptyColumnsOnBothSides() {
        assertEquals(List.of("6753"), placed(1, "", "6753", "", "").orElseThrow());
    }

    @Test
    void readsARowOfOnlyEmptyCellsAsBlankFigures() {
        assertEquals(List.of("", ""), placed(2, "", "", "").orElseThrow());
    }

    @Test
    void placesNothingWhenFiguresStandOutsideAnyWindowOrTextIsAmongThem() {
        assertTrue(placed(2, "5", "", "1").isEmpty());
        assertTrue(placed(2, "5", "见附注").isEmpty());
        assertTrue(placed(3, "5", "0").isEmpty());
    }

    @Test
    void leavesTheRowInDoubtWhenAnEmptyCellMayBeABlankFigureOrAnEmptyColumn() {
        List<Finding> findings = new ArrayList<>();
        Optional<List<TextCell>> figures = FigurePlacement.ofRow(ROW, codes(3), cells("", "5", "0", ""),
                new Location.Line(7), findings);
        assertTrue(figures.isEmpty());
        assertEquals(1, findings.size());
        Finding doubt = findings.get(0);
        assertEquals("row-in-doubt", doubt.ruleId());
        assertEquals("4", doubt.args().get("found"));
        assertEquals("requests.new.natural_person、requests.new.business、requests.new.research",
                doubt.args().get("cells"));
        assertEquals(new Location.Line(7), doubt.where().orElseThrow());
    }

    @Test
    void leavesTheRowInDoubtWhenFewerCellsThanFiguresFollowTheLabel() {
        List<Finding> findings = new ArrayList<>();
        FigurePlacement.ofRow(ROW, codes(7), cells("5", "0"), new Location.Line(3), findings);
        assertEquals(List.of("row-in-doubt"), findings.stream().map(Finding::ruleId).toList());
    }

    @Test
    void readsADoubtfulRowAtTheFigureColumnKnownFromOtherRows() {
        List<Finding> findings = new ArrayList<>();
        Optional<List<TextCell>> figures = FigurePlacement.ofRow(ROW, codes(3), cells("", "5", "0", ""),
                OptionalInt.of(1), new Location.Line(7), findings);
        assertEquals(List.of("5", "0", ""), figures.orElseThrow().stream().map(TextCell::text).toList());
        assertTrue(findings.isEmpty());
    }

    @Test
    void leavesTheRowInDoubtWhenTheKnownFigureColumnIsNotOneOfItsReadings() {
        List<Finding> findings = new ArrayList<>();
        Optional<List<TextCell>> figures = FigurePlacement.ofRow(ROW, codes(3), cells("", "5", "0", ""),
                OptionalInt.of(2), new Location.Line(7), findings);
        assertTrue(figures.isEmpty());
        assertEquals(List.of("row-in-doubt"), findings.stream().map(Finding::ruleId).toList());
    }

    @Test
    void knowsWhereTheFiguresStartOnlyWhenOneWindowIsPossible() {
        assertEquals(OptionalInt.of(2), FigurePlacement.of(cells("", "", "5", "0", "1"), 3).offset());
        assertTrue(FigurePlacement.of(cells("", "5", "0", ""), 3).offset().isEmpty());
    }
}

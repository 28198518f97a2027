package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Location;
import org.junit.jupiter.api.Test;

/** A block's columns are read from its header rows as grid positions, and a row is read on them only if it fits. */
class HeaderGridTest {

    private static final FormDefinition FORM = FormDefinitions.load().edition("2021").orElseThrow();
    private static final Block REQUESTS = FORM.tables().get(1).blocks().get(0);
    private static final Block APPEALS = FORM.tables().get(2).blocks().get(0);
    /** The official header of table 三 on its grid: three label columns, then the seven applicant columns. */
    private static final List<List<TextCell>> REQUESTS_HEADER = List.of(
            row("（本列数据的勾稽关系为：…）", "", "", "申请人情况", "", "", "", "", "", ""),
            row("", "", "", "自 然 人", "法人或其他组织", "", "", "", "", "总计"),
            row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));

    @Test
    void placesEachColumnAtThePositionOfTheHeaderThatNamesIt() {
        assertEquals(Optional.of(new HeaderGrid(List.of(3, 4, 5, 6, 7, 8, 9))),
                HeaderGrid.find(REQUESTS, REQUESTS_HEADER));
    }

    @Test
    void readsAnEmptyCellAtTheEndOfARowAsEmptyInsteadOfShiftingTheRow() {
        HeaderGrid grid = HeaderGrid.find(REQUESTS, REQUESTS_HEADER).orElseThrow();
        List<TextCell> line = row("四、结转下年度继续办理", "", "", "1", "0", "0", "0", "2", "0", "");
        assertTrue(grid.fits(line, 1));
        assertEquals(List.of("1", "0", "0", "0", "2", "0", ""), grid.cells(line).stream().map(TextCell::text).toList());
    }

    @Test
    void fitsNoRowWithAFigureBetweenColumnsOrALabelOverTheFirstColumn() {
        HeaderGrid grid = HeaderGrid.find(REQUESTS, REQUESTS_HEADER).orElseThrow();
        assertFalse(grid.fits(row("规章", "", "", "1", "0", "0", "0", "0", "0", "1", "9"), 1), "a figure past 总计");
        assertFalse(grid.fits(row("", "", "", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"), 4),
                "the label stands where 自然人 should");
        assertFalse(grid.fits(row("x", "", "", "1", "另", "0", "0", "0", "0", "1"), 1), "text among the figures");
    }

    @Test
    void findsNoGridWhenAColumnIsUnnamedNamedTwiceOrOutOfOrder() {
        assertEquals(Optional.empty(), HeaderGrid.find(REQUESTS, REQUESTS_HEADER.subList(0, 2)), "no 商业企业 …");
        assertEquals(Optional.empty(), HeaderGrid.find(REQUESTS, List.of(REQUESTS_HEADER.get(1),
                REQUESTS_HEADER.get(2), row("", "", "其他"))), "其他 in two columns");
        // PDF text: 总计 shares the line of 自然人, left of the 法人或其他组织 columns.
        assertEquals(Optional.empty(), HeaderGrid.find(REQUESTS, List.of(row("", "自然人", "法人或其他组织", "总计"),
                row("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"))));
    }

    @Test
    void readsTheSideBySideHeaderOncePerGroupInOrder() {
        List<List<TextCell>> header = List.of(row("行政复议", "", "", "", "", "行政诉讼"),
                row("结果 维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"),
                row("", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正",
                        "其他结果", "尚未审结", "总 计"));
        HeaderGrid grid = HeaderGrid.find(APPEALS, header).orElseThrow();
        assertEquals(15, grid.positions().size());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), grid.positions());
        assertEquals(Optional.empty(), HeaderGrid.find(APPEALS, header.subList(0, 2)), "only one group named");
    }

    private static List<TextCell> row(String... texts) {
        return Arrays.stream(texts).map(t -> new TextCell(t, new Location.Line(1))).toList();
    }
}

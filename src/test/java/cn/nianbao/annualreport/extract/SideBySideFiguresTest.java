package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;

/**
 * Table 四 in Markdown: its fifteen figures from one row, or from three tables of five columns (one per group, with or
 * without the group's label in the row), in printed order; nothing when a group is missing or in doubt.
 */
class SideBySideFiguresTest {

    private static final String HEADER = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |";
    private static final String SEPARATOR = "|---|---|---|---|---|";

    private static Map<String, String> appeals(String... table) throws Exception {
        List<String> lines = new ArrayList<>(List.of("# 某某县人民政府2023年政府信息公开工作年度报告", "",
                "## 四、政府信息公开行政复议、行政诉讼情况", ""));
        lines.addAll(List.of(table));
        lines.addAll(List.of("", "## 五、存在的主要问题及改进情况", "", "2024年1月20日"));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
        Map<String, String> cells = new TreeMap<>();
        report.cells().forEach((code, value) -> {
            if (code.table().equals("appeals")) {
                cells.put(code.row() + "." + code.column(), value.printed());
            }
        });
        return cells;
    }

    @Test
    void readsTheFifteenFiguresFromThreeTablesOfFiveColumnsInPrintedOrder() throws Exception {
        Map<String, String> cells = appeals("**行政复议**", "", HEADER, SEPARATOR, "| 1 | 0 | 1 | 0 | 2 |", "",
                "**行政诉讼：未经复议直接起诉**", "", HEADER, SEPARATOR, "| 0 | 0 | 0 | 1 | 1 |", "",
                "**行政诉讼：复议后起诉**", "", HEADER, SEPARATOR, "| 3 | - | 0 | | 3 |");
        assertEquals(15, cells.size());
        assertEquals("2", cells.get("review.total"));
        assertEquals("1", cells.get("suit_direct.pending"));
        assertEquals("3", cells.get("suit_after_review.upheld"));
        assertEquals("-", cells.get("suit_after_review.corrected"));
        assertEquals("", cells.get("suit_after_review.pending"));
    }

    @Test
    void readsEachGroupFromARowStartingWithItsLabel() throws Exception {
        Map<String, String> cells = appeals("| 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", "|---|---|---|---|---|---|",
                "| 行政复议 | 4 | 2 | 1 | 1 | 8 |", "", "行政诉讼", "", "| 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
                "|---|---|---|---|---|---|", "| 未经复议直接起诉 | 1 | 0 | 0 | 2 | 3 |", "| 复议后起诉 | 0 | 0 | 0 | 0 | 0 |");
        assertEquals(15, cells.size());
        assertEquals("8", cells.get("review.total"));
        assertEquals("2", cells.get("suit_direct.pending"));
        assertEquals("0", cells.get("suit_after_review.total"));
    }

    @Test
    void readsOneRowOfFifteenWithALeadingEmptyColumn() throws Exception {
        Map<String, String> cells = appeals("| | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 | 数据8 | 数据9 | 数据10 | 数据11 "
                + "| 数据12 | 数据13 | 数据14 | 数据15 |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
                "| | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 |");
        assertEquals("1", cells.get("review.upheld"));
        assertEquals("2", cells.get("suit_after_review.total"));
    }

    @Test
    void readsNothingWhenAGroupIsMissing() throws Exception {
        assertTrue(appeals(HEADER, SEPARATOR, "| 1 | 0 | 1 | 0 | 2 |", "", HEADER, SEPARATOR, "| 0 | 0 | 0 | 1 | 1 |")
                .isEmpty());
    }

    @Test
    void readsNothingWhenAGroupsFiguresCannotBePlacedWithCertainty() throws Exception {
        assertTrue(appeals(HEADER, SEPARATOR, "| 1 | 0 | 1 | 0 | 2 |", "", HEADER, SEPARATOR, "| 0 | 0 | 0 | 1 | 1 |",
                "", "| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", "|---|---|---|---|---|---|", "| | 3 | 0 | 0 | 0 | |")
                .isEmpty());
    }
}

package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables are found by what they contain (a cluster of their own labels), their headings matched with tolerance as a
 * second signal that marks where a table starts.
 */
class TableLocatorTest {

    private static final FormDefinition FORM = FormDefinitions.load().edition("2021").orElseThrow();
    private static final TableLocator LOCATOR = new TableLocator(FORM, LabelVariants.NONE);

    @ParameterizedTest
    @CsvSource({
        "0, 二、主动公开政府信息情况",
        "0, 二、主动公开政府信息情况（有关情况附表）",
        "0, 表2 主动公开政府信息情况",
        "0, （二）主动公开政府信息情况表",
        "0, 2.主動公開政府信息情況",
        "1, （三）收到和处理政府信息公开申请情况",
        "1, 表3：收到和处理政府信息公开申请情况统计表",
        "1, 三、收到和处理政府信息公开申情况",
        "2, 4.政府信息公开行政法复议、行政诉讼情况",
        "2, 四、政府信息公开行政复议、行政诉讼情况：",
        "2, （四）行政复议、行政诉讼情况",
        "2, 第四部分 政府信息公开行政复议、行政诉讼情况",
    })
    void recognisesHeadingsWithOtherNumberingSuffixesAndTypos(int table, String heading) {
        for (int t = 0; t < FORM.tables().size(); t++) {
            assertEquals(t == table, LOCATOR.isHeading(LabelText.normalise(heading), t), heading + " as table " + t);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "一、总体情况",
        "（二）依申请公开情况",
        "四、结转下年度继续办理",
        "一、本年新收政府信息公开申请数量",
        "一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况，四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
    })
    void takesNoRowLabelOrTableOfContentsForAHeading(String line) {
        for (int t = 0; t < FORM.tables().size(); t++) {
            assertFalse(LOCATOR.isHeading(LabelText.normalise(line), t), line + " as table " + t);
        }
    }

    @Test
    void findsTablesWithoutHeadingsByTheirOwnLabels() {
        List<String> lines = new ArrayList<>(List.of("一、总体情况", "本年度依法公开。"));
        int active = lines.size();
        lines.addAll(List.of("第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0"));
        int requests = lines.size();
        lines.addAll(List.of("申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "一、本年新收政府信息公开申请数量", "0"));
        int appeals = lines.size();
        lines.addAll(List.of("行政复议", "行政诉讼", "结果维持", "0", "五、存在的主要问题及改进情况"));
        List<Optional<TableLocator.Region>> regions = LOCATOR.locate(cells(lines));
        assertEquals(Optional.of(new TableLocator.Region(active, requests)), regions.get(0));
        assertEquals(Optional.of(new TableLocator.Region(requests, appeals)), regions.get(1));
        assertEquals(Optional.of(new TableLocator.Region(appeals, lines.size())), regions.get(2));
    }

    @Test
    void startsATableAfterTheHeadingNearestItsLabelsNotAtAnEarlierMention() {
        List<String> lines = new ArrayList<>(List.of("一、总体情况", "（二）收到和处理政府信息公开申请情况",
                "本年收到申请5件。", "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "规章",
                "0", "三、收到和处理政府信息公开申请情况（附表）", "申请人情况", "自然人", "商业企业"));
        List<Optional<TableLocator.Region>> regions = LOCATOR.locate(cells(lines));
        assertEquals(Optional.of(new TableLocator.Region(4, 9)), regions.get(0));
        assertEquals(10, regions.get(1).orElseThrow().from());
        assertTrue(regions.get(2).isEmpty(), "no appeals table, no heading");
    }

    @Test
    void findsATableByItsHeadingAloneWhenItsLabelsAreNotPrinted() {
        List<String> lines = List.of("四、政府信息公开行政复议、行政诉讼情况", "0", "0", "五、存在的主要问题及改进情况");
        assertEquals(Optional.of(new TableLocator.Region(1, 4)), LOCATOR.locate(cells(lines)).get(2));
    }

    private static List<List<TextCell>> cells(List<String> lines) {
        return lines.stream().map(l -> List.of(TextCell.unplaced(l))).toList();
    }
}

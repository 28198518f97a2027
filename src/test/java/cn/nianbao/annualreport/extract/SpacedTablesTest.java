package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpacedTablesTest {

    private static List<String> grid(String... lines) {
        return SpacedTables.grid(ReportText.numbered(List.of(lines))).orElseThrow().lines();
    }

    @Test
    void textWithoutSpacedFiguresIsLeftAsItIs() {
        assertTrue(SpacedTables.grid(ReportText.numbered(List.of("标题", "本年收到申请 5 件。"))).isEmpty());
    }

    @Test
    void aBlankCellStaysInItsColumnWhenTheOtherRowsGiveTheColumns() {
        List<String> lines = grid(
                "一、本年新收政府信息公开申请数量        5      0      0      7",
                "二、上年结转政府信息公开申请数量        1      2      3      6",
                "（一）予以公开" + " ".repeat(17) + "4             1      5");
        assertEquals("（一）予以公开\t4\t\t1\t5", lines.get(2));
        assertEquals("二、上年结转政府信息公开申请数量\t1\t2\t3\t6", lines.get(1));
    }

    @Test
    void aFigureBetweenTwoColumnsIsNotPlaced() {
        List<String> lines = grid(
                "甲        5       0       7",
                "乙        1       2       6",
                "丙           4            5");
        assertEquals("丙", lines.get(2));
    }

    @Test
    void aLoneRowKeepsItsFiguresInOrderWithoutInventingBlanks() {
        List<String> lines = grid(
                "甲        5       0       7",
                "乙        1       2       6",
                "结果维持  结果纠正  其他结果",
                "0    0    3        3     2    8",
                "",
                "五、存在的主要问题");
        assertEquals("0\t0\t3\t3\t2\t8", lines.get(3));
    }

    @Test
    void figuresPartedBySingleSpacesAreFiguresInOrder() {
        List<String> lines = grid(
                "一、本年新收政府信息公开申请数量 5 0 0 5",
                "二、上年结转政府信息公开申请数量 1 2 3 6",
                "（一）予以公开 4 0 1 5");
        assertEquals("（一）予以公开\t4\t0\t1\t5", lines.get(2));
    }

    @Test
    void aLabelWrappedAroundItsFiguresIsJoined() {
        List<String> lines = grid(
                "一、本年新收政府信息公开申请数量        5      0      0      5",
                "（二）部分公开（区分处理的，只计这一情",
                " ".repeat(24) + "1      2      3      6",
                "形，不计其他情形）",
                "二、上年结转政府信息公开申请数量        1      2      3      6");
        assertEquals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t2\t3\t6", lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void piecesOfAGroupLabelDownTheLeftColumnGiveWayToTheWrappedRowLabel() {
        List<String> lines = grid(
                "甲               1.一行标签        5   0   0   5",
                "本年",
                "               1.本机关不掌握相关政",
                "度办" + " ".repeat(32) + "0   1   1",
                "               府信息",
                "理结",
                "               3.补正后申请内容      0   0   1   1");
        assertEquals("1.本机关不掌握相关政府信息\t\t0\t1\t1", lines.get(2));
        assertEquals("本年", lines.get(1));
    }

    @Test
    void aLabelWrappedOverThreeLinesAroundItsFiguresIsJoinedOverABlankLine() {
        List<String> lines = grid(
                "     1、申请人无正当理由逾期不补",
                "",
                "     正、行政机关不再处理其政府信           67        3        71",
                "     息公开申请",
                "",
                "     3、其他                                 8        2        10",
                "     （七）总计                              9        2        11");
        assertEquals("1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t67\t3\t71", lines.get(0));
        assertEquals("3、其他\t8\t2\t10", lines.get(1));
    }

    @Test
    void aNumberedLabelIsNoPieceOfAGroupLabel() {
        List<String> lines = grid(
                "          5.要求行政机关确认或重新",
                "                                     2     1     3",
                "          出具已获取信息",
                "（六）其他处理                       0     2     2",
                "（七）总计                           1     2     3");
        assertEquals("5.要求行政机关确认或重新出具已获取信息\t2\t1\t3", lines.get(0));
        assertEquals("（六）其他处理\t0\t2\t2", lines.get(1));
    }

    @Test
    void aNewPageStartsNewColumns() {
        List<String> lines = grid(
                "甲        5       0       7",
                "乙        1       2       6",
                "\f丙              1              3       4",
                "丁              2              1       3",
                "戊              2                      2");
        assertEquals("戊\t2\t\t2", lines.get(4));
    }

    @Test
    void aLineOfLabelPiecesLeftOfTheFiguresDoesNotPartTheBlock() {
        List<String> lines = grid(
                "          1.甲申请        5       0       7",
                "          2.乙申请        1       2       6",
                "（五）不予处",
                "  理      3.丙申请",
                " ".repeat(23) + "4" + " ".repeat(15) + "4",
                "          4.丁申请        1       2       3");
        assertEquals("3.丙申请\t4\t\t4", lines.get(3));
    }

    @Test
    void aGroupLabelPieceOneSpaceBeforeARowLabelIsACellOfItsOwn() {
        List<String> lines = grid(
                "一、本年新收政府信息公开申请数量           193      26      269",
                "二、上年结转政府信息公开申请数量             0       2        2",
                "三、 （一）予以公开                          /       2        7",
                "本年 （二）部分公开（区分处理的，只计这",
                "度办 一情形，不计其他情形）                 24       0       25");
        assertEquals("三、\t（一）予以公开\t/\t2\t7", lines.get(2));
        assertEquals("度办\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t24\t0\t25", lines.get(3));
    }

    @Test
    void aPageNumberIsNoPieceOfALabel() {
        List<String> lines = grid(
                "规章        5       0       7",
                "规范性文件  1       2       6",
                "行政许可    1       2       6",
                "                        -1-",
                "\f行政事业性收费                 0");
        assertEquals("-1-", lines.get(3));
        assertEquals("行政事业性收费\t0", lines.get(4));
    }

    @Test
    void aBrowserCopyRowKeepsItsFiguresInOrderAndItsSignedChange() {
        List<String> lines = grid(
                "规章 1 0 11",
                "行政规范性文件 8 26 66",
                "行政许可 447228",
                "行政事业性收费      45      增 33",
                "447 7 0 0 0 0 454");
        assertEquals("规章\t1\t0\t11", lines.get(0));
        assertEquals("行政许可\t447228", lines.get(2));
        assertEquals("行政事业性收费\t45\t增33", lines.get(3).replace("增 33", "增33"));
        assertEquals("447\t7\t0\t0\t0\t0\t454", lines.get(4));
    }

    @Test
    void aHeaderLineAboveALabelledRowIsNoPartOfItsLabel() {
        List<String> lines = grid(
                "规章 1 0 11",
                "行政规范性文件 8 26 66",
                "第二十条 第（五）项",
                "信息内容 本年处理决定数量",
                "行政许可 447228",
                "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119");
        assertEquals("行政许可\t447228", lines.get(4));
    }

    @Test
    void headerWordsAboveARowWithoutALabelAreNoLabelUnlessTheyReachANumberedStart() {
        List<String> lines = grid(
                "规章 1 0 11",
                "行政规范性文件 8 26 66",
                "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119",
                "四、政府信息公开行政复议、行政诉讼情况",
                "结果",
                "维持",
                "尚未",
                "审结",
                "总计",
                "72 64 178 37 351");
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", lines.get(3));
        assertEquals("72\t64\t178\t37\t351", lines.get(lines.size() - 1));
    }

    @Test
    void aLoneRowUnderAHeaderOfMoreWordsTakesItsBlanksFromTheWords() {
        List<String> lines = grid(
                "甲        5       0       7",
                "乙        1       2       6",
                "丙        1       2       6",
                "维持    纠正    结果    审结   总计     维持   纠正      结果         审结   总计",
                " 2    0     2      2      6   2    2                  —        4",
                "",
                "五、存在的主要问题");
        assertEquals("2\t0\t2\t2\t6\t2\t2\t\t—\t4", lines.get(4));
    }

    @Test
    void aLoneRowWhoseFigureStandsBetweenTwoHeaderWordsIsNotPlaced() {
        List<String> lines = grid(
                "甲        5       0       7",
                "乙        1       2       6",
                "丙        1       2       6",
                "维持      纠正      结果      总计",
                "2   10                       2");
        assertEquals("", lines.get(4));
    }

    @Test
    void aHeaderWordOverTheLabelsAddsNoColumnToFullRows() {
        List<String> lines = grid(
                "项目              本年新制作    本年新公开    对外公开总数量",
                "规章              5             0             7",
                "规范性文件        1             2             6",
                "行政处罚          3             4             8");
        assertEquals("规章\t5\t0\t7", lines.get(1));
        assertEquals("规范性文件\t1\t2\t6", lines.get(2));
    }

    @Test
    void rowsBesideALineOfFiguresAloneKeepTheirLabelsWithoutFigures() {
        List<String> lines = grid(
                "甲        5       0       7",
                "乙        1       2       6",
                "                  2       2",
                "丙        1       9       6",
                "丁        3       4       8",
                "戊        3       4       8");
        assertEquals(List.of("甲\t5\t0\t7", "乙", "丙", "丁\t3\t4\t8", "戊\t3\t4\t8"), lines);
    }
}

package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;

/**
 * In Markdown, figures that drifted from their label (into the next row, or into a table after label lines) are
 * joined to it when bare labels and label-less figure rows are equally many; otherwise nothing is joined.
 */
class DriftedFiguresTest {

    private static final String NEW = "一、本年新收政府信息公开申请数量";
    private static final String CARRIED = "二、上年结转政府信息公开申请数量";

    private static ExtractedReport read(String... table) throws Exception {
        List<String> lines = new ArrayList<>(List.of("# 某某县人民政府2023年政府信息公开工作年度报告", "",
                "## 三、收到和处理政府信息公开申请情况", ""));
        lines.addAll(List.of(table));
        return TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
    }

    private static BigDecimal figure(ExtractedReport report, String code) {
        return report.figures().get(CellCode.parse(code));
    }

    @Test
    void joinsALabelRowToTheFigureRowBelowIt() throws Exception {
        ExtractedReport report = read("| " + NEW + " | | | | | | | |", "|---|---|---|---|---|---|---|---|",
                "| | 5 | 0 | 0 | 0 | 0 | 1 | 6 |", "| " + CARRIED + " | 0 | 0 | 0 | 0 | 0 | 2 | 2 |");
        assertEquals(new BigDecimal("5"), figure(report, "requests.new.natural_person"));
        assertEquals(new BigDecimal("6"), figure(report, "requests.new.total"));
        assertEquals(new BigDecimal("2"), figure(report, "requests.carried_over.total"));
    }

    @Test
    void joinsLabelLinesToTheFigureRowsOfTheTableAfterThemInOrder() throws Exception {
        ExtractedReport report = read(NEW, CARRIED, "", "| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
                "|---|---|---|---|---|---|---|", "| 5 | 0 | 0 | 0 | 0 | 1 | 6 |", "| 3 | 0 | 0 | 0 | 0 | | 3 |");
        assertEquals(new BigDecimal("6"), figure(report, "requests.new.total"));
        assertEquals(new BigDecimal("3"), figure(report, "requests.carried_over.natural_person"));
        assertFalse(report.figures().containsKey(CellCode.parse("requests.carried_over.other_org")),
                "the blank cell stays blank");
        assertEquals(new BigDecimal("3"), figure(report, "requests.carried_over.total"));
    }

    @Test
    void joinsNothingWhenLabelsAndFigureRowsDifferInNumber() throws Exception {
        ExtractedReport report = read(NEW, CARRIED, "", "| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |",
                "|---|---|---|---|---|---|---|", "| 5 | 0 | 0 | 0 | 0 | 1 | 6 |");
        assertFalse(report.cells().containsKey(CellCode.parse("requests.new.total")));
        assertFalse(report.cells().containsKey(CellCode.parse("requests.carried_over.total")));
        assertEquals(List.of(NEW, CARRIED), report.findings().stream().filter(f -> f.ruleId().equals("row-in-doubt"))
                .map(Finding::args).map(a -> a.get("row")).toList());
    }
}

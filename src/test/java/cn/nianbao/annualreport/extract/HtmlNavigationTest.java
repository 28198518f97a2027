package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A portal's links to other articles (related lists, other years' reports, 上一篇/下一篇) are not read as report text. */
class HtmlNavigationTest {

    private static List<String> lines(String body) {
        return HtmlReport.read(Jsoup.parse("<html><body>" + body + "</body></html>")).lines().stream()
                .filter(line -> !line.isBlank()).toList();
    }

    @Test
    void listsOfLinksAndNeighbourLinksAreNotRead() {
        assertEquals(List.of("某区2023年政府信息公开工作年度报告", "一、总体情况"), lines(
                "<nav><a href=\"/\">首页</a></nav><ul><li><a href=\"a\">某区2021年政府信息公开工作年度报告</a></li>"
                + "<li> <a href=\"b\">某区2020年政府信息公开工作年度报告</a> </li></ul>"
                + "<h1>某区2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>"
                + "<p>上一篇：<a href=\"c\">某区2022年政府信息公开工作年度报告</a></p>"));
    }

    @Test
    void listItemsWithTextBesideTheirLinksAreRead() {
        assertEquals(List.of("详见《政府信息公开指南》（链接）"), lines(
                "<ul><li>详见<a href=\"g\">《政府信息公开指南》</a>（链接）</li></ul>"));
    }
}

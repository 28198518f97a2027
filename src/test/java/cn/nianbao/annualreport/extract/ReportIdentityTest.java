package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unit and year of a report from its title, metadata, letterhead, signature and preamble; left empty with a
 * finding where the report gives none, or gives them differently.
 */
class ReportIdentityTest {

    /** The latest plausible year in these tests (no wall clock). */
    private static final int LATEST = 2025;
    private static final String BODY = "一、总体情况";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2019年上海市黄浦区人民政府政府信息公开工作年度报告|上海市黄浦区人民政府|2019",
        "2023年度泗洪县财政局政府信息公开工作年度报告|泗洪县财政局|2023",
        "泗洪县民政局2023年政府信息公开年度报告|泗洪县民政局|2023",
        "泗洪县民政局2023年度政府信息公开工作年度报告|泗洪县民政局|2023",
        "泗 洪 县 民 政 局 2 0 2 3 年 政 府 信 息 公 开 工 作 年 度 报 告|泗洪县民政局|2023",
        "華陰市2020年政府信息公開工作年度報告|華陰市|2020",
        "泗洪县民政局关于2022年度政府信息公开工作年度报告|泗洪县民政局|2022",
        "《泗洪县民政局2022年政府信息公开工作年度报告》|泗洪县民政局|2022",
        "泗洪县政府信息公开工作2021年度报告|泗洪县|2021",
        "首页 > 政务公开 > 年报 > 泗洪县民政局2023年政府信息公开工作年度报告|泗洪县民政局|2023",
        "标题：泗洪县民政局2023年政府信息公开工作年度报告|泗洪县民政局|2023",
    })
    void readsTheUnitAndYearFromATitleOfAnyShape(String title, String unit, int year) {
        Identity identity = read(title, BODY, "本局依法公开。");
        assertEquals(Optional.of(unit), identity.unit(), identity.toString());
        assertEquals(Optional.of(new ReportYear(year)), identity.year());
        assertEquals(List.of(), identity.findings());
    }

    @Test
    void readsATitleBrokenOverTwoOrThreeLines() {
        assertEquals(Optional.of("阿尔山市政务服务局"),
                read("阿尔山市政务服务局2022年政府", "信息公开工作年度报告", BODY).unit());
        Identity three = read("首页", "泗洪县", "市场监督管理局2024年度政府信息", "公开工作年度报告", BODY);
        assertEquals(Optional.of("泗洪县市场监督管理局"), three.unit(), three.toString());
        assertEquals(Optional.of(new ReportYear(2024)), three.year());
    }

    @Test
    void readsTheUnitAboveATitleOfOnlyTheYear() {
        Identity identity = read("洪泽区人民政府", "2023 年政府信息公开工作年度报告", BODY);
        assertEquals(Optional.of("洪泽区人民政府"), identity.unit());
        assertEquals(Optional.of(new ReportYear(2023)), identity.year());
    }

    @Test
    @DisplayName("门户网站的面包屑、发布日期、来源、字号、索引号表之后的标题；发文机关给出更长的名称")
    void readsTheTitleAfterPortalClutterAndTakesTheLongerNameFromTheIssuer() {
        Identity identity = read("您当前的位置：首页 > 政府信息公开 > 年度报告",
                "索引号\t014100001/2024-00012\t主题分类\t综合政务",
                "发文机关\t宿迁市泗洪县民政局\t成文日期\t2024-01-20",
                "发布日期：2024-01-22 来源：泗洪县人民政府 浏览次数：120",
                "字号：[ 大 中 小 ]",
                "泗洪县民政局2023年政府信息公开工作年度报告", BODY);
        assertEquals(Optional.of("宿迁市泗洪县民政局"), identity.unit(), identity.toString());
        assertEquals(Optional.of(new ReportYear(2023)), identity.year());
        assertEquals(List.of(), identity.findings());
    }

    @Test
    void takesTheUnitFromTheIssuerWhenTheTitleNamesOnlyTheYear() {
        Identity identity = read("发文机关：泗洪县交通运输局 成文日期：2024-01-20",
                "2023年政府信息公开工作年度报告", BODY);
        assertEquals(Optional.of("泗洪县交通运输局"), identity.unit(), identity.toString());
    }

    @Test
    @DisplayName("文头“海东市乐都区人民政府文件”与落款给出标题中单位的全称")
    void takesTheFullNameFromTheLetterheadAndTheSignature() {
        Identity identity = read("海东市乐都区人民政府文件", "乐都区人民政府 2022 年政府信息公开工作年度报告", BODY,
                "本区依法公开。", "六、其他需要报告的事项", "无。", "           海东市乐都区人民政府", "2023年1月17日");
        assertEquals(Optional.of("海东市乐都区人民政府"), identity.unit());
        assertEquals(Optional.of(new ReportYear(2022)), identity.year(),
                "the signature's date is the publication, not the year");
    }

    @Test
    void readsTheSignatureWithItsDateOnTheSameLineOrInChineseNumerals() {
        assertEquals(Optional.of("泗洪县人民政府"), read("泗洪县2023年政府信息公开工作年度报告", BODY, "内容。",
                "泗洪县人民政府  2024年1月20日").unit());
        assertEquals(Optional.of("泗洪县人民政府"), read("泗洪县2023年政府信息公开工作年度报告", BODY, "内容。",
                "泗洪县人民政府", "二〇二四年一月二十日").unit());
    }

    @Test
    @DisplayName("街道的报告由街道办事处落款：同一机关，取办事处的名称")
    void takesTheStreetsOfficeAsTheLongerFormOfTheStreet() {
        Identity identity = read("清河街道2023年政府信息公开工作年度报告", BODY, "内容。", "清河街道办事处", "2024年1月10日");
        assertEquals(Optional.of("清河街道办事处"), identity.unit(), identity.toString());
        assertEquals(List.of(), identity.findings());
    }

    @Test
    void findsTheTitleAfterATableOfContents() {
        Identity identity = read("目录", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "泗洪县民政局2023年政府信息公开工作年度报告", BODY);
        assertEquals(Optional.of("泗洪县民政局"), identity.unit(), identity.toString());
    }

    @Test
    void ignoresAJointLetterhead() {
        Identity identity = read("中共泗洪县委办公室  泗洪县人民政府办公室文件",
                "泗洪县人民政府办公室2023年政府信息公开工作年度报告", BODY);
        assertEquals(Optional.of("泗洪县人民政府办公室"), identity.unit(), identity.toString());
    }

    @Test
    @DisplayName("标题与落款不是同一机关：单位留空并列出两者")
    void leavesTheUnitBlankWhenTheTitleAndTheSignatureNameDifferentOrgans() {
        Identity identity = read("泗洪县民政局2023年政府信息公开工作年度报告", BODY, "内容。",
                "泗洪县财政局", "2024年1月20日");
        assertEquals(Optional.empty(), identity.unit());
        assertEquals(Optional.of(new ReportYear(2023)), identity.year());
        Finding finding = only(identity, "unit-uncertain");
        assertTrue(finding.args().get("candidates").contains("泗洪县民政局（第 1 行）"), finding.toString());
        assertTrue(finding.args().get("candidates").contains("泗洪县财政局（第 4 行）"), finding.toString());
        assertEquals(Optional.of("第 1 行"), finding.where().map(Object::toString));
    }

    @Test
    void leavesTheUnitBlankWhenTwoTitlesNameDifferentOrgans() {
        Identity identity = read("淮安市人民政府2023年政府信息公开工作年度报告",
                "淮安市洪泽区人民政府2023年政府信息公开工作年度报告", BODY);
        assertEquals(Optional.empty(), identity.unit());
        only(identity, "unit-uncertain");
    }

    @Test
    @DisplayName("市人民政府的报告由市人民政府办公室编制、落款：仍是市人民政府")
    void keepsTheTitlesOrganWhenItsOfficeCompiledAndSignedTheReport() {
        Identity identity = read("淮安市人民政府", "2024 年政府信息公开工作年度报告",
                "本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。", BODY, "内容。",
                "淮安市人民政府办公室", "2025年1月20日");
        assertEquals(Optional.of("淮安市人民政府"), identity.unit(), identity.toString());
        assertEquals(List.of(), identity.findings());
    }

    @Test
    @DisplayName("标题只写区名，编制说明写出全称：取全称")
    void lengthensTheTitlesNameFromTheCompilingOffice() {
        Identity identity = read("洪泽区人民政府", "2023 年政府信息公开工作年度报告",
                "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和",
                "国政府信息公开条例》要求编制此报告。", BODY);
        assertEquals(Optional.of("淮安市洪泽区人民政府"), identity.unit());
    }

    @Test
    void ignoresACompilingOfficeOfAnotherOrganWhenTheTitleIsClear() {
        Identity identity = read("泗洪县人民政府2023年政府信息公开工作年度报告",
                "本报告由泗洪县政务服务管理办公室编制。", BODY);
        assertEquals(Optional.of("泗洪县人民政府"), identity.unit());
        assertEquals(List.of(), identity.findings());
    }

    @Test
    void leavesTheUnitBlankWhenOnlyTheCompilingOfficeNamesOne() {
        Identity identity = read("政府信息公开工作年度报告", "本报告由泗洪县人民政府办公室编制。", BODY);
        assertEquals(Optional.empty(), identity.unit());
        assertTrue(only(identity, "unit-uncertain").args().get("candidates").contains("泗洪县人民政府办公室"));
    }

    @Test
    void takesAPlacesGovernmentAsTheLongerFormOfThePlace() {
        Identity identity = read("華陰市2020年政府信息公開工作年度報告", BODY, "內容。", "華陰市人民政府", "2021年1月25日");
        assertEquals(Optional.of("華陰市人民政府"), identity.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "根据要求，现将我局2023年政府信息公开工作年度报告公布如下",
        "我局2023年政府信息公开工作年度报告",
        "关于2023年度政府信息公开工作年度报告",
        "本机关2023年度政府信息公开工作年度报告",
    })
    @DisplayName("句子、“我局”“本机关”“关于”不是单位")
    void takesNoUnitFromASentenceOrAPronoun(String line) {
        Identity identity = read(line, BODY, "内容。");
        assertEquals(Optional.empty(), identity.unit(), identity.toString());
        only(identity, "unit-missing");
    }

    @Test
    @DisplayName("“现将本机关2023年度政府信息公开工作情况报告如下”给出年度")
    void readsTheYearFromTheSentencePresentingTheReport() {
        Identity identity = read("政府信息公开工作年度报告",
                "根据《条例》要求，现将本机关2023年度政府信息公开工作情况报告如下。", BODY, "泗洪县审计局", "2024年1月5日");
        assertEquals(Optional.of(new ReportYear(2023)), identity.year());
        assertEquals(Optional.of("泗洪县审计局"), identity.unit());
    }

    @Test
    @DisplayName("统计期限（跨行）给出年度；发布日期 2024 年不是报告年度")
    void readsTheYearFromTheStatisticalPeriodNotFromThePublicationDate() {
        Identity identity = read("发布日期：2024-01-22", "泗洪县水务局政府信息公开工作年度报告",
                "本年度报告中使用数据统计期限为2023年1月1日至2023", "年12月31日。", BODY, "泗洪县水务局",
                "2024年1月22日");
        assertEquals(Optional.of(new ReportYear(2023)), identity.year(), identity.toString());
        assertEquals(Optional.of("泗洪县水务局"), identity.unit());
    }

    @Test
    void leavesTheYearBlankWhenTheTitleAndTheStatisticalPeriodDisagree() {
        Identity identity = read("泗洪县水务局2023年政府信息公开工作年度报告",
                "本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。", BODY);
        assertEquals(Optional.empty(), identity.year());
        assertEquals(Optional.of("泗洪县水务局"), identity.unit());
        String candidates = only(identity, "year-uncertain").args().get("candidates");
        assertTrue(candidates.contains("2023（第 1 行）") && candidates.contains("2022（第 2 行）"), candidates);
    }

    @ParameterizedTest
    @CsvSource({"2203", "2007", "2026"})
    void leavesAnImplausibleYearBlank(int year) {
        Identity identity = read("泗洪县水务局" + year + "年政府信息公开工作年度报告", BODY);
        assertEquals(Optional.empty(), identity.year());
        assertTrue(only(identity, "year-uncertain").args().get("candidates").contains(Integer.toString(year)));
    }

    @Test
    void saysWhenTheReportGivesNoUnitAndNoYear() {
        Identity identity = read("政府信息公开工作年度报告", BODY, "内容。");
        assertEquals(List.of("unit-missing", "year-missing"),
                identity.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    @DisplayName("网页的 <title> 是第一行（位置“网页标题”），与 <h1> 一致")
    void readsThePagesTitleAsItsFirstLine() {
        ReportText page = HtmlReport.read(Jsoup.parse("<html><head><title>泗洪县民政局2023年政府信息公开工作年度报告_"
                + "泗洪县人民政府</title></head><body><div>首页 &gt; 年报</div><h1>泗洪县民政局2023年政府信息公开工作年度报告"
                + "</h1><p>一、总体情况</p></body></html>"));
        assertEquals("网页标题", page.place(0).toString());
        Identity identity = ReportIdentity.read(page, LATEST);
        assertEquals(Optional.of("泗洪县民政局"), identity.unit(), identity.toString());
        assertEquals(Optional.of(new ReportYear(2023)), identity.year());
    }

    @Test
    @DisplayName("整份报告：落款换成另一机关，单位留空并说明，表格照常读取")
    void leavesTheUnitOfAWholeReportBlankWhenItsSignatureNamesAnotherOrgan() throws Exception {
        Path source = Fixtures.REPORTS.resolve("id-9-signature-place-title").resolve("report.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
        lines.replaceAll(line -> line.replace("太和县人民政府", "界首市人民政府"));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
        assertEquals(Optional.empty(), report.unit());
        assertEquals(Optional.of(new ReportYear(2022)), report.year());
        assertEquals(List.of("unit-uncertain"), report.findings().stream().map(Finding::ruleId).toList());
        assertEquals(Expectation.read(source.resolveSibling(Fixtures.EXPECTED)).cells(),
                Expectation.cellsOf(report));
    }

    private static Identity read(String... lines) {
        return ReportIdentity.read(ReportText.numbered(new ArrayList<>(List.of(lines))), LATEST);
    }

    private static Finding only(Identity identity, String ruleId) {
        List<Finding> found = identity.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), identity.findings().toString());
        return found.get(0);
    }
}

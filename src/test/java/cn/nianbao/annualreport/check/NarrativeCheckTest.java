package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.PdfReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.NarrativeRules;
import cn.nianbao.annualreport.form.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Narrative statements checked against the tables of the real reports and seeds (golden cases under
 * {@code src/test/resources/reports}), and against
 * tables changed in the test so that a statement the report gets right becomes wrong.
 */
class NarrativeCheckTest {

    private static final CellCode NEW = CellCode.parse("requests.new.total");
    private static final CellCode REVIEWS = CellCode.parse("appeals.review.total");
    private static final CellCode SUITS_DIRECT = CellCode.parse("appeals.suit_direct.total");
    private static final CellCode SUITS_AFTER_REVIEW = CellCode.parse("appeals.suit_after_review.total");
    private static final String GENERAL = "一、总体情况";
    private static final NarrativeRules RULES = FormDefinitions.load().all().get(0).narrative();

    /** A finding as the tuple the tests compare. */
    private record Seen(String ruleId, Severity severity, CellCode cell, String where, String expected,
            String actual) {

        static Seen of(Finding f) {
            return new Seen(f.ruleId(), f.severity(), f.cell().orElseThrow(), f.where().orElseThrow().toString(),
                    f.expected(), f.actual());
        }
    }

    private static Seen contradiction(CellCode cell, String where, String expected, String actual) {
        return new Seen("narrative-contradicts-table", Severity.WARNING, cell, where, expected, actual);
    }

    @Test
    void flagsTheRequestCountOfHongze2024ThatDisagreesWithTableThree() throws IOException {
        // 一（二）: 区政府办代表区政府受理政府信息公开申请17件, while requests.new.total is 95.
        List<Finding> findings = check(pdf("hongze-district-2024"));
        assertEquals(List.of(contradiction(NEW, GENERAL, "95", "17")), seen(findings));
        assertEquals("区政府办代表区政府受理政府信息公开申请17件", findings.get(0).args().get("statement"));
        assertEquals("requests.new.total", findings.get(0).args().get("cells"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hongze-district-2023", "huaian-city-2024"})
    void findsNothingInRealReportsWhoseStatementsAgree(String name) throws IOException {
        // hongze 2023: 受理政府信息公开申请21件 = 21. huaian 2024: 受理…3119件 = 3119, 行政复议351件 = 351,
        // 行政诉讼46件 = 26 + 20 (直接起诉 + 复议后起诉).
        assertEquals(List.of(), check(pdf(name)));
    }

    @Test
    void readsEveryStatementOfHuaian2024() throws IOException {
        // The same report with each stated figure changed in the tables: each statement is read, none is missed.
        ExtractedReport report = pdf("huaian-city-2024");
        Map<CellCode, BigDecimal> figures = with(report.figures(), Map.of(NEW, 3000, REVIEWS, 350, SUITS_DIRECT, 25));
        assertEquals(List.of(contradiction(NEW, GENERAL, "3000", "3119"),
                contradiction(REVIEWS, GENERAL, "350", "351"), contradiction(SUITS_DIRECT, GENERAL, "45", "46")),
                seen(NarrativeCheck.check(RULES, report.narrative(), figures)));
    }

    /**
     * No seed contradicts its tables. 000: 未收到政府信息公开申请 and 未因政府信息公开工作受到行政复议、行政诉讼, all
     * zero. 001: 未接到…依申请公开请求 and 未收到…行政复议和行政诉讼, all zero. 002 states no request or appeal figure
     * (its 92余件 are 民生诉求). 003: 未收到政府信息公开申请, zero. 004 (traditional characters): 共收到依申請公開12件,
     * and table 三 says 12.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000_2f396f1e852b3100", "001_0d529075b8579b4b", "002_65ae609cbadd49bc",
        "003_b49badf6c65abf03", "004_47e6c7f05ba30db4"})
    void findsNothingInTheSeeds(String seed) throws IOException {
        assertEquals(List.of(), check(seed(seed)));
    }

    @Test
    void readsTheSeedsStatementsOfNoneAndOfTraditionalCharacters() throws IOException {
        ExtractedReport none = seed("000_2f396f1e852b3100");
        Map<CellCode, BigDecimal> some = with(none.figures(), Map.of(NEW, 3, REVIEWS, 1, SUITS_AFTER_REVIEW, 2));
        assertEquals(List.of(contradiction(NEW, GENERAL, "3", "0"), contradiction(REVIEWS, GENERAL, "1", "0"),
                contradiction(SUITS_AFTER_REVIEW, GENERAL, "2", "0")),
                seen(NarrativeCheck.check(RULES, none.narrative(), some)));

        ExtractedReport traditional = seed("004_47e6c7f05ba30db4");
        assertEquals(List.of(contradiction(NEW, "一、總體情況", "13", "12")), seen(NarrativeCheck.check(RULES, 
                traditional.narrative(), with(traditional.figures(), Map.of(NEW, 13)))));
    }

    @Test
    void flagsASentenceSayingNoRequestsWereReceivedWhenTableThreeHasSome() throws IOException {
        ExtractedReport report = pdf("hongze-district-2023");
        List<Finding> findings = NarrativeCheck.check(RULES, added(report, "全年未收到政府信息公开申请。"),
                report.figures());
        assertEquals(List.of(contradiction(NEW, "六、其他需要报告的事项", "21", "0")), seen(findings));
        assertEquals("全年未收到政府信息公开申请", findings.get(0).args().get("statement"));
    }

    @Test
    void flagsReviewsAndSuitsSaidNotToHaveHappened() throws IOException {
        ExtractedReport report = pdf("hongze-district-2023");
        Map<String, String> narrative = added(report, "本年度未发生因政府信息公开引起的行政复议、行政诉讼。");
        Map<CellCode, BigDecimal> figures = with(report.figures(), Map.of(REVIEWS, 11, SUITS_AFTER_REVIEW, 5));
        List<Finding> findings = NarrativeCheck.check(RULES, narrative, figures);
        String last = "六、其他需要报告的事项";
        // “no suits” is about the cell that has some: 复议后起诉, not the first of the two added up
        assertEquals(List.of(contradiction(REVIEWS, last, "11", "0"),
                contradiction(SUITS_AFTER_REVIEW, last, "5", "0")), seen(findings));
        assertEquals("appeals.suit_direct.total + appeals.suit_after_review.total",
                findings.get(1).args().get("cells"));
    }

    @Test
    void acceptsReviewsAndSuitsSaidNotToHaveHappenedWhenTableFourIsZero() throws IOException {
        // As printed, hongze 2023's table 四 has the totals 0 (its parts are not, a known source error).
        ExtractedReport report = pdf("hongze-district-2023");
        Map<String, String> narrative = added(report, "本年度未发生因政府信息公开引起的行政复议、行政诉讼。");
        assertEquals(List.of(), NarrativeCheck.check(RULES, narrative, report.figures()));
    }

    @Test
    void flagsARequestCountAndIgnoresCountsOfOtherThings() {
        Map<CellCode, BigDecimal> figures = Map.of(NEW, BigDecimal.valueOf(5), REVIEWS, BigDecimal.ZERO,
                SUITS_DIRECT, BigDecimal.ZERO, SUITS_AFTER_REVIEW, BigDecimal.ZERO);
        assertEquals(List.of(contradiction(NEW, GENERAL, "5", "12")),
                seen(NarrativeCheck.check(RULES, Map.of(" 一、总体情况 ", "全年收到申请1\n2件，均已按时答复。"),
                        figures)));
        List<String> others = List.of("发布信息12条。", "答复12件。", "上年结转申请12件。", "另有12件顺延至下年度答复。",
                "其中通过网络收到申请12件。", "对不予受理申请12件均说明理由。",
                "受理申请17件（含上年结转12件）。", "收到申请１２０余件。", "行政复议纠错率为0。",
                "未发生因政府信息公开引起的行政复议被纠错、行政诉讼败诉的情况。", "行政复议、行政诉讼3件。", "尚未审结3件。");
        for (String text : others) {
            assertEquals(List.of(), NarrativeCheck.check(RULES, Map.of(GENERAL, text), figures), text);
        }
    }

    @Test
    void readsFullWidthDigitsAndWordsBrokenOverLinesAroundAPageNumber() {
        Map<CellCode, BigDecimal> figures = Map.of(NEW, BigDecimal.valueOf(95));
        String text = "区政府受理政府\n信息公开申\n－ 1 －\n请 １７ 件，均已答复。";
        List<Finding> findings = NarrativeCheck.check(RULES, Map.of(GENERAL, text), figures);
        assertEquals(List.of(contradiction(NEW, GENERAL, "95", "17")), seen(findings));
        assertTrue(Messages.of(Locale.CHINESE).render(findings.get(0)).contains("区政府受理政府信息公开申请17件"));
    }

    private static List<Finding> check(ExtractedReport report) {
        return NarrativeCheck.check(RULES, report.narrative(), report.figures());
    }

    private static List<Seen> seen(List<Finding> findings) {
        return findings.stream().map(Seen::of).toList();
    }

    private static ExtractedReport pdf(String name) throws IOException {
        return reader().read(PdfReport.read(Fixtures.realReport(name)));
    }

    private static ExtractedReport seed(String name) throws IOException {
        return reader().read(Files.readAllLines(Fixtures.seed(name.substring(0, 3))));
    }

    private static TextReportReader reader() throws IOException {
        return TextReportReader.withInstalledLabels(FormDefinitions.load());
    }

    /** The report's narrative with a sentence added at the end of its last part. */
    private static Map<String, String> added(ExtractedReport report, String sentence) {
        Map<String, String> narrative = new LinkedHashMap<>(report.narrative());
        String last = List.copyOf(narrative.keySet()).get(narrative.size() - 1);
        narrative.put(last, narrative.get(last) + "\n" + sentence);
        return narrative;
    }

    private static Map<CellCode, BigDecimal> with(Map<CellCode, BigDecimal> figures, Map<CellCode, Integer> changed) {
        Map<CellCode, BigDecimal> copy = new TreeMap<>(figures);
        changed.forEach((code, value) -> copy.put(code, BigDecimal.valueOf(value)));
        return copy;
    }
}

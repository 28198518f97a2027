package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The narrative statements beyond plain request and appeal counts: requests counted in 份, 个 and 项, 予以公开 counts,
 * and statements about the outcome of appeals (“均获维持”, “未被纠错”). Each is read in its phrasings (traditional
 * characters, full-width digits, a number broken over lines) and stays silent where it names a part, another year or
 * something other than requests; every finding is a warning. In the cases, {@code /} stands for a line break.
 */
class NarrativeStatementsTest {

    private static final NarrativeRules RULES = FormDefinitions.load().all().get(0).narrative();
    private static final String PART = "一、总体情况";
    private static final CellCode NEW = CellCode.parse("requests.new.total");
    private static final CellCode GRANTED = CellCode.parse("requests.granted.total");
    private static final CellCode REVIEW_CORRECTED = CellCode.parse("appeals.review.corrected");
    private static final CellCode REVIEW_PENDING = CellCode.parse("appeals.review.pending");
    private static final CellCode DIRECT_CORRECTED = CellCode.parse("appeals.suit_direct.corrected");
    private static final CellCode DIRECT_PENDING = CellCode.parse("appeals.suit_direct.pending");
    private static final CellCode AFTER_CORRECTED = CellCode.parse("appeals.suit_after_review.corrected");
    private static final CellCode AFTER_PENDING = CellCode.parse("appeals.suit_after_review.pending");
    private static ExtractedReport hongze;

    @BeforeAll
    static void read() throws IOException {
        hongze = TextReportReader.withInstalledLabels(FormDefinitions.load())
                .read(PdfReport.read(Fixtures.realReport("hongze-district-2023")));
    }

    /** A finding as the tuple the tests compare: rule, severity, cell, table's figure, text's figure. */
    private record Seen(String ruleId, Severity severity, CellCode cell, String expected, String actual) {

        static Seen of(Finding f) {
            return new Seen(f.ruleId(), f.severity(), f.cell().orElseThrow(), f.expected(), f.actual());
        }
    }

    private static Seen contradiction(CellCode cell, String table, String text) {
        return new Seen("narrative-contradicts-table", Severity.WARNING, cell, table, text);
    }

    /**
     * The figures of 予以公开 and of the outcomes, zero, with the given ones changed or added (the totals, which
     * statements such as “行政复议2件” read, only where given).
     */
    private static Map<CellCode, BigDecimal> figures(Map<CellCode, Integer> changed) {
        Map<CellCode, BigDecimal> figures = new TreeMap<>();
        for (String code : List.of("requests.granted.total", "appeals.review.corrected",
                "appeals.review.pending", "appeals.suit_direct.corrected", "appeals.suit_direct.pending",
                "appeals.suit_after_review.corrected", "appeals.suit_after_review.pending")) {
            figures.put(CellCode.parse(code), BigDecimal.ZERO);
        }
        changed.forEach((code, value) -> figures.put(code, BigDecimal.valueOf(value)));
        return figures;
    }

    private static List<Seen> seen(String text, Map<CellCode, BigDecimal> figures) {
        String broken = text.replace("/", "\n");
        return NarrativeCheck.check(RULES, Map.of(PART, broken), figures).stream().map(Seen::of).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "全年收到政府信息公开申请1份，均已按时答复。|1",
        "全年收到政府信息公开申请１份。|1",
        "全年收到政府信息公開申請1份。|1",
        "本年度共受理政府信息公开申请5项。|5",
        "收到信息公开申请3个、已全部办结。|3",
        "收到申请1/2份。|12",
        "收到12份政府信息公开申请，均按时答复。|12",
        "共受理３件申请。|3",
        "全年收到１２份/政府信息公開申請。|12",
        "收到了7个政府信息公开申请。|7"})
    void readsRequestsCountedInFenGeAndXiang(String text, String stated) {
        Map<CellCode, BigDecimal> figures = figures(Map.of(NEW, 4));
        assertEquals(List.of(contradiction(NEW, "4", stated)), seen(text, figures), text);
        assertEquals(List.of(), seen(text, figures(Map.of(NEW, Integer.parseInt(stated)))), "agrees: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"收到申请公开3项信息。", "收到3个单位的申请。", "收到5份申请材料。", "收到申请12个工作日内答复。",
        "上年收到申请1份。", "其中通过网络收到申请1份。", "发布信息12条。", "收到申请3次。", "答复申请3份。",
        "不予受理申请2份。", "收到120余份申请。", "收到12份申请人补正材料。", "未收到政府信息公开申请1份以上的情况。"})
    void leavesCountsOfOtherThingsAlone(String text) {
        assertEquals(List.of(), seen(text, figures(Map.of(NEW, 4, GRANTED, 4))), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "共收到申请20件，其中予以公开12件、部分公开3件。|12",
        "办理结果方面，予以公开的8件，不予公开2件。|8",
        "其中，予以公開１２件。|12",
        "予以公开1/2件，占60%。|12"})
    void readsTheGrantedCount(String text, String stated) {
        assertEquals(List.of(contradiction(GRANTED, "10", stated)), seen(text, figures(Map.of(GRANTED, 10))), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(一)予以公开0件0件1件0件45件", "三、本年度办理结果(一)予以公开15件0件2件0件",
        "部分予以公开3件。", "不予以公开2件。", "主动予以公开12件。", "上年予以公开5件。", "予以公开12条信息。",
        "去年同期予以公开9件。"})
    void leavesTablesInTheTextAndOtherDisclosuresAlone(String text) {
        assertEquals(List.of(), seen(text, figures(Map.of(GRANTED, 45))), text);
    }

    @Test
    void readsTheGrantedCountAddedToARealReport() {
        BigDecimal granted = hongze.figures().get(GRANTED);
        Map<String, String> right = added(hongze, "全年共办理申请，其中予以公开" + granted + "件。");
        assertEquals(List.of(), NarrativeCheck.check(RULES, right, hongze.figures()));
        Map<String, String> wrong = added(hongze, "全年共办理申请，其中予以公开" + granted.add(BigDecimal.TEN) + "件。");
        List<Finding> findings = NarrativeCheck.check(RULES, wrong, hongze.figures());
        assertEquals(List.of(contradiction(GRANTED, granted.toPlainString(), granted.add(BigDecimal.TEN)
                .toPlainString())), findings.stream().map(Seen::of).toList());
        assertEquals("其中予以公开" + granted.add(BigDecimal.TEN) + "件", findings.get(0).args().get("statement"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"发生行政复议2件，均获维持。", "行政复议案件全部维持原行政行为。", "行政復議2件，均獲維持。",
        "被申请行政复议２件,复议机关均予以维持。", "行政复议2件，/均被维持。",
        "行政复议案件结果均为维持。", "行政复议1件，均已维持原决定。"})
    void flagsReviewsSaidToBeAllUpheldWhileOneIsCorrectedOrPending(String text) {
        assertEquals(List.of(contradiction(REVIEW_CORRECTED, "1", "0")),
                seen(text, figures(Map.of(REVIEW_CORRECTED, 1))), text);
        assertEquals(List.of(contradiction(REVIEW_PENDING, "2", "0")),
                seen(text, figures(Map.of(REVIEW_PENDING, 2))), text);
        assertEquals(List.of(), seen(text, figures(Map.of())), "all upheld indeed: " + text);
    }

    @Test
    void flagsSuitsAndBothSaidToBeAllUpheld() {
        assertEquals(List.of(contradiction(AFTER_PENDING, "1", "0")),
                seen("行政诉讼3件，均获胜诉。", figures(Map.of(AFTER_PENDING, 1))));
        assertEquals(List.of(contradiction(REVIEW_PENDING, "2", "0")),
                seen("行政复议和行政诉讼案件均获维持。", figures(Map.of(DIRECT_PENDING, 1, REVIEW_PENDING, 1))));
        // “均” after both counts: read for the suits, the nearer of the two, and left alone for the reviews
        assertEquals(List.of(contradiction(DIRECT_CORRECTED, "1", "0")),
                seen("行政复议1件，行政诉讼2件，均获维持。", figures(Map.of(REVIEW_CORRECTED, 1, DIRECT_CORRECTED, 1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"已审结的行政复议均获维持。", "行政复议3件，其余均获维持。", "行政复议3件，1件尚未审结，其余均获维持。",
        "行政复议3件，其中2件均获维持。", "上年行政复议均获维持。", "行政复议结果维持1件。", "行政复议纠错率为0。",
        "行政复议3件，其中1件被纠错。", "行政复议2件，1件未被纠错。", "行政复议2件，1件没有被纠错。",
        "除1件外，行政诉讼均获维持。", "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计", "全年无被纠错案件。"})
    void leavesPartsAndOtherOutcomesAlone(String text) {
        Map<CellCode, BigDecimal> figures = figures(Map.of(REVIEW_CORRECTED, 1, REVIEW_PENDING, 1,
                DIRECT_CORRECTED, 1, DIRECT_PENDING, 1, AFTER_CORRECTED, 1, AFTER_PENDING, 1));
        assertEquals(List.of(), seen(text, figures), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"未发生行政复议被纠错的情况。", "行政复议2件，均未被纠错。", "行政复议无被纠错案件。",
        "行政复议案件没有被纠错的。", "無行政復議被糾錯情況。", "行政复议零纠错。",
        "行政复议4件，无一被纠错。"})
    void flagsReviewsSaidNotToBeCorrectedWhileOneIs(String text) {
        assertEquals(List.of(contradiction(REVIEW_CORRECTED, "2", "0")),
                seen(text, figures(Map.of(REVIEW_CORRECTED, 2, REVIEW_PENDING, 5))), text);
        assertEquals(List.of(), seen(text, figures(Map.of(REVIEW_PENDING, 5))), "none corrected indeed: " + text);
    }

    @Test
    void flagsSuitsSaidNotToBeLostAndBothNotCorrected() {
        assertEquals(List.of(contradiction(REVIEW_CORRECTED, "1", "0"), contradiction(AFTER_CORRECTED, "1", "0")),
                seen("未发生因政府信息公开引起的行政复议被纠错、行政诉讼败诉的情况。",
                        figures(Map.of(REVIEW_CORRECTED, 1, AFTER_CORRECTED, 1))));
        assertEquals(List.of(contradiction(DIRECT_CORRECTED, "2", "0")),
                seen("行政诉讼2件，均未败诉。", figures(Map.of(DIRECT_CORRECTED, 2))));
        // both named: one finding, of the three rows together, not another of the suits alone
        assertEquals(List.of(contradiction(AFTER_CORRECTED, "1", "0")),
                seen("未发生行政复议、行政诉讼被纠错。", figures(Map.of(AFTER_CORRECTED, 1))));
        assertEquals(List.of(contradiction(REVIEW_CORRECTED, "3", "0")),
                seen("行政复议和行政诉讼均未被纠错。", figures(Map.of(REVIEW_CORRECTED, 3))));
    }

    @Test
    void anOutcomeStatementAddedToARealReportIsAWarningNamingItsCells() {
        Map<CellCode, BigDecimal> figures = new TreeMap<>(hongze.figures());
        figures.put(REVIEW_CORRECTED, BigDecimal.ONE);
        figures.put(REVIEW_PENDING, BigDecimal.ZERO);
        List<Finding> findings = NarrativeCheck.check(RULES, added(hongze, "本年度行政复议案件均获维持。"), figures);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("appeals.review.corrected + appeals.review.pending", finding.args().get("cells"));
        assertEquals("行政复议 › 结果纠正 + 行政复议 › 尚未审结", finding.args().get("titles"));
        String message = Messages.of(Locale.CHINESE).render(finding);
        assertTrue(message.contains("“本年度行政复议案件均获维持”与表格不符：表中 行政复议 › 结果纠正 + 行政复议 › 尚未审结 为 1，"
                + "文字为 0"), message);
        assertTrue(!message.contains("appeals."), "codes stay in their own field: " + message);
    }

    /** The report's narrative with a sentence added at the end of its last part. */
    private static Map<String, String> added(ExtractedReport report, String sentence) {
        Map<String, String> narrative = new LinkedHashMap<>(report.narrative());
        String last = List.copyOf(narrative.keySet()).get(narrative.size() - 1);
        narrative.put(last, narrative.get(last) + "\n" + sentence);
        return narrative;
    }
}

package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.extract.LabelText;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;

/**
 * Statements in a report's narrative that contradict its tables: "受理政府信息公开申请17件" where table 三 says 95,
 * "未收到政府信息公开申请" where it says 3, "行政复议351件", "行政诉讼46件", "未发生…行政复议、行政诉讼".
 *
 * <p>Only statements that clearly name a quantity are read, and the check leans towards silence: numbers counted
 * in 条/元/个/次, counts of a part ("其中…", "通过…"), of another year ("上年…") or of another step (答复, 结转,
 * 顺延) are left alone. The text is compared in the form {@link LabelText#normalise} gives it (simplified
 * characters, half-width digits, no white space, page numbers such as {@code -1-} on a line of their own dropped),
 * so that a number or a word broken over lines by PDF extraction still reads as one.
 *
 * <pre>{@code
 * List<Finding> findings = NarrativeCheck.check(report.narrative(), report.figures());
 * }</pre>
 */
public final class NarrativeCheck {

    /** The words between a verb and 申请 that do not narrow what was received. */
    private static final String FILLER = "(?:共计?|总计|合计|各类|全年|本年度?|政府信息公开|信息公开|公开|依|的)*";
    /** What may stand between a quantity's name and its number. */
    private static final String TOTAL = "(?:案件)?(?:共计?|总计|合计)?";
    /** The characters that end a clause, after {@link LabelText#normalise} (which turns ，and ： half-width). */
    private static final String CLAUSE_ENDS = "。;；,:!?！？";
    /** What follows 行政复议/行政诉讼 when the words are about an outcome rather than the cases themselves. */
    private static final String OUTCOME = "(?![被败纠撤\\d]|决定|确认|违法|结果)";
    /** A negation of cases happening: 未发生…, 未收到…, 未因…受到…, 没有…, or 无 right before the term. */
    private static final String NONE = "(?:(?:未发生|未收到|未接到|未因|未产生|未出现|未有|没有)[^"
            + CLAUSE_ENDS + "\\d]{0,25}?|无)";
    private static final String REVIEW = "行政复议";
    private static final String SUIT = "行政诉讼";

    private static final CellCode NEW = CellCode.parse("requests.new.total");
    private static final CellCode REVIEWS = CellCode.parse("appeals.review.total");
    private static final CellCode SUITS_DIRECT = CellCode.parse("appeals.suit_direct.total");
    private static final CellCode SUITS_AFTER_REVIEW = CellCode.parse("appeals.suit_after_review.total");

    /** The statements recognised, in the order their findings come; see {@link Statement}. */
    private static final List<Statement> STATEMENTS = List.of(
            // 共受理政府信息公开申请3119件, 收到依申请公开12件; not 不予受理申请2件, 受理申请55件（含上年结转5件）
            new Statement("(?<![不未没予])(?:受理|收到|新收|接收|接到)" + FILLER + "申请(?:公开)?" + TOTAL
                    + "(\\d+)件(?!\\(含)", List.of(NEW)),
            // 全年未收到政府信息公开申请, 没有受理申请; not 未收到申请人补正, 尚未受理的申请
            new Statement("(?<![尚仍])(?:未|没有)(?:收到|接到|受理)过?" + FILLER + "申请(?:公开)?(?=[" + CLAUSE_ENDS
                    + "、和及]|$)", List.of(NEW)),
            // 新收政府信息公开申请数量为0, 收到申请数为零
            new Statement("(?:新收|收到|受理)" + FILLER + "申请(?:数量|件数|数)?为(?:0|零)(?![\\d.])", List.of(NEW)),
            // 被申请行政复议2件, 行政复议案件351件; not 行政诉讼、行政复议3件 (the two together)
            new Statement("(?<!" + SUIT + "[、和及与])" + REVIEW + TOTAL + "(\\d+)件", List.of(REVIEWS)),
            // 行政诉讼46件, stating 直接起诉 + 复议后起诉
            new Statement("(?<!" + REVIEW + "[、和及与])" + SUIT + TOTAL + "(\\d+)件",
                    List.of(SUITS_DIRECT, SUITS_AFTER_REVIEW)),
            // 未发生因政府信息公开引起的行政复议(、行政诉讼), 无行政复议; not 未发生行政复议被纠错
            new Statement(NONE + REVIEW + "(?:[、和及与或]" + SUIT + ")?+" + OUTCOME, List.of(REVIEWS)),
            // 未收到…(行政复议和)行政诉讼; not 未发生行政诉讼败诉
            new Statement(NONE + SUIT + "(?:[、和及与或]" + REVIEW + ")?+" + OUTCOME,
                    List.of(SUITS_DIRECT, SUITS_AFTER_REVIEW)));

    /** Words before a statement, in its clause, that make it about a part, another year or a running total. */
    private static final Pattern NOT_THE_YEARS_TOTAL = Pattern.compile("其中|通过|上年|去年|上一年|同期|累计|以来");
    /** A line holding only a page number, bare or between dashes ({@code -1-}, {@code － 2 －}). */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?m)^[ \\t\\u3000\\-－—–]*[0-9０-９]{1,3}[ \\t\\u3000\\-－—–]*$");
    private static final int LONGEST_EXCERPT = 60;

    private NarrativeCheck() {
    }

    /**
     * A kind of statement and the table cells whose sum it states. A pattern with a group states that number; one
     * without states that there was none, i.e. zero.
     */
    private record Statement(Pattern pattern, List<CellCode> cells) {

        Statement(String regex, List<CellCode> cells) {
            this(Pattern.compile(regex), cells);
        }

        String stated(Matcher m) {
            return m.groupCount() > 0 ? m.group(1) : "0";
        }
    }

    /**
     * The statements of the narrative that contradict the figures, as warnings {@code narrative-contradicts-table}
     * in the order of the parts and of the statements: about the first cell stated, placed at the part's heading,
     * with the table's value as expected and the text's as actual, and the arguments {@code statement} (the clause
     * as normalised) and {@code cells} (the cells added up). A statement about a cell the tables lack is skipped.
     *
     * @param narrative the text of each part, by its heading as printed
     * @param figures   the tables' values by cell
     */
    public static List<Finding> check(Map<String, String> narrative, Map<CellCode, BigDecimal> figures) {
        List<Finding> findings = new ArrayList<>();
        narrative.forEach((heading, text) -> findings.addAll(check(heading.strip(), normalise(text), figures)));
        return findings;
    }

    private static List<Finding> check(String place, String text, Map<CellCode, BigDecimal> figures) {
        List<Finding> findings = new ArrayList<>();
        for (Statement statement : STATEMENTS) {
            if (!figures.keySet().containsAll(statement.cells())) {
                continue;
            }
            BigDecimal table = statement.cells().stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            Matcher m = statement.pattern().matcher(text);
            while (m.find()) {
                int from = clauseStart(text, m.start());
                String stated = statement.stated(m);
                if (!NOT_THE_YEARS_TOTAL.matcher(text.substring(from, m.start())).find()
                        && new BigDecimal(stated).compareTo(table) != 0) {
                    findings.add(finding(statement, excerpt(text, from, m), table, stated).at(place));
                }
            }
        }
        return findings;
    }

    private static Finding finding(Statement statement, String excerpt, BigDecimal table, String stated) {
        String cells = statement.cells().stream().map(CellCode::toString).collect(Collectors.joining(" + "));
        return Finding.warning("narrative-contradicts-table", Map.of("statement", excerpt, "cells", cells))
                .about(statement.cells().get(0)).values(table.stripTrailingZeros().toPlainString(), stated);
    }

    /** The text comparable across line breaks: page numbers on a line of their own dropped, then normalised. */
    private static String normalise(String text) {
        return LabelText.normalise(PAGE_NUMBER.matcher(text).replaceAll(""));
    }

    private static int clauseStart(String text, int index) {
        int start = index;
        while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static int clauseEnd(String text, int index) {
        int end = index;
        while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The clause holding the statement, or the statement alone when the clause is too long to quote. */
    private static String excerpt(String text, int from, Matcher m) {
        int to = clauseEnd(text, m.end());
        return to - from <= LONGEST_EXCERPT ? text.substring(from, to) : m.group();
    }
}

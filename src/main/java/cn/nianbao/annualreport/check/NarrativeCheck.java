package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.nianbao.annualreport.extract.LabelText;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.limits.FileBudget;

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
     * as normalised) and {@code cells} (the cells added up). A statement about a cell the tables lack is skipped; a
     * statement repeated word for word in a part gives one finding.
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
        Set<List<String>> seen = new HashSet<>();
        Clauses clauses = Clauses.of(text);
        for (Statement statement : STATEMENTS) {
            if (!figures.keySet().containsAll(statement.cells())) {
                continue;
            }
            BigDecimal table = statement.cells().stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            Matcher m = statement.pattern().matcher(text);
            while (m.find()) {
                FileBudget.checkpoint();
                int from = clauses.start(m.start());
                String stated = statement.stated(m);
                String excerpt = excerpt(text, from, m);
                if (!clauses.namesAnotherTotal(from, m.start()) && new BigDecimal(stated).compareTo(table) != 0
                        && seen.add(List.of(statement.pattern().pattern(), excerpt, stated))) {
                    findings.add(finding(statement, excerpt, table, stated).at(place));
                }
            }
        }
        return findings;
    }

    /**
     * Where the clauses of a text start and where words naming another total stand, found once, so that each
     * statement's clause is known without reading the text again (a narrative repeating one statement thousands of
     * times in one clause is read in linear time).
     *
     * @param ends  the sorted positions just after each clause end
     * @param words the sorted {@code [start, end]} of each word of {@link #NOT_THE_YEARS_TOTAL}
     */
    private record Clauses(int[] ends, List<int[]> words) {

        static Clauses of(String text) {
            int[] ends = IntStream.range(0, text.length()).filter(i -> CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0)
                    .map(i -> i + 1).toArray();
            List<int[]> words = new ArrayList<>();
            Matcher word = NOT_THE_YEARS_TOTAL.matcher(text);
            while (word.find()) {
                words.add(new int[] {word.start(), word.end()});
            }
            return new Clauses(ends, words);
        }

        /** Where the clause holding {@code index} starts. */
        int start(int index) {
            int found = Arrays.binarySearch(ends, index);
            int before = found >= 0 ? found : -found - 2;
            return before < 0 ? 0 : ends[before];
        }

        /** Whether a word naming another total stands wholly between {@code from} and {@code to}. */
        boolean namesAnotherTotal(int from, int to) {
            int low = 0;
            int high = words.size() - 1;
            int last = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (words.get(mid)[1] <= to) {
                    last = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return last >= 0 && words.get(last)[0] >= from;
        }
    }

    private static Finding finding(Statement statement, String excerpt, BigDecimal table, String stated) {
        String cells = statement.cells().stream().map(CellCode::toString).collect(Collectors.joining(" + "));
        return Finding.warning(FindingKind.NARRATIVE_CONTRADICTS_TABLE, Map.of("statement", excerpt, "cells", cells))
                .about(statement.cells().get(0)).values(table.stripTrailingZeros().toPlainString(), stated);
    }

    /** The text comparable across line breaks: page numbers on a line of their own dropped, then normalised. */
    private static String normalise(String text) {
        return LabelText.normalise(PAGE_NUMBER.matcher(text).replaceAll(""));
    }

    /** Where the clause holding {@code index} ends, looked for no further than a quotable excerpt's length. */
    private static int clauseEnd(String text, int from, int index) {
        int end = index;
        int limit = Math.min(text.length(), from + LONGEST_EXCERPT + 1);
        while (end < limit && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The clause holding the statement, or the statement alone when the clause is too long to quote. */
    private static String excerpt(String text, int from, Matcher m) {
        int to = clauseEnd(text, from, m.end());
        return to - from <= LONGEST_EXCERPT ? text.substring(from, to) : m.group();
    }
}

package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.form.NarrativeRules;
import cn.nianbao.annualreport.form.NarrativeRules.Statement;
import cn.nianbao.annualreport.limits.FileBudget;

/**
 * Statements in a report's narrative that contradict its tables: "受理政府信息公开申请17件" (or "收到申请1份") where
 * table 三 says 95, "未收到政府信息公开申请" where it says 3, "其中予以公开12件", "行政复议351件", "行政诉讼46件",
 * "未发生…行政复议、行政诉讼", and outcomes: "行政复议…均获维持" while one is corrected or pending, "…未被纠错"
 * while one is corrected. Every finding is a warning: the text may be loose where the tables are right.
 *
 * <p>Only statements that clearly name a quantity or an outcome are read, and the check leans towards silence:
 * numbers counted in 条/元/次, in 个/项 with more words after them ("申请公开3项信息"), counts of a part ("其中…",
 * "通过…", except where the statement is itself of a part, as 予以公开 is), of another year ("上年…") or of
 * another step (答复, 结转, 顺延), and outcomes of "其余" or "已审结的" cases are left alone. The text is compared
 * in the form {@link LabelText#normalise} gives it (simplified characters, half-width digits, no white space, page
 * numbers such as {@code -1-} on a line of their own dropped), so that a number or a word broken over lines by PDF
 * extraction still reads as one. The statements, the words that make one about another total and where clauses end
 * are data, in {@code narrative.yaml} of the definitions ({@link NarrativeRules}).
 *
 * <pre>{@code
 * List<Finding> findings = NarrativeCheck.check(form.narrative(), report.narrative(), report.figures());
 * }</pre>
 */
public final class NarrativeCheck {

    /** A line holding only a page number, bare or between dashes ({@code -1-}, {@code － 2 －}). */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?m)^[ \\t\\u3000\\-－—–]*[0-9０-９]{1,3}[ \\t\\u3000\\-－—–]*$");
    private static final int LONGEST_EXCERPT = 60;

    private NarrativeCheck() {
    }

    /**
     * The statements of the narrative that contradict the figures, as warnings {@code narrative-contradicts-table}
     * in the order of the parts and of the statements: about the first cell stated (for a statement that there was
     * none, the first that holds a figure), placed at the part's heading, with the table's value as expected and the
     * text's as actual, and the arguments {@code statement} (the clause as normalised), {@code cells} (the codes of
     * the cells added up) and {@code titles} (those cells as a person names them, 行政复议 › 结果纠正). A statement
     * about a cell the tables lack is skipped; a statement repeated word for word in a part gives one finding.
     *
     * @param rules     the statements to look for and how clauses are told apart, from the definitions
     * @param narrative the text of each part, by its heading as printed
     * @param figures   the tables' values by cell
     */
    public static List<Finding> check(NarrativeRules rules, Map<String, String> narrative,
            Map<CellCode, BigDecimal> figures) {
        List<Finding> findings = new ArrayList<>();
        narrative.forEach((heading, text) -> findings.addAll(check(rules, heading.strip(), normalise(text),
                figures)));
        return findings;
    }

    private static List<Finding> check(NarrativeRules rules, String place, String text,
            Map<CellCode, BigDecimal> figures) {
        List<Finding> findings = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        Clauses clauses = Clauses.of(rules, text);
        for (Statement statement : rules.statements()) {
            if (!figures.keySet().containsAll(statement.cells())) {
                continue;
            }
            BigDecimal table = statement.cells().stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            Pattern anotherTotal = rules.anotherTotal(statement);
            Matcher m = statement.pattern().matcher(text);
            while (m.find()) {
                FileBudget.checkpoint();
                int from = clauses.start(m.start());
                String stated = m.groupCount() > 0 ? m.group(1) : "0";
                String excerpt = excerpt(rules.clauseEnds(), text, from, m);
                if (!clauses.namesAnotherTotal(anotherTotal, from, m.start())
                        && new BigDecimal(stated).compareTo(table) != 0
                        && seen.add(List.of(statement.id(), excerpt, stated))) {
                    findings.add(finding(rules, statement, excerpt, table, stated, figures)
                            .at(new Location.Part(place)));
                }
            }
        }
        return findings;
    }

    /**
     * Where the clauses of a text start and where words naming another total stand, found once for each set of
     * such words, so that each statement's clause is known without reading the text again (a narrative repeating
     * one statement thousands of times in one clause is read in linear time).
     *
     * @param text  the text as normalised
     * @param ends  the sorted positions just after each clause end
     * @param words the sorted {@code [start, end]} of each word naming another total, by the pattern of the words
     *              ({@link NarrativeRules#anotherTotal(Statement)})
     */
    private record Clauses(String text, int[] ends, Map<Pattern, List<int[]>> words) {

        static Clauses of(NarrativeRules rules, String text) {
            String clauseEnds = rules.clauseEnds();
            int[] ends = IntStream.range(0, text.length()).filter(i -> clauseEnds.indexOf(text.charAt(i)) >= 0)
                    .map(i -> i + 1).toArray();
            return new Clauses(text, ends, new IdentityHashMap<>());
        }

        /** Where the clause holding {@code index} starts. */
        int start(int index) {
            int found = Arrays.binarySearch(ends, index);
            int before = found >= 0 ? found : -found - 2;
            return before < 0 ? 0 : ends[before];
        }

        /** Whether one of the words {@code anotherTotal} matches stands wholly between {@code from} and {@code to}. */
        boolean namesAnotherTotal(Pattern anotherTotal, int from, int to) {
            List<int[]> found = words.computeIfAbsent(anotherTotal, pattern -> {
                List<int[]> positions = new ArrayList<>();
                Matcher word = pattern.matcher(text);
                while (word.find()) {
                    positions.add(new int[] {word.start(), word.end()});
                }
                return positions;
            });
            int low = 0;
            int high = found.size() - 1;
            int last = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (found.get(mid)[1] <= to) {
                    last = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return last >= 0 && found.get(last)[0] >= from;
        }
    }

    private static Finding finding(NarrativeRules rules, Statement statement, String excerpt, BigDecimal table,
            String stated, Map<CellCode, BigDecimal> figures) {
        String cells = statement.cells().stream().map(CellCode::toString).collect(Collectors.joining(" + "));
        String titles = statement.cells().stream().map(rules::title).collect(Collectors.joining(" + "));
        return Finding.warning(FindingKind.NARRATIVE_CONTRADICTS_TABLE, Map.of("statement", excerpt, "cells", cells,
                        "titles", titles))
                .about(about(statement, stated, figures)).values(table.stripTrailingZeros().toPlainString(), stated);
    }

    /**
     * The cell a finding is about: for a statement that there was none (“均获维持” says none was corrected or is
     * pending), the first of its cells the tables fill with a figure other than zero, which is the one that
     * contradicts it; otherwise the first cell stated.
     */
    private static CellCode about(Statement statement, String stated, Map<CellCode, BigDecimal> figures) {
        if (new BigDecimal(stated).signum() != 0) {
            return statement.cells().get(0);
        }
        return statement.cells().stream().filter(code -> figures.get(code).signum() != 0).findFirst()
                .orElse(statement.cells().get(0));
    }

    /** The text comparable across line breaks: page numbers on a line of their own dropped, then normalised. */
    private static String normalise(String text) {
        return LabelText.normalise(PAGE_NUMBER.matcher(text).replaceAll(""));
    }

    /** Where the clause holding {@code index} ends, looked for no further than a quotable excerpt's length. */
    private static int clauseEnd(String clauseEnds, String text, int from, int index) {
        int end = index;
        int limit = Math.min(text.length(), from + LONGEST_EXCERPT + 1);
        while (end < limit && clauseEnds.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The clause holding the statement, or the statement alone when the clause is too long to quote. */
    private static String excerpt(String clauseEnds, String text, int from, Matcher m) {
        int to = clauseEnd(clauseEnds, text, from, m.end());
        return to - from <= LONGEST_EXCERPT ? text.substring(from, to) : m.group();
    }
}

package cn.nianbao.annualreport.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;

/**
 * A probable split cell (疑似拆格): PDF text splits 20 into "2" and "0", so a row has one figure too many. When joining
 * two adjacent single digits leaves exactly the row's columns and makes the row's sums hold, the join is very likely
 * what was printed (a printed number does not start with 0, so "0" never starts a join). It is reported, never
 * applied.
 *
 * @param first  the index of the first of the two pieces among the row's figures
 * @param pieces the two pieces as printed, e.g. {@code 2 | 0}
 * @param joined the number they would make, e.g. {@code 20}
 */
record SplitCell(int first, String pieces, String joined) {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern FIRST_DIGIT = Pattern.compile("[1-9]");

    /**
     * The join that repairs a row of {@code codes.size() + 1} figures, if exactly one adjacent pair of single digits
     * does; empty when none does, or when the row has no sum to tell.
     */
    static Optional<SplitCell> find(FormDefinition form, List<CellCode> codes, List<TextCell> figures) {
        List<SumRule> sums = rowSums(form, codes);
        if (figures.size() != codes.size() + 1 || sums.isEmpty()) {
            return Optional.empty();
        }
        List<SplitCell> repairs = new ArrayList<>();
        for (int i = 0; i + 1 < figures.size(); i++) {
            String a = figures.get(i).text();
            String b = figures.get(i + 1).text();
            if (FIRST_DIGIT.matcher(a).matches() && DIGIT.matcher(b).matches()) {
                List<TextCell> joined = new ArrayList<>(figures.subList(0, i));
                joined.add(new TextCell(a + b, figures.get(i).place()));
                joined.addAll(figures.subList(i + 2, figures.size()));
                if (holds(sums, codes, joined)) {
                    repairs.add(new SplitCell(i, a + " | " + b, a + b));
                }
            }
        }
        return repairs.size() == 1 ? Optional.of(repairs.get(0)) : Optional.empty();
    }

    /** The finding that reports this split in a row whose figures are given. */
    Finding finding(RowDef row, List<TextCell> figures) {
        return Finding.error(FindingKind.PROBABLE_SPLIT_CELL, Map.of("row", String.join(" ", row.label()),
                "pieces", pieces, "joined", joined)).at(figures.get(first).place()).values(joined, pieces);
    }

    /** The sum rules whose cells all lie in the row. */
    private static List<SumRule> rowSums(FormDefinition form, List<CellCode> codes) {
        List<SumRule> sums = new ArrayList<>();
        for (Rule rule : form.singleReportRules()) {
            if (rule instanceof SumRule sum && codes.containsAll(sum.cells())) {
                sums.add(sum);
            }
        }
        return sums;
    }

    private static boolean holds(List<SumRule> sums, List<CellCode> codes, List<TextCell> figures) {
        Map<CellCode, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            Optional<BigDecimal> value = figures.get(i).value().value();
            if (value.isEmpty()) {
                return false;
            }
            values.put(codes.get(i), value.get());
        }
        return sums.stream().allMatch(sum -> values.get(sum.total()).compareTo(
                sum.parts().stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add)) == 0);
    }
}

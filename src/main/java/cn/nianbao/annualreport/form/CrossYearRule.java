package cn.nianbao.annualreport.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sum(left) = sum(right)} where some terms come from the same agency's previous report; it needs two
 * reports and is checked across a batch, not inside one workbook.
 *
 * <p>The rule is about one cell of this year's report, its {@link #subject()}: the figure printed this year that
 * last year's report implies (本年“上年结转”, 本年现行有效件数, 本年上一年项目数量). Which side of the equation it
 * stands on does not matter: it is the first term of this year on a side holding no term of last year.
 */
public record CrossYearRule(String id, Severity severity, String title, List<Term> left, List<Term> right)
        implements Rule {

    /** Copies both sides; one side must hold a term of this year and none of last year. */
    public CrossYearRule {
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (subjectOf(left, right).isEmpty()) {
            throw new IllegalArgumentException("跨年度规则 " + id + " 须有一边只含本年的格：" + left + " = " + right);
        }
    }

    @Override
    public List<CellCode> cells() {
        return Terms.cellsOf(left, right);
    }

    /** The cell of this year's report the rule is about: the figure last year's report implies. */
    public Term subject() {
        return subjectOf(left, right).orElseThrow();
    }

    /**
     * The figure of the {@link #subject()} that makes the rule hold with the other figures as they are, or empty
     * when one of them is missing.
     *
     * @param thisYear the figures of this year's report
     * @param lastYear the figures of last year's report
     */
    public Optional<BigDecimal> implied(Map<CellCode, BigDecimal> thisYear, Map<CellCode, BigDecimal> lastYear) {
        Term subject = subject();
        boolean onLeft = left.contains(subject);
        Optional<BigDecimal> other = sum(onLeft ? right : left, null, thisYear, lastYear);
        Optional<BigDecimal> beside = sum(onLeft ? left : right, subject, thisYear, lastYear);
        if (other.isEmpty() || beside.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(other.get().subtract(beside.get()).multiply(BigDecimal.valueOf(subject.sign())));
    }

    private static Optional<BigDecimal> sum(List<Term> terms, Term without, Map<CellCode, BigDecimal> thisYear,
            Map<CellCode, BigDecimal> lastYear) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean skipped = false;
        for (Term term : terms) {
            if (!skipped && term.equals(without)) {
                skipped = true;
                continue;
            }
            BigDecimal value = (term.isThisYear() ? thisYear : lastYear).get(term.code());
            if (value == null) {
                return Optional.empty();
            }
            sum = sum.add(value.multiply(BigDecimal.valueOf(term.sign())));
        }
        return Optional.of(sum);
    }

    private static Optional<Term> subjectOf(List<Term> left, List<Term> right) {
        for (List<Term> side : List.of(left, right)) {
            if (side.stream().allMatch(Term::isThisYear) && !side.isEmpty()) {
                return Optional.of(side.get(0));
            }
        }
        return Optional.empty();
    }
}

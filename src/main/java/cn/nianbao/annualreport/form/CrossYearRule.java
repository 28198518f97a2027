package cn.nianbao.annualreport.form;

import java.util.List;

/**
 * {@code sum(left) = sum(right)} where some terms come from the same agency's previous report; it needs two
 * reports and is checked across a batch, not inside one workbook.
 */
public record CrossYearRule(String id, Severity severity, String title, List<Term> left, List<Term> right)
        implements Rule {

    /** Copies both sides. */
    public CrossYearRule {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    @Override
    public List<CellCode> cells() {
        return Terms.cellsOf(left, right);
    }
}

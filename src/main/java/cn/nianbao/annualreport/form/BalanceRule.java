package cn.nianbao.annualreport.form;

import java.util.List;

/** {@code sum(left) = sum(right)} within one report, e.g. 一 + 二 = （七）总计 + 四. */
public record BalanceRule(String id, Severity severity, String title, List<Term> left, List<Term> right)
        implements Rule {

    /** Copies both sides; every term must be of this year. */
    public BalanceRule {
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (!left.stream().allMatch(Term::isThisYear) || !right.stream().allMatch(Term::isThisYear)) {
            throw new IllegalArgumentException("平衡规则 " + id + " 只能引用本年数据");
        }
    }

    @Override
    public List<CellCode> cells() {
        return Terms.cellsOf(left, right);
    }
}

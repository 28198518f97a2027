package cn.nianbao.annualreport.form;

import java.util.List;

/**
 * A rule of an edition, expanded to concrete cells. Every rule comes from the form definition files;
 * no rule is written in Java.
 */
public sealed interface Rule permits SumRule, BalanceRule, ValueRule, CrossYearRule {

    /** The stable English rule id, e.g. {@code row-sum}. */
    String id();

    /** How serious a violation is. */
    Severity severity();

    /** A Chinese description naming the row or column, shown on the 校验 sheet. */
    String title();

    /** Every cell the rule reads, in order. */
    List<CellCode> cells();
}

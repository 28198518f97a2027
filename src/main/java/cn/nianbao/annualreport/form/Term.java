package cn.nianbao.annualreport.form;

import java.util.Objects;

/**
 * One addend of a balance: a cell, its sign, and the year it is taken from (0 this year, -1 last year).
 */
public record Term(CellCode code, int sign, int yearOffset) {

    /** Checks the sign and the year. */
    public Term {
        Objects.requireNonNull(code, "code");
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("符号只能是 +1 或 -1：" + sign);
        }
        if (yearOffset > 0) {
            throw new IllegalArgumentException("只能引用本年或以前年度：" + yearOffset);
        }
    }

    /** A term of this year with a plus sign. */
    public static Term of(CellCode code) {
        return new Term(code, 1, 0);
    }

    /** Whether the term is taken from this year's report. */
    public boolean isThisYear() {
        return yearOffset == 0;
    }
}

package cn.nianbao.annualreport.workbook;

import java.util.Objects;

/**
 * One non-empty cell of a workbook as stored in the file, before any interpretation.
 *
 * @param type    what the file says the value is
 * @param text    the stored value as text: a number as written in the file ({@code 12}, {@code 2.5},
 *                {@code 1.0E-3}), a string as typed, {@code TRUE}/{@code FALSE}, or an error such as {@code #REF!};
 *                for a formula cell, its cached result (never to be trusted for totals)
 * @param formula the formula without the leading {@code =}, or empty when the cell holds a constant
 */
public record RawCell(Type type, String text, String formula) {

    /** What a stored value is. */
    public enum Type {
        NUMBER,
        TEXT,
        BOOLEAN,
        ERROR
    }

    /** Checks the fields. */
    public RawCell {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(formula, "formula");
    }

    /** Whether the cell holds a formula. */
    public boolean isFormula() {
        return !formula.isEmpty();
    }
}

package cn.nianbao.annualreport.workbook;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.form.PrintedValue;

/**
 * One non-empty cell of a workbook: what the file stores (its type, its text, its formula) and, from them, the cell
 * as read ({@link #reading()}), the same value type every reader gives.
 *
 * @param type    what the file says the value is
 * @param text    the stored value as text: a number as written in the file ({@code 12}, {@code 2.5},
 *                {@code 1.0E-3}), a string as typed, {@code TRUE}/{@code FALSE}, or an error such as {@code #REF!};
 *                for a formula cell, its cached result (never to be trusted for totals)
 * @param formula the formula without the leading {@code =}, or empty when the cell holds a constant
 */
public record RawCell(Type type, String text, String formula) {

    /** The longest text a number cell may store and still be read as a figure. */
    private static final int LONGEST_NUMBER = 40;
    /** The largest exponent, either way, a figure may have. */
    private static final int LARGEST_SCALE = 20;

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

    /**
     * The cell as read: a stored number is its figure when a table can hold it ({@link PrintedValue.Form#NUMBER}),
     * else text that is no number; stored text reads as printed text does ({@code １２}, {@code /}, {@code 12件});
     * a boolean or an error is text that is no number. The text is the stored one in every case.
     */
    public PrintedValue reading() {
        switch (type) {
            case NUMBER: {
                Optional<BigDecimal> number = number(text);
                return new PrintedValue(text, number.isPresent() ? PrintedValue.Form.NUMBER
                        : PrintedValue.Form.UNREADABLE, number);
            }
            case TEXT:
                return PrintedValue.read(text);
            default:
                return new PrintedValue(text, PrintedValue.Form.UNREADABLE, Optional.empty());
        }
    }

    /**
     * The number a number cell stores, when it is one a table can hold: at most {@value #LONGEST_NUMBER} characters
     * and an exponent within ±{@value #LARGEST_SCALE} (a figure never needs more; {@code 1E10000000} or a million
     * digits would make every sum run for minutes). Anything else (NaN, text, such giants) is not a number.
     */
    private static Optional<BigDecimal> number(String text) {
        String plain = text.strip();
        if (plain.length() > LONGEST_NUMBER) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(plain);
            return Math.abs(number.scale()) <= LARGEST_SCALE ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

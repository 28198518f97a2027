package cn.nianbao.annualreport.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table cell of a published report says: the text as printed and, where it can be read, its number.
 * The forms of cell-codes.md ("What a cell can hold") are read here, in one place:
 * {@code 12}, {@code １２}, {@code 12件}, blank, {@code /}, {@code —}, {@code 无}, {@code 22（其中修订16件）},
 * {@code 增128}, {@code 減6}, {@code +1036}, {@code 679.7萬元}, {@code 251000元}.
 *
 * @param printed the text exactly as printed
 * @param form    how the text reads
 * @param value   the number, for {@link Form#NUMBER}, {@link Form#NUMBER_WITH_NOTE} and {@link Form#AMOUNT_IN_YUAN}
 */
public record PrintedValue(String printed, Form form, Optional<BigDecimal> value) {

    /** How a printed cell reads. */
    public enum Form {
        /** A plain number, possibly with full-width digits, a sign, 增/减 or a trailing 件 or 万元. */
        NUMBER,
        /** A number followed by a note, e.g. 22（其中修订16件）. */
        NUMBER_WITH_NOTE,
        /** An amount printed in 元; {@code value} is converted to 万元 and a finding must say so. */
        AMOUNT_IN_YUAN,
        /** Nothing printed. */
        BLANK,
        /** A not-applicable marker: /, -, —, 无, 不适用. */
        NOT_APPLICABLE,
        /** Text that is not a number. */
        UNREADABLE
    }

    /** White space, except between two digits: "12 13" is two numbers, never 1213. */
    private static final Pattern SPACE = Pattern.compile(
            "(?<!\\d)[\\s\\u00a0\\u3000]+|[\\s\\u00a0\\u3000]+(?!\\d)");
    private static final RememberedTexts<PrintedValue> REMEMBERED = new RememberedTexts<>(PrintedValue::parse);
    /** No figure of these tables is printed with more digits; longer "numbers" are text, read at once. */
    private static final int LONGEST_NUMBER = 40;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern NUMBER = Pattern.compile(
            "^(增|減|减|\\+|-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(.*)$");
    private static final Pattern MARKER = Pattern.compile("^(/|-+|—+|–+|无|無|不适用|不適用)$");
    private static final Pattern UNIT = Pattern.compile("^(件|个|個|项|項|万元|萬元)?$");
    private static final Pattern NOTE = Pattern.compile("^[（(].*[)）]$");

    /** Checks the parts. */
    public PrintedValue {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(value, "value");
    }

    /** Reads a printed cell. */
    public static PrintedValue read(String printed) {
        return REMEMBERED.of(printed);
    }

    private static PrintedValue parse(String printed) {
        String text = SPACE.matcher(halfWidth(printed)).replaceAll("");
        if (text.isEmpty()) {
            return new PrintedValue(printed, Form.BLANK, Optional.empty());
        }
        if (MARKER.matcher(text).matches()) {
            return new PrintedValue(printed, Form.NOT_APPLICABLE, Optional.empty());
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || m.group(2).length() + (m.group(3) == null ? 0 : m.group(3).length()) > LONGEST_NUMBER) {
            return new PrintedValue(printed, Form.UNREADABLE, Optional.empty());
        }
        BigDecimal number = new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
        String sign = m.group(1) == null ? "" : m.group(1);
        if (sign.equals("-") || sign.equals("减") || sign.equals("減")) {
            number = number.negate();
        }
        String rest = m.group(4);
        if (UNIT.matcher(rest).matches()) {
            return new PrintedValue(printed, Form.NUMBER, Optional.of(number));
        }
        if (rest.equals("元")) {
            BigDecimal tenThousands = number.divide(TEN_THOUSAND, number.scale() + 4, RoundingMode.UNNECESSARY)
                    .stripTrailingZeros();
            return new PrintedValue(printed, Form.AMOUNT_IN_YUAN, Optional.of(tenThousands.scale() < 0
                    ? tenThousands.setScale(0) : tenThousands));
        }
        if (NOTE.matcher(rest).matches()) {
            return new PrintedValue(printed, Form.NUMBER_WITH_NOTE, Optional.of(number));
        }
        return new PrintedValue(printed, Form.UNREADABLE, Optional.empty());
    }

    /** Whether the printed text is just the plain number, so that nothing but the number needs keeping. */
    public boolean isPlainNumber() {
        return form == Form.NUMBER && value.map(v -> v.toPlainString().equals(printed.strip())).orElse(false);
    }

    /** Full-width digits, signs and punctuation to their ASCII forms. */
    public static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(ch -> {
            if (ch >= 0xFF10 && ch <= 0xFF19 || ch == 0xFF0B || ch == 0xFF0D || ch == 0xFF0E || ch == 0xFF0C
                    || ch == 0xFF0F) {
                out.appendCodePoint(ch - 0xFEE0);
            } else {
                out.appendCodePoint(ch);
            }
        });
        return out.toString();
    }
}

package cn.nianbao.annualreport.check;

import java.util.regex.Pattern;

/**
 * Text as every CSV that nianbao writes holds it (check reports, exports, codebooks): a text that a spreadsheet
 * would run as a formula ({@code =cmd|…}, {@code +1+1}, {@code @SUM(…)}, or one starting with a tab or carriage
 * return) gets a leading apostrophe; a number, negative ones included, is left exactly as it is.
 */
public final class CsvText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private CsvText() {
    }

    /** The text, made safe to open in a spreadsheet. */
    public static String safe(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}

package cn.nianbao.annualreport.form;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report is for, as every layer knows it: read from a title, entered on a workbook's cover, given on the
 * command line or kept in JSON. Written as its four digits.
 *
 * @param value the year, e.g. 2024
 */
public record ReportYear(int value) implements Comparable<ReportYear> {

    /** A year as a cell may hold it: four digits, as a number a spreadsheet may store with a fraction of zeros. */
    private static final Pattern ENTERED = Pattern.compile("(\\d{4})(\\.0+)?");

    /** Checks that it is a year of four digits. */
    public ReportYear {
        if (value < 1000 || value > 9999) {
            throw new IllegalArgumentException("年度应为四位数：" + value);
        }
    }

    /** The year a cell's text names ({@code 2024}, {@code 2024.0}), if it names one. */
    public static Optional<ReportYear> entered(String text) {
        Matcher year = ENTERED.matcher(text.strip());
        return year.matches() ? Optional.of(new ReportYear(Integer.parseInt(year.group(1)))) : Optional.empty();
    }

    /** The year before. */
    public ReportYear previous() {
        return new ReportYear(value - 1);
    }

    @Override
    public int compareTo(ReportYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}

package cn.nianbao.annualreport.extract;

import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.form.PrintedValue;

/**
 * One cell of a table as it arrives in text, with where it stands in the source for findings.
 *
 * @param text  the text as printed, separators removed; empty for an empty position of the table
 * @param place where the cell's line stands in the source, e.g. {@code 第 12 行}
 */
record TextCell(String text, Location place) {

    /** A cell judged by its text alone, where no place is needed. */
    static TextCell unplaced(String text) {
        return new TextCell(text, new Location.Part(""));
    }

    /** The printed value, if the cell holds one. */
    PrintedValue value() {
        return PrintedValue.read(text);
    }

    /** Whether the cell holds a figure or a not-applicable marker rather than a label. */
    boolean isValue() {
        PrintedValue.Form form = value().form();
        return form != PrintedValue.Form.UNREADABLE && form != PrintedValue.Form.BLANK;
    }

    /** Whether nothing is printed in the cell (white space of any width only). */
    boolean isBlank() {
        return value().form() == PrintedValue.Form.BLANK;
    }
}

package cn.nianbao.annualreport.extract;

/**
 * One cell of a table as it arrives in plain text, with the line it stands on (1-based) for findings.
 *
 * @param text the text as printed, separators removed
 * @param line the line number in the input
 */
record TextCell(String text, int line) {

    /** The printed value, if the cell holds one. */
    PrintedValue value() {
        return PrintedValue.read(text);
    }

    /** Whether the cell holds a figure or a not-applicable marker rather than a label. */
    boolean isValue() {
        PrintedValue.Form form = value().form();
        return form != PrintedValue.Form.UNREADABLE && form != PrintedValue.Form.BLANK;
    }
}

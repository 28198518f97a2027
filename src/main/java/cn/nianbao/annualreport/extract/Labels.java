package cn.nianbao.annualreport.extract;

/** When printed label text names a row label of the form (both normalised by {@link LabelText}). */
final class Labels {

    /** A label cut short (结果, 本年增/) still matches when at least this long. */
    private static final int SHORTEST_CUT = 4;
    /** How much of a higher-level label (三、本年度办理结果, （六）其他处理) may stand before the row's own. */
    private static final int LONGEST_PREFIX = 12;

    private Labels() {
    }

    static boolean match(String text, String label) {
        return text.equals(label)
                || text.endsWith(label) && text.length() - label.length() <= LONGEST_PREFIX
                || text.length() >= SHORTEST_CUT && label.startsWith(text);
    }
}

package cn.nianbao.annualreport.extract;

import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.TableDef;

/** When printed label text names a row label of the form (both normalised by {@link LabelText}). */
final class Labels {

    /** A label cut short (结果, 本年增/) still matches when at least this long. */
    private static final int SHORTEST_CUT = 4;
    /** How much of a higher-level label (三、本年度办理结果, （六）其他处理) may stand before the row's own. */
    private static final int LONGEST_PREFIX = 12;
    /** A label with one character misread (OCR: 属于国家秘蜜) still matches when at least this long. */
    private static final int SHORTEST_MISREAD = 6;

    private Labels() {
    }

    /** The normalised names a row goes by: its own last label level and the variants seen in published reports. */
    static List<String> names(TableDef table, RowDef row, LabelVariants variants) {
        return Stream.concat(Stream.of(row.label().get(row.label().size() - 1)),
                variants.of(table, row.code()).stream())
                .map(LabelText::normalise).toList();
    }

    /** The codes of a side-by-side block in printed order: each row's columns, row after row. */
    static List<CellCode> sideBySide(TableDef table, Block block) {
        return block.rows().stream().flatMap(r -> block.columns().stream()
                .map(c -> new CellCode(table.code(), r.code(), c.code()))).toList();
    }

    /** The codes of a grid row in column order. */
    static List<CellCode> rowCodes(TableDef table, Block block, RowDef row) {
        return block.columns().stream().map(c -> new CellCode(table.code(), row.code(), c.code())).toList();
    }

    static boolean match(String text, String label) {
        return text.equals(label)
                || text.endsWith(label) && text.length() - label.length() <= LONGEST_PREFIX
                || text.length() >= SHORTEST_CUT && label.startsWith(text)
                || isMisread(text, label);
    }

    /**
     * Whether the text ends with the label but for one character (OCR misreads a character, rarely two), with at most
     * a higher-level label before it. Short labels (规章, 行政许可) are too alike for this.
     */
    static boolean isMisread(String text, String label) {
        int prefix = text.length() - label.length();
        if (label.length() < SHORTEST_MISREAD || prefix < 0 || prefix > LONGEST_PREFIX) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < label.length() && differing < 2; i++) {
            if (text.charAt(prefix + i) != label.charAt(i)) {
                differing++;
            }
        }
        return differing == 1;
    }
}

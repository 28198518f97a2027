package cn.nianbao.annualreport.workbook;

/** How wide a text is on a sheet, for sizing columns and rows. */
public final class TextWidth {

    private TextWidth() {
    }

    /** Width in character cells: a Chinese character takes two. */
    public static int of(String text) {
        return text.codePoints().map(ch -> ch < 0x2E80 ? 1 : 2).sum();
    }
}

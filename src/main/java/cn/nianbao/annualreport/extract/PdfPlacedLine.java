package cn.nianbao.annualreport.extract;

/**
 * A line of a PDF page's text as it will be written, and where it stands, for putting the lines of a page in order.
 *
 * @param top  how far down the page the line stands
 * @param text the text, table cells separated by tabs
 */
record PdfPlacedLine(float top, String text) {
}

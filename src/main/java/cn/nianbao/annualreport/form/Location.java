package cn.nianbao.annualreport.form;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a finding stands: a cell of a workbook ({@link CellRef}), or a place in a published report's source (a
 * line of text, a page, a table's row, a paragraph, the text around a table, a row of a pasted sheet, a numbered part
 * of the narrative). The report, the annotator and the web page take it as it is; it is written out in Chinese by
 * {@link #toString()} (as reports and JSON keep it, and {@link #parse(String)} reads back) and in either language
 * by {@link #describe(Locale)}.
 */
public sealed interface Location permits CellRef, Location.Line, Location.Page, Location.TableRow,
        Location.Paragraph, Location.TextAfterTable, Location.PageTitle, Location.SheetRow, Location.Part {

    /** The place in the given language (a cell's address is the same in both). */
    String describe(Locale locale);

    /** Whether English is asked for. */
    static boolean english(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /**
     * A line of a plain-text report, counted from 1.
     *
     * @param line the line
     */
    record Line(int line) implements Location {
        @Override
        public String describe(Locale locale) {
            return english(locale) ? "line " + line : toString();
        }

        @Override
        public String toString() {
            return "第 " + line + " 行";
        }
    }

    /**
     * A page of a PDF, counted from 1.
     *
     * @param page the page
     */
    record Page(int page) implements Location {
        @Override
        public String describe(Locale locale) {
            return english(locale) ? "page " + page : toString();
        }

        @Override
        public String toString() {
            return "第 " + page + " 页";
        }
    }

    /**
     * A row of a table in a web page or a Word document, both counted from 1.
     *
     * @param table the table
     * @param row   the row of that table
     */
    record TableRow(int table, int row) implements Location {
        @Override
        public String describe(Locale locale) {
            return english(locale) ? "table " + table + ", row " + row : toString();
        }

        @Override
        public String toString() {
            return "第 " + table + " 个表格第 " + row + " 行";
        }
    }

    /**
     * A paragraph of a Word document, counted from 1.
     *
     * @param paragraph the paragraph
     */
    record Paragraph(int paragraph) implements Location {
        @Override
        public String describe(Locale locale) {
            return english(locale) ? "paragraph " + paragraph : toString();
        }

        @Override
        public String toString() {
            return "第 " + paragraph + " 段";
        }
    }

    /**
     * The text of a web page after a table (after none: before the first).
     *
     * @param table the table the text follows, 0 for the text before the first
     */
    record TextAfterTable(int table) implements Location {
        @Override
        public String describe(Locale locale) {
            if (english(locale)) {
                return table == 0 ? "text before table 1" : "text after table " + table;
            }
            return toString();
        }

        @Override
        public String toString() {
            return table == 0 ? "第 1 个表格之前的正文" : "第 " + table + " 个表格之后的正文";
        }
    }

    /** The title of a web page (its {@code <title>}). */
    record PageTitle() implements Location {
        @Override
        public String describe(Locale locale) {
            return english(locale) ? "page title" : toString();
        }

        @Override
        public String toString() {
            return "网页标题";
        }
    }

    /**
     * A row of a report's tables pasted into a sheet of a foreign workbook.
     *
     * @param sheet the sheet's name
     * @param row   the row, counted from 1
     */
    record SheetRow(String sheet, int row) implements Location {
        @Override
        public String describe(Locale locale) {
            return english(locale) ? "sheet \"" + sheet + "\", row " + row : toString();
        }

        @Override
        public String toString() {
            return "工作表“" + sheet + "”第 " + row + " 行";
        }
    }

    /**
     * A numbered part of a report's narrative, by its heading as printed (data, the same in both languages).
     *
     * @param heading the heading, e.g. 一、总体情况
     */
    record Part(String heading) implements Location {
        @Override
        public String describe(Locale locale) {
            return heading;
        }

        @Override
        public String toString() {
            return heading;
        }
    }

    /** The patterns {@link #toString()} writes, each with the place it reads back to. */
    Pattern LINE = Pattern.compile("第 (\\d{1,9}) 行");
    Pattern PAGE = Pattern.compile("第 (\\d{1,9}) 页");
    Pattern TABLE_ROW = Pattern.compile("第 (\\d{1,9}) 个表格第 (\\d{1,9}) 行");
    Pattern PARAGRAPH = Pattern.compile("第 (\\d{1,9}) 段");
    Pattern AFTER_TABLE = Pattern.compile("第 (\\d{1,9}) 个表格之后的正文");
    Pattern SHEET_ROW = Pattern.compile("工作表“(.*)”第 (\\d{1,9}) 行");

    /**
     * Reads a place back from what {@link #toString()} wrote (as a JSON nianbao wrote keeps it); any other text is a
     * part of the narrative, by its heading.
     */
    static Location parse(String text) {
        Optional<CellRef> cell = CellRef.parse(text);
        if (cell.isPresent()) {
            return cell.get();
        }
        Matcher m;
        if ((m = LINE.matcher(text)).matches()) {
            return new Line(Integer.parseInt(m.group(1)));
        } else if ((m = PAGE.matcher(text)).matches()) {
            return new Page(Integer.parseInt(m.group(1)));
        } else if ((m = TABLE_ROW.matcher(text)).matches()) {
            return new TableRow(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = PARAGRAPH.matcher(text)).matches()) {
            return new Paragraph(Integer.parseInt(m.group(1)));
        } else if ((m = AFTER_TABLE.matcher(text)).matches()) {
            return new TextAfterTable(Integer.parseInt(m.group(1)));
        } else if (text.equals(new TextAfterTable(0).toString())) {
            return new TextAfterTable(0);
        } else if (text.equals(new PageTitle().toString())) {
            return new PageTitle();
        } else if ((m = SHEET_ROW.matcher(text)).matches()) {
            return new SheetRow(m.group(1), Integer.parseInt(m.group(2)));
        }
        return new Part(text);
    }
}

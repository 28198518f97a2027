package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * A Word 97–2003 (.doc) report as lines of text, as {@link DocxReport} reads a .docx: paragraphs one per line, and
 * each table row as one line of tab-separated cells on the table's grid. A .doc file has no table grid of its own:
 * each row lists its cells' edges, so the grid is made of every edge the table's rows use, and a cell wider than one
 * column (a horizontal merge) leaves the positions it covers empty. A cell continuing a vertical merge, or an old-style
 * horizontal merge, is empty, so that every figure keeps its column. A table holding another table only frames the
 * report: its paragraphs are read as body text, the tables inside it as tables.
 */
final class DocReport {

    /**
     * Cell edges closer than this (in twips, 1/1440 inch: 30 is about half a millimetre) are one grid line: the edges
     * of rows drawn by hand rarely meet exactly, and no column is this narrow.
     */
    static final int SAME_LINE = 30;

    private DocReport() {
    }

    /** The text of the Word 97–2003 document in an OLE2 file's root directory. */
    static ReportText read(DirectoryNode root) throws IOException {
        try {
            return read(new HWPFDocument(root));
        } catch (BudgetExceeded e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(e);
        } catch (OldWordFileFormatException e) {
            throw new ReadRefusal(Reason.of("word.old"), e);
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    /** Why a Word file protected by a password is not read. */
    static IOException encrypted(Exception cause) {
        return new ReadRefusal(Reason.of("word.encrypted"), cause);
    }

    /** Why a .doc file that cannot be parsed is not read. */
    static IOException damaged(Exception cause) {
        return new ReadRefusal(Reason.of("word.doc-damaged"), cause);
    }

    private static ReportText read(HWPFDocument document) {
        Range range = document.getRange();
        List<String> lines = new ArrayList<>();
        List<Location> places = new ArrayList<>();
        Map<Integer, Integer> layoutEnds = new HashMap<>();
        int paragraphs = 0;
        int tables = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            FileBudget.checkpoint();
            Paragraph paragraph = range.getParagraph(i);
            int level = paragraph.getTableLevel();
            if (paragraph.isInTable() && layoutEnds.getOrDefault(level, -1) <= i) {
                Table table = range.getTable(paragraph);
                if (holdsTable(table, level)) {
                    layoutEnds.put(level, i + table.numParagraphs());
                } else {
                    tables++;
                    List<List<String>> rows = grid(boxes(table));
                    for (int r = 0; r < rows.size(); r++) {
                        lines.add(String.join("\t", rows.get(r)));
                        places.add(new Location.TableRow(tables, r + 1));
                    }
                    i += Math.max(0, table.numParagraphs() - 1);
                    continue;
                }
            }
            Location place = new Location.Paragraph(++paragraphs);
            String text = text(paragraph.text());
            (text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).lines().forEach(line -> {
                lines.add(line);
                places.add(place);
            });
        }
        return new ReportText(lines, places, true);
    }

    /**
     * Whether a table holds another table: then it only frames the report (a one-cell border around the whole text),
     * its own paragraphs are read as body text and the tables inside it as tables.
     */
    private static boolean holdsTable(Table table, int level) {
        for (int j = 0; j < table.numParagraphs(); j++) {
            if (table.getParagraph(j).getTableLevel() > level) {
                return true;
            }
        }
        return false;
    }

    /** The cells of each row of a table with their edges and text; merged-away cells have no text. */
    private static List<List<Box>> boxes(Table table) {
        List<List<Box>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            FileBudget.checkpoint();
            TableRow row = table.getRow(r);
            List<Box> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        || cell.isMerged() && !cell.isFirstMerged();
                String text = continued ? ""
                        : text(cell.text()).replace('\t', ' ').strip().replaceAll("\\s*\\n\\s*", "");
                cells.add(new Box(cell.getLeftEdge(), cell.getLeftEdge() + cell.getWidth(), text));
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * A table's rows on its grid: each cell's text at the grid column where its left edge stands, and the positions up
     * to its right edge empty. A cell that starts where the previous one has not ended yet (edges out of order in a
     * damaged table) takes the next position, so that no text is lost or overwritten.
     */
    static List<List<String>> grid(List<List<Box>> rows) {
        int[] lines = gridLines(rows);
        List<List<String>> grid = new ArrayList<>();
        for (List<Box> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Box box : row) {
                int first = Math.max(line(lines, box.left()), cells.size());
                int last = Math.max(line(lines, box.right()), first + 1);
                while (cells.size() < first) {
                    cells.add("");
                }
                cells.add(box.text());
                while (cells.size() < last) {
                    cells.add("");
                }
            }
            grid.add(cells);
        }
        return grid;
    }

    /** The grid lines of a table: its cells' edges, those within {@link #SAME_LINE} of the first of a run as one. */
    private static int[] gridLines(List<List<Box>> rows) {
        TreeSet<Integer> edges = new TreeSet<>();
        rows.forEach(row -> row.forEach(box -> {
            edges.add(box.left());
            edges.add(box.right());
        }));
        List<Integer> lines = new ArrayList<>();
        for (int edge : edges) {
            if (lines.isEmpty() || edge - lines.get(lines.size() - 1) > SAME_LINE) {
                lines.add(edge);
            }
        }
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the grid line an edge stands on: the last line at or before it. */
    private static int line(int[] lines, int edge) {
        int found = Arrays.binarySearch(lines, edge);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    /**
     * A paragraph's or cell's text as read: field codes dropped (their results kept), line and page breaks and
     * paragraph ends as line breaks, Word's non-breaking hyphen as a hyphen, other control marks removed.
     */
    static String text(String raw) {
        String text = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\r' || ch == '\u000b' || ch == '\u000c') {
                out.append('\n');
            } else if (ch == '\u001e') {
                out.append('-');
            } else if (ch >= ' ' || ch == '\t' || ch == '\n') {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * One cell of a row as a .doc file describes it.
     *
     * @param left  its left edge, in twips from the table's reference position
     * @param right its right edge
     * @param text  what it shows; empty for a cell that continues a merge
     */
    record Box(int left, int right, String text) {
    }
}

package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.Location;

/**
 * A report as lines of text, tables as tab-separated rows where the source has a table structure, with where each
 * line stands in the source, so that a finding can send the reader there.
 *
 * @param lines  the lines of text
 * @param places     for each line, where it stands in the source: {@code 第 12 行}, {@code 第 3 页},
 *                   {@code 工作表“Sheet1”第 5 行}
 * @param exactCells whether every tab-separated line is a row of true table cells on the table's grid, an empty cell
 *                   an empty position (HTML and Word tables on their grid, PDF tables as nianbao reads them,
 *                   Markdown tables, workbooks), rather than text whose
 *                   tabs a copy from a PDF viewer put in, with empty and spurious cells of its own
 * @param findings   what reading the source found about its text, such as bytes that could not be decoded
 */
public record ReportText(List<String> lines, List<Location> places, boolean exactCells, List<Finding> findings) {

    /** Copies the lists and checks that every line has its place. */
    public ReportText {
        lines = List.copyOf(lines);
        places = List.copyOf(places);
        findings = List.copyOf(findings);
        if (lines.size() != places.size()) {
            throw new IllegalArgumentException("行数 " + lines.size() + " 与位置数 " + places.size() + " 不一致");
        }
    }

    /** Lines with nothing found about their text. */
    public ReportText(List<String> lines, List<Location> places, boolean exactCells) {
        this(lines, places, exactCells, List.of());
    }

    /** Lines whose tab-separated cells are not known to be exact. */
    public ReportText(List<String> lines, List<Location> places) {
        this(lines, places, false);
    }

    /** Lines that are the source's own lines: each is placed by its line number. */
    static ReportText numbered(List<String> lines) {
        return new ReportText(lines, IntStream.rangeClosed(1, lines.size()).<Location>mapToObj(Location.Line::new)
                .toList());
    }

    /** The same text with one more finding about it. */
    public ReportText with(Finding finding) {
        List<Finding> more = new ArrayList<>(findings);
        more.add(finding);
        return new ReportText(lines, places, exactCells, more);
    }

    /** Where line {@code index} (0-based) stands. */
    Location place(int index) {
        return places.get(index);
    }
}

package cn.nianbao.annualreport.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.nianbao.annualreport.form.CellCode;
import org.apache.poi.ss.util.CellRangeAddress;

/** Covers a set of data cells of one sheet with as few rectangles as rows and neighbours allow. */
final class Ranges {

    private Ranges() {
    }

    /** The rectangles covering exactly those of {@code codes} that stand in {@code cells}. */
    static List<CellRangeAddress> covering(List<CellCode> codes, Map<CellCode, Span> cells) {
        List<Span> spans = codes.stream().map(cells::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Span::firstRow).thenComparingInt(Span::firstColumn)).toList();
        List<CellRangeAddress> runs = new ArrayList<>();
        for (Span s : spans) {
            CellRangeAddress last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.getFirstRow() == s.firstRow() && last.getLastColumn() + 1 == s.firstColumn()) {
                last.setLastColumn(s.lastColumn());
            } else {
                runs.add(new CellRangeAddress(s.firstRow(), s.lastRow(), s.firstColumn(), s.lastColumn()));
            }
        }
        List<CellRangeAddress> merged = new ArrayList<>();
        for (CellRangeAddress run : runs) {
            CellRangeAddress above = merged.stream().filter(m -> m.getLastRow() + 1 == run.getFirstRow()
                    && m.getFirstColumn() == run.getFirstColumn() && m.getLastColumn() == run.getLastColumn())
                    .findFirst().orElse(null);
            if (above != null) {
                above.setLastRow(run.getLastRow());
            } else {
                merged.add(run);
            }
        }
        return merged;
    }
}

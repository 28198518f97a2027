package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import cn.nianbao.annualreport.form.BlockLayout;
import cn.nianbao.annualreport.form.TableDef;

/**
 * Figures that drifted away from their labels in true table cells (Markdown from OCR): a row holding only a label
 * whose figures come in the next row, or labels printed as lines of text before the table rows holding their figures.
 * A run of bare labels (rows holding a row label and nothing after it) is joined, in order, with the run of label-less
 * figure rows that follows it, when both runs are equally long. Rows without figures (headers, headings, text) may
 * stand between them. When the runs differ in length nothing is joined: the labels stay bare and are reported as
 * they stand, so that no figure lands in another row.
 */
final class DriftedFigures {

    private enum Kind { BARE_LABEL, LABEL_WITH_CELLS, FIGURES, OTHER }

    private final List<String> names;

    /** Drift among the rows of the table's row-by-row blocks, known by their names and variants. */
    DriftedFigures(TableDef table, LabelVariants variants) {
        this.names = table.blocks().stream().filter(b -> b.layout() != BlockLayout.SIDE_BY_SIDE)
                .flatMap(b -> b.rows().stream()).flatMap(r -> Labels.names(table, r, variants).stream()).toList();
    }

    /** The rows with each drifted figure row joined to its label's row (and dropped from where it stood). */
    List<List<TextCell>> rejoined(List<List<TextCell>> rows) {
        List<Kind> kinds = rows.stream().map(this::kind).toList();
        List<List<TextCell>> joined = new ArrayList<>(rows);
        List<Integer> consumed = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (kinds.get(i) != Kind.BARE_LABEL) {
                i++;
                continue;
            }
            List<Integer> labels = new ArrayList<>();
            int j = i;
            for (; j < rows.size() && (kinds.get(j) == Kind.BARE_LABEL || kinds.get(j) == Kind.OTHER); j++) {
                if (kinds.get(j) == Kind.BARE_LABEL) {
                    labels.add(j);
                }
            }
            List<Integer> figures = new ArrayList<>();
            for (; j < rows.size() && (kinds.get(j) == Kind.FIGURES || kinds.get(j) == Kind.OTHER); j++) {
                if (kinds.get(j) == Kind.FIGURES) {
                    figures.add(j);
                }
            }
            if (labels.size() == figures.size()) {
                for (int k = 0; k < labels.size(); k++) {
                    int label = labels.get(k);
                    joined.set(label, join(rows.get(label), labelEnd(rows.get(label)).orElseThrow(),
                            rows.get(figures.get(k))));
                }
                consumed.addAll(figures);
            }
            i = Math.max(j, i + 1);
        }
        List<List<TextCell>> kept = new ArrayList<>();
        for (int k = 0; k < joined.size(); k++) {
            if (!consumed.contains(k)) {
                kept.add(joined.get(k));
            }
        }
        return kept;
    }

    /**
     * The label's row with the figures' row: laid over it cell by cell when both are rows of the same table (as many
     * cells, the figures' row empty under the label), else the figures' cells after the label.
     */
    private static List<TextCell> join(List<TextCell> label, int end, List<TextCell> figures) {
        List<TextCell> row = new ArrayList<>();
        boolean sameTable = label.size() == figures.size();
        for (int c = 0; sameTable && c < end; c++) {
            sameTable = figures.get(c).text().isBlank();
        }
        if (sameTable) {
            row.addAll(label.subList(0, end));
            row.addAll(figures.subList(end, figures.size()));
        } else {
            row.addAll(label.subList(0, end));
            row.addAll(figures);
        }
        return row;
    }

    private Kind kind(List<TextCell> row) {
        OptionalInt end = labelEnd(row);
        if (end.isPresent()) {
            boolean bare = row.subList(end.getAsInt(), row.size()).stream().allMatch(c -> c.text().isBlank());
            return bare ? Kind.BARE_LABEL : Kind.LABEL_WITH_CELLS;
        }
        boolean figures = row.stream().anyMatch(TextCell::isValue)
                && row.stream().allMatch(c -> c.isValue() || c.text().isBlank());
        return figures ? Kind.FIGURES : Kind.OTHER;
    }

    /** The index just after the row's label cells, when the row starts with a row label of the table. */
    private OptionalInt labelEnd(List<TextCell> row) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < row.size(); j++) {
            if (row.get(j).isValue()) {
                break;
            }
            text.append(LabelText.normalise(row.get(j).text()));
            String candidate = text.toString();
            if (!row.get(j).text().isBlank() && names.stream().anyMatch(n -> Labels.match(candidate, n))) {
                return OptionalInt.of(j + 1);
            }
        }
        return OptionalInt.empty();
    }
}

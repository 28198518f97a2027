package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.ColumnDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.TableDef;
import cn.nianbao.annualreport.limits.FileBudget;

/**
 * Where each table of an edition stands in a report's text, found by what it contains and, as a second signal, by
 * its heading.
 *
 * <p>A table's <em>signature</em> is a cluster of labels that belong to it alone in the form definition (captions,
 * corner texts, column headers, row labels and their known variants): at least {@value #SIGNATURE} different ones
 * within {@value #WINDOW} lines. Its <em>heading</em> is its title matched with tolerance: other numbering (三、,
 * （三）, 3., 表3), a bracketed suffix (（有关情况附表）), a trailing 表, a typo or two, or the title's first words left
 * out. The table starts after the last heading that stands before its signature, or at the signature when no heading
 * does, or after its heading when no signature is found; it ends where the next table found starts. Tables are
 * looked for in the form's order, each after the one before.
 */
final class TableLocator {

    /** How many different labels of a table make its signature. */
    static final int SIGNATURE = 3;
    /** Within how many lines (or cells, one per line) those labels must stand. */
    static final int WINDOW = 10;
    /** Headings of this length or more may differ from the title by two edits, shorter ones by one. */
    private static final int LONG_HEADING = 12;
    /** A heading that leaves out the title's first words must keep at least this many characters of it. */
    private static final int SHORTEST_HEADING = 8;
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:附?表)?(?:第[一二三四五六七八九十\\d]+部分|\\(?[一二三四五六七八九十\\d]+\\)?)[、.,:]?");
    private static final Pattern SUFFIX = Pattern.compile("(?:\\([^()]*\\)|(?:统计)?附?表|[:,.])+$");

    private final List<TableDef> tables;
    private final List<Set<String>> marks;
    private final List<String> headings;

    /** Where the tables of {@code form} stand, knowing the label variants. */
    TableLocator(FormDefinition form, LabelVariants variants) {
        this.tables = form.tables();
        List<Set<String>> all = tables.stream().map(t -> labels(t, variants)).toList();
        List<Set<String>> unique = new ArrayList<>();
        for (int t = 0; t < all.size(); t++) {
            Set<String> own = new LinkedHashSet<>(all.get(t));
            for (int other = 0; other < all.size(); other++) {
                if (other != t) {
                    own.removeAll(all.get(other));
                }
            }
            unique.add(own);
        }
        this.marks = List.copyOf(unique);
        this.headings = tables.stream().map(t -> core(LabelText.normalise(t.title()))).toList();
    }

    /** One table's lines: from the first after its heading (or its first signature line) to the next table's. */
    record Region(int from, int to) {
    }

    /** The region of each table of the form, in order; empty for a table not found. */
    List<Optional<Region>> locate(List<List<TextCell>> lines) {
        List<List<String>> normalised = lines.stream()
                .map(l -> l.stream().map(c -> c.isValue() ? "" : LabelText.normalise(c.text())).toList()).toList();
        List<String> texts = normalised.stream().map(l -> String.join("", l)).toList();
        List<List<Set<String>>> found = normalised.stream().map(this::marksIn).toList();
        int[] starts = new int[tables.size()];
        int[] firsts = new int[tables.size()];
        int from = 0;
        for (int t = 0; t < tables.size(); t++) {
            int signature = signature(found, t, from);
            int heading = heading(texts, t, from, signature);
            starts[t] = heading >= 0 ? heading + 1 : signature;
            firsts[t] = heading >= 0 ? heading : signature;
            if (firsts[t] >= 0) {
                from = Math.max(signature, heading) + 1;
            }
        }
        List<Optional<Region>> regions = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            int end = lines.size();
            for (int next = t + 1; next < tables.size(); next++) {
                if (firsts[next] >= 0) {
                    end = firsts[next];
                    break;
                }
            }
            regions.add(firsts[t] < 0 ? Optional.empty()
                    : Optional.of(new Region(starts[t], Math.max(end, starts[t]))));
        }
        return regions;
    }

    /** For each table, the distinct texts of the line's cells (normalised, figures left out) that are its labels. */
    private List<Set<String>> marksIn(List<String> line) {
        FileBudget.checkpoint();
        List<Set<String>> byTable = new ArrayList<>();
        for (Set<String> own : marks) {
            Set<String> found = new HashSet<>();
            for (String text : line) {
                if (!text.isEmpty() && own.stream().anyMatch(m -> Labels.match(text, m))) {
                    found.add(text);
                }
            }
            byTable.add(found);
        }
        return byTable;
    }

    /** The first line from {@code from} that starts a cluster of the table's own labels, or -1. */
    private static int signature(List<List<Set<String>>> found, int table, int from) {
        for (int i = from; i < found.size(); i++) {
            if (found.get(i).get(table).isEmpty()) {
                continue;
            }
            Set<String> cluster = new HashSet<>();
            for (int j = i; j < Math.min(found.size(), i + WINDOW); j++) {
                cluster.addAll(found.get(j).get(table));
            }
            if (cluster.size() >= SIGNATURE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The table's heading: the last one from {@code from} before its signature, or the first one from {@code from}
     * when it has no signature; -1 if none.
     */
    private int heading(List<String> texts, int table, int from, int signature) {
        int found = -1;
        for (int i = from; i < (signature >= 0 ? signature : texts.size()); i++) {
            if (isHeading(texts.get(i), table)) {
                found = i;
                if (signature < 0) {
                    return found;
                }
            }
        }
        return found;
    }

    /** Whether a line's normalised text is the table's title, allowing for numbering, suffixes and typos. */
    boolean isHeading(String text, int table) {
        String title = headings.get(table);
        if (text.length() > title.length() + LONG_HEADING || text.isEmpty()) {
            return false;
        }
        String candidate = core(text);
        if (candidate.equals(title)) {
            return true;
        }
        int allowed = title.length() >= LONG_HEADING ? 2 : 1;
        return distance(candidate, title, allowed) <= allowed
                || candidate.length() >= SHORTEST_HEADING && title.endsWith(candidate);
    }

    /** A heading without its numbering and suffix. */
    private static String core(String text) {
        return SUFFIX.matcher(NUMBERING.matcher(text).replaceFirst("")).replaceFirst("");
    }

    /** The edit distance of two strings, or {@code limit + 1} once it is known to be larger than {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Every label the table prints, normalised: captions, corners, column headers, row labels and variants. */
    private static Set<String> labels(TableDef table, LabelVariants variants) {
        Set<String> labels = new LinkedHashSet<>();
        for (Block block : table.blocks()) {
            block.caption().ifPresent(labels::add);
            block.corner().ifPresent(labels::add);
            block.columns().stream().map(ColumnDef::header).flatMap(List::stream).forEach(labels::add);
            for (RowDef row : block.rows()) {
                Stream.concat(row.label().stream(), variants.of(table, row.code()).stream()).forEach(labels::add);
            }
        }
        return labels.stream().map(LabelText::normalise).filter(l -> l.length() >= 2)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

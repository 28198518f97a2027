package cn.nianbao.annualreport.merge;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.Entry;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.extract.LabelText;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * Adds up the entered figures of many units' reports into one edition. Computed totals are not added: the summary
 * workbook computes them from the added parts. A cell holding text is not added but kept as an {@link Omission};
 * an input in another edition is mapped through the {@link EditionMapping}, and what has no counterpart is kept as
 * an omission too (except a plain 0, which would add nothing anywhere).
 *
 * <pre>{@code
 * List<CheckedFile<FilledForm>> read = new BatchChecker(forms, reader).read(files, 4, (done, total) -> { });
 * Merger merger = new Merger(forms, EditionMapping.load(forms));
 * if (Merger.unmergeable(read).isEmpty() && merger.mismatch(read, Optional.empty()).isEmpty()) {
 *     Summary summary = merger.merge(read, "某某市人民政府办公室", 2025);
 * }
 * }</pre>
 */
public final class Merger {

    private final FormDefinitions forms;
    private final EditionMapping mapping;

    /** A merger for these editions, mapping with {@code mapping} when editions are mixed. */
    public Merger(FormDefinitions forms, EditionMapping mapping) {
        this.forms = Objects.requireNonNull(forms, "forms");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /** The inputs that cannot be merged: unreadable, or with no tables found in them. */
    public static List<FileResult> unmergeable(List<CheckedFile<FilledForm>> files) {
        return files.stream().filter(f -> f.filled().isEmpty()).map(CheckedFile::result).toList();
    }

    /** The year every input states, when all of them state the same one. */
    public static Optional<ReportYear> commonYear(List<CheckedFile<FilledForm>> files) {
        List<Optional<ReportYear>> years = files.stream().map(f -> f.result().year()).distinct().toList();
        return years.size() == 1 ? years.get(0) : Optional.empty();
    }

    /**
     * The inputs that do not belong with the rest: in another edition than most of them (a tie goes to the newer
     * edition), or of another year than {@code year} (when asked for) or than most of them (a tie goes to the later
     * year). An input that states no year is odd unless none does.
     */
    public Optional<Mismatch> mismatch(List<CheckedFile<FilledForm>> files, Optional<ReportYear> year) {
        List<FileResult> results = files.stream().map(CheckedFile::result).toList();
        String edition = majority(results.stream().map(r -> r.edition().orElse("?")).toList(),
                Comparator.comparingInt(this::newness));
        List<ReportYear> stated = results.stream().map(FileResult::year).flatMap(Optional::stream).toList();
        Optional<ReportYear> expectedYear = year.isPresent() || stated.isEmpty() ? year
                : Optional.of(majority(stated, Comparator.naturalOrder()));
        List<FileResult> odd = results.stream()
                .filter(r -> !r.edition().orElse("?").equals(edition) || !r.year().equals(expectedYear))
                .toList();
        return odd.isEmpty() ? Optional.empty() : Optional.of(new Mismatch(edition, expectedYear, odd));
    }

    /** Higher for a newer edition; lowest for an unknown one. */
    private int newness(String edition) {
        int index = forms.codes().indexOf(edition);
        return index < 0 ? Integer.MIN_VALUE : -index;
    }

    /** The most frequent value; among equally frequent ones, the greatest by {@code order}. */
    private static <T> T majority(List<T> values, Comparator<T> order) {
        Map<T, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<T, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(order))).orElseThrow().getKey();
    }

    /**
     * The edition a summary of these inputs is in: theirs when they share one, otherwise the edition the mapping
     * leads to.
     *
     * @throws IllegalArgumentException when the inputs are in editions the mapping does not join
     */
    public FormDefinition edition(List<CheckedFile<FilledForm>> files) {
        List<String> editions = files.stream().map(f -> form(f).edition()).distinct().toList();
        if (editions.size() == 1) {
            return forms.edition(editions.get(0)).orElseThrow();
        }
        for (String edition : editions) {
            if (!edition.equals(mapping.to().edition()) && !edition.equals(mapping.from().edition())) {
                throw new IllegalArgumentException("版本对应表只把 " + mapping.from().edition() + " 版对应到 "
                        + mapping.to().edition() + " 版，无法合并 " + edition + " 版的输入");
            }
        }
        return mapping.to();
    }

    /**
     * Adds up the inputs.
     *
     * @param files every input, each with its filled form (see {@link #unmergeable(List)})
     * @param unit  the unit the summary is for
     * @param year  the year the summary is for
     */
    public Summary merge(List<CheckedFile<FilledForm>> files, String unit, ReportYear year) {
        FormDefinition summary = edition(files);
        List<MergedUnit> units = new ArrayList<>();
        List<Omission> omissions = new ArrayList<>();
        boolean mapped = false;
        Map<Path, Path> copies = new LinkedHashMap<>();
        for (CheckedFile<FilledForm> file : files) {
            List<Omission> own = new ArrayList<>();
            MergedUnit merged = unit(file, summary, own);
            Optional<MergedUnit> original = units.stream().filter(merged::isCopyOf).findFirst();
            if (original.isPresent()) {
                copies.put(merged.file(), original.get().file());
                continue;
            }
            units.add(merged);
            omissions.addAll(own);
            mapped |= !form(file).edition().equals(summary.edition());
        }
        Map<CellCode, BigDecimal> totals = new LinkedHashMap<>();
        for (CellDef cell : summary.cells()) {
            if (!summary.computedCells().containsKey(cell.code())) {
                totals.put(cell.code(), units.stream().map(u -> u.figures().getOrDefault(cell.code(), BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        return new Summary(summary, unit, year, units, totals, omissions,
                mapped ? Optional.of(mapping) : Optional.empty(), duplicates(units), copies);
    }

    /** What one input adds, by the summary's codes; what it holds but does not add goes to {@code omissions}. */
    private MergedUnit unit(CheckedFile<FilledForm> file, FormDefinition summary, List<Omission> omissions) {
        FilledForm filled = file.filled().orElseThrow(() -> new IllegalArgumentException(
                "无法合并没有读出表格的输入：" + file.result().file()));
        FormDefinition form = filled.form();
        Path path = file.result().file();
        Map<CellCode, BigDecimal> figures = new HashMap<>();
        for (CellDef cell : form.cells()) {
            Entry entry = filled.entries().get(cell.code());
            if (entry == null || entry.isBlank() || form.computedCells().containsKey(cell.code())) {
                continue;
            }
            Optional<CellCode> target = target(form, summary, cell.code());
            Optional<Omission.Reason> reason = reason(form, summary, entry, target);
            if (reason.isPresent()) {
                if (reason.get() != Omission.Reason.TEXT && isZero(entry)) {
                    continue;
                }
                omissions.add(new Omission(path, form.edition(), cell.code(), name(cell), entry.where(), entry.raw(),
                        reason.get()));
            } else {
                figures.put(target.get(), entry.value().get());
            }
        }
        return new MergedUnit(path, file.result().unit(), file.result().year(), form.edition(),
                file.result().errors(), figures);
    }

    /** A plain 0, which adds nothing wherever it goes: not worth listing as left out. */
    private static boolean isZero(Entry entry) {
        return entry.format().isEmpty() && entry.value().map(v -> v.signum() == 0).orElse(false);
    }

    /** Why an entered cell is not added, if it is not. */
    private static Optional<Omission.Reason> reason(FormDefinition form, FormDefinition summary, Entry entry,
            Optional<CellCode> target) {
        if (target.isEmpty()) {
            return Optional.of(form.edition().equals(summary.edition()) ? Omission.Reason.NOT_IN_EDITION
                    : Omission.Reason.UNMAPPED);
        }
        if (entry.format().isPresent() || entry.value().isEmpty()) {
            return Optional.of(Omission.Reason.TEXT);
        }
        return Optional.empty();
    }

    /** The summary's entered cell a cell of the input adds into, if any. */
    private Optional<CellCode> target(FormDefinition input, FormDefinition summary, CellCode code) {
        Optional<CellCode> target = input.edition().equals(summary.edition()) ? summary.cell(code).map(CellDef::code)
                : mapping.target(code);
        return target.filter(t -> !summary.computedCells().containsKey(t));
    }

    private static Map<String, List<Path>> duplicates(List<MergedUnit> units) {
        Map<String, List<Path>> byUnit = new LinkedHashMap<>();
        units.forEach(u -> u.unit().ifPresent(name -> byUnit.computeIfAbsent(LabelText.normalise(name),
                n -> new ArrayList<>()).add(u.file())));
        byUnit.values().removeIf(files -> files.size() < 2);
        return byUnit;
    }

    private static FormDefinition form(CheckedFile<FilledForm> file) {
        return file.filled().map(FilledForm::form).orElseThrow(() -> new IllegalArgumentException(
                "无法合并没有读出表格的输入：" + file.result().file()));
    }

    /** A cell as a person names it, unambiguous within its table: （一）予以公开 › 商业企业. */
    static String name(CellDef cell) {
        return cell.table().rowName(cell.row()) + " › " + cell.table().columnName(cell.column());
    }
}

package cn.nianbao.annualreport.check;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.JsonReport;
import cn.nianbao.annualreport.extract.LabelText;
import cn.nianbao.annualreport.extract.ReadCoverage;
import cn.nianbao.annualreport.extract.SourceKind;
import cn.nianbao.annualreport.extract.SpreadsheetReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.CrossYearRule;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.limits.FailureReason;
import cn.nianbao.annualreport.limits.FileBatch;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.Reason;
import cn.nianbao.annualreport.workbook.WorkbookContents;
import cn.nianbao.annualreport.workbook.WorkbookReader;

/**
 * Checks many files, in parallel on all cores: standard workbooks (found by their defined names), old .xls, foreign
 * workbooks and published reports (read as the converter reads them). Every file gets exactly one result, whatever
 * happens to it; a file that cannot be read is {@code unreadable} with the reason and the batch goes on. When the
 * batch holds the same unit's consecutive years, the cross-year rules compare them.
 */
public final class BatchChecker {

    /** Told after each file, from the checking threads. */
    public interface Progress {
        /** One more file is done. */
        void done(int finished, int total);
    }

    private final FormDefinitions forms;
    private final WorkbookForms workbooks;
    /** The sheets of a standard workbook not unzipped (a foreign workbook is read again, whole). */
    private final Set<String> sheetsNotRead;
    private final TextReportReader reports;
    private final boolean localising;
    private final Map<CellCode, BigDecimal> lastYear;

    /** A checker for every edition, reading reports with the given reader. */
    public BatchChecker(FormDefinitions forms, TextReportReader reports) {
        this(forms, reports, true, Map.of());
    }

    private BatchChecker(FormDefinitions forms, TextReportReader reports, boolean localising,
            Map<CellCode, BigDecimal> lastYear) {
        this.forms = forms;
        this.workbooks = new WorkbookForms(forms);
        this.sheetsNotRead = workbooks.sheetsNotRead();
        this.reports = reports;
        this.localising = localising;
        this.lastYear = Map.copyOf(lastYear);
    }

    /**
     * The same checker, working out which cells are most likely wrong when sums and balances fail (the default) or
     * not ({@code check --no-localise}).
     */
    public BatchChecker localising(boolean localise) {
        return new BatchChecker(forms, reports, localise, lastYear);
    }

    /** Checks the files with {@code threads} threads; results in the order of the files. */
    public List<FileResult> check(List<Path> files, int threads, Progress progress) {
        return read(files, threads, progress, checked -> null).stream().map(CheckedFile::result).toList();
    }

    /**
     * Checks the files as {@link #check(List, int, Progress)} does and keeps each readable file's filled form, for
     * summaries; this holds every form in memory.
     */
    public List<CheckedFile<FilledForm>> read(List<Path> files, int threads, Progress progress) {
        return read(files, threads, progress, checked -> checked.filled().orElseThrow());
    }

    /**
     * Checks the files as {@link #check(List, int, Progress)} does and keeps, of each readable file, what
     * {@code keep} makes of it on the checking thread; the results carry the findings of the whole batch (across
     * years), which {@code keep} cannot see yet.
     */
    public <T> List<CheckedFile<T>> read(List<Path> files, int threads, Progress progress,
            Function<CheckedFile<FilledForm>, T> keep) {
        return read(files, new FileBatch.Settings(threads, FileBudget.DEFAULT_DEADLINE),
                new FileBatch.Listener<>() {
                    @Override
                    public void finished(int index, CheckedFile<T> checked) {
                    }

                    @Override
                    public void progress(int done, int total) {
                        progress.done(done, total);
                    }
                }, keep);
    }

    /**
     * Checks the files on {@code settings.threads()} threads, each file within its deadline and share of memory,
     * and keeps, of each readable file, what {@code keep} makes of it on the checking thread. The listener hears of
     * each file as soon as it and the files before it are checked, without the findings across years; the results
     * returned carry those too.
     */
    public <T> List<CheckedFile<T>> read(List<Path> files, FileBatch.Settings settings,
            FileBatch.Listener<CheckedFile<T>> listener, Function<CheckedFile<FilledForm>, T> keep) {
        FileBatch<CheckedFile<T>> batch = new FileBatch<>(settings, file -> {
            CheckedFile<FilledForm> checked = checkedOrThrow(file);
            Optional<T> kept = checked.filled().isPresent() ? Optional.ofNullable(keep.apply(checked))
                    : Optional.empty();
            return new CheckedFile<>(checked.result(), kept);
        }, (file, failure) -> unreadable(file, unreadable(file, failure)));
        List<CheckedFile<T>> kept = batch.run(files, listener);
        List<FileResult> compared = acrossYears(kept.stream().map(CheckedFile::result).toList());
        List<CheckedFile<T>> checked = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            checked.add(new CheckedFile<>(compared.get(i), kept.get(i).filled()));
        }
        return checked;
    }

    /** Checks one file; never throws for bad input. */
    public FileResult check(Path file) {
        return checked(file).result();
    }

    /**
     * Checks one file and keeps its filled form when it could be read; never throws for bad input (whatever is
     * thrown, even running out of memory, makes the file unreadable with its reason).
     */
    public CheckedFile<FilledForm> checked(Path file) {
        try {
            return checkedOrThrow(file);
        } catch (Throwable e) {
            return unreadable(file, unreadable(file, e));
        }
    }

    /**
     * Checks one file as {@link #checked(Path)} does, but lets through what the reading threw (for a batch, which
     * turns it into the file's row, and tries a file that ran out of memory again alone).
     */
    CheckedFile<FilledForm> checkedOrThrow(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            Reason why = folderReason(file);
            return unreadable(file, Finding.error(FindingKind.FOLDER_UNREADABLE,
                    Map.of("reason", why.chinese(), "reason_en", why.english())));
        }
        if (extension(file).equals(".json")) {
            return json(file);
        }
        Optional<SourceKind> kind = SourceKind.of(file);
        if (kind.isEmpty()) {
            return unreadable(file,
                    SourceKind.notRead(file, SourceKind.allExtensions() + " .json").values("", extension(file)));
        }
        if (kind.get() == SourceKind.WORKBOOK) {
            WorkbookContents contents = WorkbookReader.read(file, sheetsNotRead);
            Optional<FilledForm> standard = workbooks.read(contents);
            return standard.isPresent() ? result(file, standard.get()) : foreignWorkbook(file);
        }
        ExtractedReport report = reports.read(kind.get().read(file));
        if (!report.hasTables()) {
            return unreadable(file, Finding.error(FindingKind.NOT_A_REPORT, Map.of()));
        }
        return result(file, ReportForms.of(report));
    }

    /**
     * Reads one input into each report it holds, checked: one for a published report or a workbook, and one for
     * each report of a JSON nianbao wrote ({@code export --format json} writes several), named after the file it
     * names. This is the one way from a path to filled forms that every command takes; {@link #checkedOrThrow(Path)}
     * is the same for commands that take one report a file.
     */
    public List<CheckedFile<FilledForm>> checkedEach(Path file) throws IOException {
        if (!extension(file).equals(".json") || Files.isDirectory(file)) {
            return List.of(checkedOrThrow(file));
        }
        List<JsonReport> reports = JsonReport.readAll(file, forms);
        if (reports.isEmpty()) {
            return List.of(unreadable(file, unreadable(file, Reason.of("json.no-report"))));
        }
        return reports.stream().map(r -> result(r.file().getFileName() == null ? file : r.file(),
                ReportForms.of(r))).toList();
    }

    /**
     * A report that {@code convert --json} wrote, read back as the converter read its source; a JSON of several
     * reports (as {@code export --format json} writes) is one file's row, so it is refused with the way out.
     */
    private CheckedFile<FilledForm> json(Path file) throws IOException {
        List<JsonReport> reports = JsonReport.readAll(file, forms);
        if (reports.isEmpty()) {
            return unreadable(file, unreadable(file, Reason.of("json.no-report")));
        }
        if (reports.size() > 1) {
            return unreadable(file, unreadable(file, Reason.of("json.several", "count", reports.size())));
        }
        return result(file, ReportForms.of(reports.get(0)));
    }

    /**
     * The finding of a file that could not be read because of {@code failure}: its reason in Chinese and in English
     * ({@code reason_en}), but for a Chinese message thrown without a {@link Reason}, which is quoted as it is.
     */
    public static Finding unreadable(Path file, Throwable failure) {
        Optional<Reason> named = FailureReason.named(failure);
        if (named.isPresent()) {
            return unreadable(file, named.get());
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("source", source(file));
        args.put("reason", FailureReason.of(failure));
        return Finding.error(FindingKind.FILE_UNREADABLE, args);
    }

    /** The finding of a file that could not be read, for the reason given, in Chinese and in English. */
    public static Finding unreadable(Path file, Reason reason) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("source", source(file));
        args.put("reason", reason.chinese());
        args.put("reason_en", reason.english());
        return Finding.error(FindingKind.FILE_UNREADABLE, args);
    }

    /** The kind of file, for {@code file-unreadable}'s {@code source}. */
    private static String source(Path file) {
        return extension(file).equals(".json") ? "json"
                : SourceKind.of(file).map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("file");
    }

    /** Why a folder given (or met) as input cannot be listed. */
    private static Reason folderReason(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            listed.findAny();
            return Reason.of("folder.listing");
        } catch (IOException | RuntimeException e) {
            return FailureReason.named(e).orElse(Reason.of("folder.listing"));
        }
    }

    private static <T> CheckedFile<T> unreadable(Path file, Finding why) {
        return new CheckedFile<>(FileResult.unreadable(file, why), Optional.empty());
    }

    /** A workbook without nianbao's names: a report's tables pasted into a spreadsheet, read as the converter does. */
    private CheckedFile<FilledForm> foreignWorkbook(Path file) throws IOException {
        ExtractedReport report = reports.read(SpreadsheetReport.read(file));
        if (!report.hasTables()) {
            FormDefinition newest = forms.all().get(0);
            return new CheckedFile<>(new FileResult(file, FileResult.Status.ERRORS, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(),
                    List.of(Finding.error(FindingKind.UNKNOWN_LAYOUT, Map.of("edition", newest.edition()))),
                    FileResult.Carried.NONE), Optional.empty());
        }
        return result(file, ReportForms.of(report));
    }

    private CheckedFile<FilledForm> result(Path file, FilledForm filled) {
        List<Finding> findings = Checker.check(filled, localising, lastYear);
        ReadCoverage read = filled.coverage();
        FileResult.Status status = findings.stream().anyMatch(Finding::isError) ? FileResult.Status.ERRORS
                : FileResult.Status.OK;
        if (filled.source() == FilledForm.Source.REPORT && !read.isComplete()) {
            status = FileResult.Status.PARTLY_READ;
        }
        return new CheckedFile<>(new FileResult(file, status, filled.unit().map(String::strip), filled.reportYear(),
                Optional.of(filled.form().edition()), Optional.of(read), findings, carried(filled)),
                Optional.of(filled));
    }

    /** The figures the cross-year rules read, as the rules see them (totals recomputed). */
    private static FileResult.Carried carried(FilledForm filled) {
        Map<CellCode, BigDecimal> figures = filled.figures();
        Map<CellCode, BigDecimal> kept = new HashMap<>();
        Map<CellCode, CellRef> where = new HashMap<>();
        for (CrossYearRule rule : filled.form().crossYearRules()) {
            for (CellCode code : rule.cells()) {
                Optional.ofNullable(figures.get(code)).ifPresent(v -> kept.put(code, v));
                Optional.ofNullable(filled.entries().get(code)).ifPresent(e -> where.put(code, e.where()));
            }
        }
        return new FileResult.Carried(kept, where);
    }

    /**
     * Compares each report with the same unit's report of the year before, when the batch holds both: the later
     * report gets a finding for every cross-year rule that fails.
     */
    public List<FileResult> acrossYears(List<FileResult> results) {
        if (results.size() < 2) {
            return results;
        }
        Map<String, FileResult> byUnitAndYear = new HashMap<>();
        for (FileResult result : results) {
            if (result.unit().isPresent() && result.year().isPresent()) {
                byUnitAndYear.putIfAbsent(key(result.unit().get(), result.year().get()), result);
            }
        }
        List<FileResult> compared = new ArrayList<>();
        for (FileResult result : results) {
            FileResult previous = result.unit().isPresent() && result.year().isPresent()
                    ? byUnitAndYear.get(key(result.unit().get(), result.year().get().previous())) : null;
            if (previous == null || result.edition().isEmpty()) {
                compared.add(result);
                continue;
            }
            FormDefinition form = forms.edition(result.edition().get()).orElseThrow();
            List<Finding> findings = new ArrayList<>();
            Map<CellCode, BigDecimal> implied = new HashMap<>();
            for (CrossYearRule rule : form.crossYearRules()) {
                crossYear(form, rule, result, previous).ifPresent(findings::add);
                rule.implied(result.carried().figures(), previous.carried().figures())
                        .ifPresent(figure -> implied.put(rule.subject().code(), figure));
            }
            compared.add(withLastYear(result, implied).with(findings));
        }
        return compared;
    }

    /**
     * The result of a report whose failed sums were explained without last year's report, explained again with the
     * figures last year's report implies as a prior (a 上年结转 that is last year's 结转下年度 is likely right); read
     * once more from its file, as the batch keeps no filled forms. A JSON of several reports, or a file that reads
     * differently now, keeps its result.
     */
    private FileResult withLastYear(FileResult result, Map<CellCode, BigDecimal> implied) {
        boolean explained = result.findings().stream()
                .anyMatch(f -> FindingKind.LIKELY_WRONG_CELL.is(f) || FindingKind.NO_SMALL_FIX.is(f));
        if (!localising || implied.isEmpty() || !explained || extension(result.file()).equals(".json")) {
            return result;
        }
        FileResult again = new BatchChecker(forms, reports, true, implied).checked(result.file()).result();
        return again.unit().equals(result.unit()) && again.year().equals(result.year()) ? again : result;
    }

    /**
     * The finding of a cross-year rule that fails: about the cell of this year's report the rule is about
     * ({@link CrossYearRule#subject()}), with the figure printed this year as actual and the figure last year's
     * report implies as expected.
     */
    private static Optional<Finding> crossYear(FormDefinition form, CrossYearRule rule, FileResult result,
            FileResult previous) {
        CellCode subject = rule.subject().code();
        Optional<BigDecimal> printed = Optional.ofNullable(result.carried().figures().get(subject));
        Optional<BigDecimal> implied = rule.implied(result.carried().figures(), previous.carried().figures());
        if (printed.isEmpty() || implied.isEmpty() || printed.get().compareTo(implied.get()) == 0) {
            return Optional.empty();
        }
        String cellTitle = form.cell(subject).map(CellDef::title).orElse(subject.toString());
        Finding finding = new Finding(rule.id(), rule.severity(), Optional.of(subject),
                Optional.ofNullable(result.carried().where().get(subject)), implied.get().toPlainString(),
                printed.get().toPlainString(), Map.of("title", rule.title(), "cell_title", cellTitle, "previous",
                        previous.file().getFileName().toString(), "year", previous.year().orElseThrow().toString()));
        return Optional.of(finding);
    }

    private static String key(String unit, ReportYear year) {
        return LabelText.normalise(unit) + "@" + year;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}

package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import cn.nianbao.annualreport.check.AnnotatedCopies;
import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckReports;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FileBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao check}: filled workbooks and published reports, one or thousands, checked and reported. */
@Command(name = "check", sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    /** How many findings of one file the terminal shows before pointing to the report. */
    private static final int SHOWN_PER_FILE = 12;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", descriptionKey = "inputs")
    private List<Path> inputs;

    @Option(names = "--report")
    private Path report;

    @Option(names = "--annotate")
    private Path annotate;

    @Mixin
    private BatchReading batch;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    /** The framing text in the language of {@code --lang}, once it is known to be zh or en. */
    private TerminalText text;

    @Option(names = "--force")
    private boolean force;

    @Option(names = "--no-localise")
    private boolean noLocalise;

    @Override
    public Integer call() throws IOException {
        text = TerminalText.of(spec);
        Locale locale = TerminalText.locale(spec);
        List<Path> files = Inputs.files(inputs, spec, report, annotate);
        Set<Path> named = Inputs.named(files);
        Optional<OutputFile> reportFile = report == null ? Optional.empty()
                : Optional.of(OutputFile.of(report, List.of(".xlsx", ".csv", ".json"), force, named, spec));
        Map<Path, Path> copies = annotate == null ? Map.of() : annotatedCopies(files);
        refuseCopies(named, copies);
        if (annotate != null) {
            Inputs.outputFolder(annotate, text.get("annotate-folder"), spec);
        }
        FormDefinitions forms = FormDefinitions.load();
        TextReportReader reader = TextReportReader.withInstalledLabels(forms);
        Messages messages = Messages.of(locale);
        PrintWriter out = spec.commandLine().getOut();
        int[] printed = new int[files.size()];
        BatchChecker checker = new BatchChecker(forms, reader).localising(!noLocalise);
        List<CheckedFile<ExtractedReport>> checked = batch.read(checker, files, this::keptForCopy, (index, one) -> {
            print(one.result(), one.result().findings(), files.size() == 1, messages);
            printed[index] = one.result().findings().size();
            out.flush();
        });
        List<FileResult> results = checked.stream().map(CheckedFile::result).toList();
        printAcrossYears(results, printed, messages);
        printSummary(results);
        if (reportFile.isPresent()) {
            reportFile.get().write(file -> new CheckReports(locale).write(results, file));
            out.println(text.get("report-written", report));
        }
        if (annotate != null) {
            annotateAll(checked, copies);
        }
        boolean clean = results.stream().allMatch(r -> r.status() == FileResult.Status.OK);
        return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** A usage error, before any work, when an annotated copy would replace an input or, without --force, a file. */
    private void refuseCopies(Set<Path> named, Map<Path, Path> copies) {
        for (Path copy : copies.values()) {
            Inputs.refuseReplacing(named, copy, text.get("annotated-copy"), spec);
        }
        List<Path> existing = copies.values().stream().filter(Files::exists).sorted().toList();
        if (!force && !existing.isEmpty()) {
            String key = existing.size() > 1 ? "copies-exist" : "copy-exists";
            throw new ParameterException(spec.commandLine(), text.get(key, existing.get(0), existing.size()));
        }
    }

    /** One file's line and its findings (all of them when it is the only file). */
    private void print(FileResult result, List<Finding> findings, boolean all, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(text.get("file-line", mark(result.status()), result.file(),
                result.unit().orElse(text.get("unit-unknown")), result.year().map(Object::toString).orElse("?"),
                result.edition().orElse("?"), count(findings, true), count(findings, false)));
        int limit = all ? Integer.MAX_VALUE : SHOWN_PER_FILE;
        findings.stream().limit(limit).forEach(f -> out.println("    " + text.get(f.isError() ? "error" : "warning")
                + " [" + f.ruleId() + "] " + messages.render(f)));
        if (findings.size() > limit) {
            out.println("    " + text.get("more", findings.size() - limit));
        }
    }

    /**
     * The findings that comparing a unit's consecutive years added once every file was checked: those after the
     * {@code printed} findings each file had when it was printed.
     */
    private void printAcrossYears(List<FileResult> results, int[] printed, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (int i = 0; i < results.size(); i++) {
            FileResult result = results.get(i);
            List<Finding> added = result.findings().subList(printed[i], result.findings().size());
            if (added.isEmpty()) {
                continue;
            }
            if (first) {
                out.println(text.get("across-years"));
                first = false;
            }
            print(result, added, results.size() == 1, messages);
        }
    }

    private static long count(List<Finding> findings, boolean errors) {
        return findings.stream().filter(f -> f.isError() == errors).count();
    }

    private void printSummary(List<FileResult> results) {
        var summary = CheckReports.summary(results);
        spec.commandLine().getOut().println(text.get("summary", results.size(), summary.get("ok"),
                summary.get("errors"), summary.get("partly-read"), summary.get("unreadable"),
                summary.get("error_findings"), summary.get("warning_findings")));
    }

    private static String mark(FileResult.Status status) {
        return switch (status) {
            case OK -> "✓";
            case ERRORS -> "✗";
            case PARTLY_READ -> "◐";
            case UNREADABLE -> "!";
        };
    }

    /**
     * What an annotated copy needs kept of a file not in a workbook (a published report, a JSON): the standard
     * workbook's contents made of it, as read once by the checker; nothing without {@code --annotate} or for a
     * workbook, which is marked itself.
     */
    private ExtractedReport keptForCopy(CheckedFile<FilledForm> checked) {
        boolean workbook = AnnotatedCopies.isWorkbook(checked.result().file());
        return annotate == null || workbook ? null : checked.filled().orElseThrow().asReport();
    }

    /**
     * A marked copy of each file that could be read: the workbook itself, or for a published report (or the report
     * a JSON holds) the standard workbook the converter makes of it.
     */
    private void annotateAll(List<CheckedFile<ExtractedReport>> checked, Map<Path, Path> copies) {
        AnnotatedCopies annotated = new AnnotatedCopies(TerminalText.locale(spec));
        PrintWriter err = spec.commandLine().getErr();
        int written = 0;
        for (CheckedFile<ExtractedReport> one : checked) {
            FileResult result = one.result();
            if (result.status() == FileResult.Status.UNREADABLE) {
                continue;
            }
            Path file = result.file();
            try {
                FileBudget.within(batch.settings().deadline(), () -> {
                    OutputFile.write(copies.get(file),
                            target -> annotated.write(file, result.findings(), one.filled(), target));
                    return null;
                });
                written++;
            } catch (Throwable e) {
                err.println(text.get("copy-failed", file, text.reason(e)));
            }
        }
        spec.commandLine().getOut().println(text.get("copies-written", written, annotate));
    }

    /** Where each file's annotated copy goes, in the --annotate folder (see AnnotatedCopies#names). */
    private Map<Path, Path> annotatedCopies(List<Path> files) {
        Map<Path, Path> copies = new HashMap<>();
        AnnotatedCopies.names(files).forEach((file, name) -> copies.put(file, annotate.resolve(name)));
        return copies;
    }
}

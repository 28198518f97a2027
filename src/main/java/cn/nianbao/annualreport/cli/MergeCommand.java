package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.merge.EditionMapping;
import cn.nianbao.annualreport.merge.MergedUnit;
import cn.nianbao.annualreport.merge.Merger;
import cn.nianbao.annualreport.merge.Mismatch;
import cn.nianbao.annualreport.merge.Omission;
import cn.nianbao.annualreport.merge.Summary;
import cn.nianbao.annualreport.merge.SummaryWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao merge}: many units' figures of one edition added up into one standard workbook. */
@Command(name = "merge", sortOptions = false)
final class MergeCommand implements Callable<Integer> {

    /** How many files a warning names before it says 等. */
    private static final int NAMED_FILES = 5;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", descriptionKey = "inputs")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true)
    private Path output;

    @Option(names = "--unit", required = true)
    private String unit;

    @Option(names = "--year")
    private Integer year;

    @Option(names = "--allow-mixed")
    private boolean allowMixed;

    @Option(names = "--force")
    private boolean force;

    @Mixin
    private BatchReading batch;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    /** The framing text in the language of {@code --lang}. */
    private TerminalText text;

    /** The name of the summary workbook's sheet that lists every unit, as the lines on the terminal call it. */
    private String sources;

    @Override
    public Integer call() throws IOException {
        text = TerminalText.of(spec);
        SummaryWriter writer = new SummaryWriter(TerminalText.locale(spec));
        sources = writer.sourcesSheet();
        checkOptions();
        List<Path> files = Inputs.files(inputs, spec, output);
        OutputFile target = OutputFile.of(output, List.of(".xlsx"), force, Inputs.named(files), spec);
        FormDefinitions forms = FormDefinitions.load();
        Merger merger = new Merger(forms, EditionMapping.load(forms));
        PrintWriter err = spec.commandLine().getErr();
        List<CheckedFile<FilledForm>> read = batch.read(
                new BatchChecker(forms, TextReportReader.withInstalledLabels(forms)), files,
                checked -> checked.filled().orElseThrow());
        List<FileResult> unreadable = Merger.unmergeable(read);
        if (!unreadable.isEmpty()) {
            reportUnreadable(unreadable);
            return ExitCodes.FINDINGS;
        }
        Optional<Mismatch> mismatch = allowMixed ? Optional.empty() : merger.mismatch(read,
                Optional.ofNullable(year).map(ReportYear::new));
        if (mismatch.isPresent()) {
            err.println(mismatchMessage(mismatch.get()));
            return ExitCodes.FINDINGS;
        }
        Summary summary = merger.merge(read, unit.strip(), summaryYear(read));
        target.write(file -> writer.write(summary, file, true));
        report(summary);
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (unit.isBlank()) {
            throw usage(text.get("merge-unit-blank"));
        }
        if (year != null) {
            OutputFile.checkYear(year, text.get("merge-year"), spec);
        }
    }

    private ReportYear summaryYear(List<CheckedFile<FilledForm>> read) {
        if (year != null) {
            return new ReportYear(year);
        }
        return Merger.commonYear(read).orElseThrow(() -> usage(text.get("merge-years-differ", read.stream()
                .map(f -> f.result().year().map(Object::toString).orElse(text.get("year-unknown"))).distinct()
                .collect(Collectors.joining(text.get("list-separator"))))));
    }

    private void reportUnreadable(List<FileResult> unreadable) {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = Messages.of(TerminalText.locale(spec));
        for (FileResult result : unreadable) {
            String reason = result.findings().stream().filter(Finding::isError).findFirst().map(messages::render)
                    .orElse(text.get("no-tables-read"));
            err.println(text.get("merge-unreadable", result.file(), reason));
        }
        err.println(text.get("merge-unreadable-count", unreadable.size()));
    }

    private String mismatchMessage(Mismatch mismatch) {
        String expected = text.get(mismatch.year().isPresent() ? "edition-and-year" : "edition", mismatch.edition(),
                mismatch.year().map(Object::toString).orElse(""));
        String odd = mismatch.odd().stream().map(r -> text.get("mismatched-file", r.file(), r.edition().orElse("?"),
                r.year().map(y -> text.get("year", y)).orElse(text.get("year-unknown"))))
                .collect(Collectors.joining(text.get("list-separator")));
        return text.get("merge-mismatch", expected, mismatch.odd().size(), odd);
    }

    /** Warnings on stderr (inputs with errors, duplicate units, cells not added), then the outcome on stdout. */
    private void report(Summary summary) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        for (MergedUnit merged : summary.units()) {
            if (merged.hasErrors()) {
                err.println(text.get("merge-unit-errors", merged.file(), merged.unit().orElse(text.get("unit-unknown")),
                        merged.errors()));
            }
        }
        summary.copies().forEach((copy, original) -> err.println(text.get("merge-copy", copy, original)));
        String separator = text.get("list-separator");
        summary.duplicates().forEach((name, files) -> err.println(text.get("merge-duplicate", files.size(),
                files.stream().limit(NAMED_FILES).map(Path::toString).collect(Collectors.joining(separator))
                + (files.size() > NAMED_FILES ? text.get("and-more") : ""), sources)));
        String edition = summary.form().edition();
        Messages messages = Messages.of(TerminalText.locale(spec));
        for (Omission omission : summary.omissions()) {
            if (omission.reason() != Omission.Reason.UNMAPPED) {
                Finding finding = omission.finding(edition);
                err.println(text.get("not-added", omission.file(), messages.render(finding), finding.ruleId()));
            }
        }
        summary.mapping().ifPresent(mapping -> out.println(text.get("merge-unmapped", mapping.from().edition(),
                mapping.to().edition(), mapping.unmappedRows(), summary.omissions(Omission.Reason.UNMAPPED).size(),
                sources)));
        out.println(outcome(summary));
    }

    private String outcome(Summary summary) {
        List<String> notes = new ArrayList<>();
        if (summary.unitsWithErrors() > 0) {
            notes.add(text.get("units-with-errors", summary.unitsWithErrors()));
        }
        int notAdded = summary.omissions().size() - summary.omissions(Omission.Reason.UNMAPPED).size();
        if (notAdded > 0) {
            notes.add(text.get("cells-not-added", notAdded));
        }
        String line = text.get("merged", summary.units().size(), summary.form().edition(), summary.year(), output);
        return notes.isEmpty() ? line
                : text.get("merged-with-notes", line, String.join(text.get("note-separator"), notes), sources);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

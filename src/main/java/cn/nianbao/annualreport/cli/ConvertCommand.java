package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.check.ReportWorkbooks;
import cn.nianbao.annualreport.export.ExportedReport;
import cn.nianbao.annualreport.export.JsonExporter;
import cn.nianbao.annualreport.extract.LabelVariants;
import cn.nianbao.annualreport.extract.ReadCoverage;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FileBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao convert}: published reports (plain text, HTML, Word, PDF and foreign workbooks) into standard
 * workbooks.
 */
@Command(name = "convert", sortOptions = false)
final class ConvertCommand implements Callable<Integer> {

    /** The finding messages and the framing text in the language of {@code --lang}, set when the command runs. */
    private Messages messages = Messages.of(Locale.CHINESE);
    private TerminalText text = TerminalText.of("zh");

    /** 255 bytes less ".part-" and ".xlsx" or ".json" (a file being written), and "-99999". */
    private static final int LONGEST_STEM_BYTES = 255 - 6 - 5 - 6;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", descriptionKey = "inputs")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true)
    private Path output;

    @Option(names = "--labels")
    private List<Path> labels = List.of();

    @Option(names = "--json")
    private boolean json;

    @Option(names = "--force")
    private boolean force;

    /** The input files as the file system names them: an output that would replace one is refused. */
    private Set<Path> named = Set.of();

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @Mixin
    private BatchReading batch;

    /**
     * What one input came to: the reports read from it (one, or every object of a JSON file), each as the checker
     * read and checked it, or the lines that say why nothing was read.
     */
    private record Converted(List<CheckedFile<FilledForm>> reports, List<String> problems) {
        static Converted failed(String problem) {
            return new Converted(List.of(), List.of(problem));
        }
    }

    @Override
    public Integer call() throws IOException {
        messages = Messages.of(TerminalText.locale(spec));
        text = TerminalText.of(spec);
        FormDefinitions forms = FormDefinitions.load();
        LabelVariants variants = LabelVariants.installed(forms);
        for (Path file : labels) {
            try {
                variants = variants.with(LabelVariants.load(file, forms));
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), text.reason(e), e, null, file.toString());
            }
        }
        List<Path> files = Inputs.files(inputs, spec, output);
        named = Inputs.named(files);
        FileBatch.Settings settings = batch.settings();
        Inputs.outputFolder(output, text.get("output-folder"), spec);
        BatchChecker reading = new BatchChecker(forms, new TextReportReader(forms, variants));
        Set<String> names = new HashSet<>();
        boolean[] clean = {true};
        ProgressBar bar = batch.progressBar(files.size());
        new FileBatch<Converted>(settings, file -> convert(file, reading),
                (file, failure) -> Converted.failed(line(BatchChecker.unreadable(file, failure))))
                .run(files, bar.around((index, converted) -> clean[0] &= written(files.get(index), converted, names)));
        bar.clear();
        return clean[0] ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /**
     * Reads one input on a batch thread, as {@code check} reads it (the same reading, findings and all): a published
     * report, a foreign or standard workbook, or a JSON nianbao wrote.
     */
    private Converted convert(Path file, BatchChecker reading) throws IOException {
        List<CheckedFile<FilledForm>> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CheckedFile<FilledForm> checked : reading.checkedEach(file)) {
            if (checked.filled().isPresent()) {
                reports.add(checked);
            } else {
                checked.result().findings().forEach(f -> problems.add(line(f)));
            }
        }
        return new Converted(reports, problems);
    }

    /** Writes what one input came to, in the order of the inputs; false when anything went wrong with it. */
    private boolean written(Path file, Converted converted, Set<String> names) {
        PrintWriter err = spec.commandLine().getErr();
        converted.problems().forEach(p -> err.println(text.get("file-says", file, p)));
        boolean clean = converted.problems().isEmpty();
        for (CheckedFile<FilledForm> report : converted.reports()) {
            clean &= write(file, report, name(report.result().file(), names))
                    && report.result().status() == FileResult.Status.OK;
        }
        spec.commandLine().getOut().flush();
        err.flush();
        return clean;
    }

    /**
     * Writes the workbook (and JSON) of one report, and says so on stdout and its findings on stderr; false, with a
     * line on stderr, when an output would replace an input, or an existing file without {@code --force}.
     */
    private boolean write(Path source, CheckedFile<FilledForm> checked, String name) {
        Path workbook = output.resolve(name + ".xlsx");
        List<Path> outputs = json ? List.of(workbook, output.resolve(name + ".json")) : List.of(workbook);
        for (Path out : outputs) {
            Optional<String> refused = Inputs.isInput(named, out)
                    ? Optional.of(text.get("output-is-input", out))
                    : Files.exists(out) && !force ? Optional.of(text.get("output-exists", out))
                    : Optional.empty();
            if (refused.isPresent()) {
                spec.commandLine().getErr().println(text.get("not-converted", source, refused.get()));
                return false;
            }
        }
        FileResult result = checked.result();
        try {
            ExportedReport exported = ExportedReport.of(checked);
            String read = new JsonExporter().text(exported);
            OutputFile.write(workbook,
                    file -> ReportWorkbooks.write(checked.filled().orElseThrow().asReport(), result.findings(), read,
                            file));
            if (json) {
                OutputFile.write(output.resolve(name + ".json"),
                        file -> Files.writeString(file, read, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println(text.get("not-converted", source,
                    text.get("cannot-write", workbook, text.reason(e))));
            return false;
        }
        result.findings().forEach(f -> spec.commandLine().getErr().println(text.get("file-says", source, line(f))));
        ReadCoverage read = result.read().orElseThrow();
        spec.commandLine().getOut().println(text.get("converted", source, workbook,
                result.unit().orElse(text.get("unit-not-found")), result.year().map(Object::toString).orElse("?"),
                result.edition().orElseThrow(), read.cells(), read.ofCells(),
                read.isComplete() ? "" : text.get("converted-partly-read"), result.errors(), result.warnings()));
        return true;
    }

    /**
     * The output name for a source: its file name without the extension, cut to what a file system takes (255 bytes
     * with the extension, the number that keeps it unique and the mark of a file being written), made unique
     * within this run regardless of case (as Windows compares names).
     */
    static String name(Path source, Set<String> names) {
        String stem = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        while (stem.getBytes(StandardCharsets.UTF_8).length > LONGEST_STEM_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        String name = stem;
        for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n;
        }
        return name;
    }

    private String line(Finding finding) {
        return text.get(finding.isError() ? "finding-error" : "finding-warning", messages.render(finding),
                finding.ruleId());
    }
}

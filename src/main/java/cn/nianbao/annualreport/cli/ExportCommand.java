package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.export.CsvExporter;
import cn.nianbao.annualreport.export.ExportedReport;
import cn.nianbao.annualreport.export.JsonExporter;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao export}: the tables of workbooks and published reports as long or wide CSV, or JSON. */
@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format {
        LONG, WIDE, JSON
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", descriptionKey = "inputs")
    private List<Path> inputs = List.of();

    @Option(names = "--format", paramLabel = "long|wide|json")
    private String format = "long";

    @Option(names = {"-o", "--output"})
    private Path output;

    @Option(names = "--excel")
    private boolean excel;

    @Option(names = "--codebook")
    private Path codebook;

    @Option(names = "--force")
    private boolean force;

    @Mixin
    private BatchReading batch;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    /** The framing text in the language of {@code --lang}. */
    private TerminalText text;

    @Override
    public Integer call() throws IOException {
        text = TerminalText.of(spec);
        Format chosen = format();
        checkPaths();
        List<Path> files = inputs.isEmpty() ? List.of() : Inputs.files(inputs, spec, output, codebook);
        Set<Path> named = Inputs.named(files);
        List<String> extensions = List.of(chosen == Format.JSON ? ".json" : ".csv");
        Optional<OutputFile> exported = output == null ? Optional.empty()
                : Optional.of(OutputFile.of(output, extensions, force, named, spec));
        Optional<OutputFile> dictionary = codebook == null ? Optional.empty()
                : Optional.of(OutputFile.of(codebook, List.of(".csv"), force, named, spec));
        FormDefinitions forms = FormDefinitions.load();
        CsvExporter csv = new CsvExporter(forms, excel);
        if (dictionary.isPresent()) {
            dictionary.get().write(csv::writeCodebook);
            spec.commandLine().getOut().println(text.get("codebook-written", codebook));
        }
        if (inputs.isEmpty()) {
            return ExitCodes.OK;
        }
        List<ExportedReport> reports = read(files, forms);
        exported.orElseThrow().write(file -> {
            switch (chosen) {
                case LONG -> csv.writeLong(reports, file);
                case WIDE -> csv.writeWide(reports, file);
                case JSON -> new JsonExporter().writeAll(reports, file);
                default -> throw new IllegalStateException(chosen.toString());
            }
        });
        int unreadable = files.size() - reports.size();
        spec.commandLine().getOut().println(text.get("exported", reports.size(), format, output,
                unreadable == 0 ? "" : text.get("not-exported-count", unreadable)));
        return unreadable == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private void checkPaths() {
        if (inputs.isEmpty() && codebook == null) {
            throw new ParameterException(spec.commandLine(), text.get("export-nothing"));
        }
        if (!inputs.isEmpty() && output == null) {
            throw new ParameterException(spec.commandLine(), text.get("export-no-output"));
        }
    }

    /** Every input that could be read; each one that could not gets a line on stderr. */
    private List<ExportedReport> read(List<Path> files, FormDefinitions forms) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<CheckedFile<ExportedReport>> read = batch.read(
                new BatchChecker(forms, TextReportReader.withInstalledLabels(forms)), files, ExportedReport::of);
        Messages messages = Messages.of(TerminalText.locale(spec));
        List<ExportedReport> reports = new ArrayList<>();
        for (CheckedFile<ExportedReport> checked : read) {
            checked.filled().ifPresent(report -> reports.add(report.withFindings(checked.result().findings())));
            if (checked.filled().isEmpty()) {
                Finding why = checked.result().findings().get(0);
                err.println(text.get("not-exported", checked.result().file(), messages.render(why), why.ruleId()));
            }
        }
        return reports;
    }

    private Format format() {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), text.get("format-unknown", format));
        }
    }
}

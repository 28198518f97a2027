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
import cn.nianbao.annualreport.export.ExportedReport;
import cn.nianbao.annualreport.export.JsonExporter;
import cn.nianbao.annualreport.extract.LabelVariants;
import cn.nianbao.annualreport.extract.ReadCoverage;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FailureReason;
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
@Command(name = "convert",
        description = "把已发布的年度报告（纯文本、网页、Word .docx、PDF 和外来工作簿）转换为标准工作簿，可同时输出 JSON；也读回 nianbao 写出的 JSON。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        sortOptions = false)
final class ConvertCommand implements Callable<Integer> {

    private static final Messages MESSAGES = Messages.of(Locale.CHINESE);

    /** 255 bytes less ".part-" and ".xlsx" or ".json" (a file being written), and "-99999". */
    private static final int LONGEST_STEM_BYTES = 255 - 6 - 5 - 6;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "输入", description = "报告文件或目录（目录递归查找）：.txt、.html、.docx、.pdf、.xlsx，以及 convert --json 或 export --format json 写出的 .json。")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "目录", description = "输出目录。")
    private Path output;

    @Option(names = "--labels", paramLabel = "文件", description = "另一份行标签变体文件（格式同 converters/labels.yaml），叠加在自带的变体之上；可多次给出。")
    private List<Path> labels = List.of();

    @Option(names = "--json", description = "同时输出同名 .json 文件。")
    private boolean json;

    @Option(names = "--force", description = "覆盖输出目录中已有的同名文件（输入文件本身决不覆盖）。")
    private boolean force;

    /** The input files as the file system names them: an output that would replace one is refused. */
    private Set<Path> named = Set.of();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出。")
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
        FormDefinitions forms = FormDefinitions.load();
        LabelVariants variants = LabelVariants.installed(forms);
        for (Path file : labels) {
            try {
                variants = variants.with(LabelVariants.load(file, forms));
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, file.toString());
            }
        }
        List<Path> files = Inputs.files(inputs, spec, output);
        named = Inputs.named(files);
        FileBatch.Settings settings = batch.settings();
        Inputs.outputFolder(output, "输出目录", spec);
        BatchChecker reading = new BatchChecker(forms, new TextReportReader(forms, variants));
        Set<String> names = new HashSet<>();
        boolean[] clean = {true};
        ProgressBar bar = batch.progressBar(files.size());
        new FileBatch<Converted>(settings, file -> convert(file, reading),
                (file, reason) -> Converted.failed(line(BatchChecker.unreadable(file, reason))))
                .run(files, bar.around((index, converted) -> clean[0] &= written(files.get(index), converted, names)));
        bar.clear();
        return clean[0] ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /**
     * Reads one input on a batch thread, as {@code check} reads it (the same reading, findings and all): a published
     * report, a foreign or standard workbook, or a JSON nianbao wrote.
     */
    private static Converted convert(Path file, BatchChecker reading) throws IOException {
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
        converted.problems().forEach(p -> err.println(file + "：" + p));
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
                    ? Optional.of(out + " 是输入文件之一，不覆盖；请换一个输出目录")
                    : Files.exists(out) && !force ? Optional.of(out + " 已存在，未覆盖；如要覆盖请加 --force")
                    : Optional.empty();
            if (refused.isPresent()) {
                spec.commandLine().getErr().println(source + "：未转换：" + refused.get());
                return false;
            }
        }
        FileResult result = checked.result();
        try {
            ExportedReport exported = ExportedReport.of(checked);
            String read = new JsonExporter().text(exported);
            OutputFile.write(workbook,
                    file -> ReportWorkbooks.write(checked.filled().orElseThrow().asReport(), read, file));
            if (json) {
                OutputFile.write(output.resolve(name + ".json"), file -> new JsonExporter().write(exported, file));
            }
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println(source + "：未转换：无法写出 " + workbook + "：" + FailureReason.of(e));
            return false;
        }
        result.findings().forEach(f -> spec.commandLine().getErr().println(source + "：" + line(f)));
        ReadCoverage read = result.read().orElseThrow();
        spec.commandLine().getOut().printf("%s → %s（%s，%s 年度，%s 版，读出 %d/%d 个单元格%s，%d 个错误，%d 个提示）%n",
                source, workbook, result.unit().orElse("单位未识别"), result.year().map(Object::toString).orElse("?"),
                result.edition().orElseThrow(), read.cells(), read.ofCells(), read.isComplete() ? "" : "（部分读取）",
                result.errors(), result.warnings());
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

    private static String line(Finding finding) {
        return (finding.isError() ? "" : "注意：") + MESSAGES.render(finding) + "［" + finding.ruleId() + "］";
    }
}

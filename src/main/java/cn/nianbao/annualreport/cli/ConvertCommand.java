package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import cn.nianbao.annualreport.export.JsonReport;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.LabelVariants;
import cn.nianbao.annualreport.extract.ReadCoverage;
import cn.nianbao.annualreport.extract.SourceKind;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "输出路径 " + output + " 不是目录");
        }
        Files.createDirectories(output);
        FormDefinitions forms = FormDefinitions.load();
        LabelVariants variants = LabelVariants.installed(forms);
        for (Path file : labels) {
            try {
                variants = variants.with(LabelVariants.load(file, forms));
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, file.toString());
            }
        }
        TextReportReader reader = new TextReportReader(forms, variants);
        BatchChecker workbooks = new BatchChecker(forms, reader);
        boolean clean = true;
        Set<String> names = new HashSet<>();
        List<Path> files = Inputs.files(inputs, spec);
        named = Inputs.named(files);
        for (Path file : files) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                clean &= convertJson(file, forms, names);
                continue;
            }
            Optional<ExtractedReport> report = read(file, reader, workbooks);
            boolean written = report.isPresent() && write(file, report.get(), name(file, names));
            clean &= written && !report.get().hasErrors();
        }
        return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /**
     * Reads one published report, or a standard workbook by its defined names as {@code check} reads it (a foreign
     * workbook is read as a report's tables); a file that cannot be read gets one line on stderr.
     */
    private Optional<ExtractedReport> read(Path file, TextReportReader reader, BatchChecker workbooks) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SourceKind> kind = SourceKind.of(file);
        if (kind.isEmpty()) {
            err.println(file + "：" + line(SourceKind.notRead(file, SourceKind.allExtensions() + "、.json")));
            return Optional.empty();
        }
        ExtractedReport report;
        try {
            if (kind.get() == SourceKind.WORKBOOK) {
                CheckedFile<FilledForm> checked = workbooks.checked(file);
                if (checked.result().status() == FileResult.Status.UNREADABLE) {
                    checked.result().findings().forEach(f -> err.println(file + "：" + line(f)));
                    return Optional.empty();
                }
                Optional<FilledForm> standard = checked.filled().filter(f -> f.source() == FilledForm.Source.WORKBOOK);
                if (standard.isPresent()) {
                    return Optional.of(standard.get().asReport());
                }
            }
            report = reader.read(kind.get().read(file));
        } catch (IOException | RuntimeException e) {
            err.println(file + "：" + line(Finding.error("file-unreadable",
                    Map.of("kind", kind.get().displayName(), "reason", String.valueOf(e.getMessage())))));
            return Optional.empty();
        }
        if (!report.hasTables()) {
            err.println(file + "：" + line(Finding.error("not-a-report", Map.of())));
            return Optional.empty();
        }
        return Optional.of(report);
    }

    /** Converts every report object of a JSON file that nianbao wrote; false when the file cannot be read. */
    private boolean convertJson(Path file, FormDefinitions forms, Set<String> names) {
        List<JsonReport> reports;
        try {
            reports = JsonReport.readAll(file, forms);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println(file + "：" + line(Finding.error("file-unreadable",
                    Map.of("kind", "JSON 文件", "reason", String.valueOf(e.getMessage())))));
            return false;
        }
        boolean written = true;
        for (JsonReport report : reports) {
            written &= write(file, report.report(), name(report.file(), names));
        }
        return written;
    }

    /**
     * Writes the workbook (and JSON) of one report, and says so on stdout and its findings on stderr; false, with a
     * line on stderr, when an output would replace an input, or an existing file without {@code --force}.
     */
    private boolean write(Path source, ExtractedReport report, String name) {
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
        try {
            ReportWorkbooks.write(report, workbook);
            if (json) {
                new JsonExporter().write(ExportedReport.of(source, report), output.resolve(name + ".json"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Finding> findings = report.findings();
        findings.forEach(f -> spec.commandLine().getErr().println(source + "：" + line(f)));
        ReadCoverage read = report.coverage();
        spec.commandLine().getOut().printf("%s → %s（%s，%s 年度，%s 版，读出 %d/%d 个单元格%s，%d 个错误，%d 个提示）%n",
                source, workbook, report.unit().orElse("单位未识别"),
                report.year().isPresent() ? report.year().getAsInt() : "?", report.form().edition(), read.cells(),
                read.ofCells(), read.isComplete() ? "" : "（部分读取）", findings.stream().filter(Finding::isError).count(),
                findings.stream().filter(f -> !f.isError()).count());
        return true;
    }

    /** The output name for a source: its file name without the extension, made unique within this run. */
    private static String name(Path source, Set<String> names) {
        String stem = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = stem;
        for (int n = 2; !names.add(name); n++) {
            name = stem + "-" + n;
        }
        return name;
    }

    private static String line(Finding finding) {
        return (finding.isError() ? "" : "注意：") + MESSAGES.render(finding) + "［" + finding.ruleId() + "］";
    }
}

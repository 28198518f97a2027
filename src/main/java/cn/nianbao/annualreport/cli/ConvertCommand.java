package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.check.CheckReports;
import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.LabelVariants;
import cn.nianbao.annualreport.extract.SourceKind;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nianbao convert}: published reports (plain text, HTML, Word, PDF and foreign workbooks) into standard workbooks. */
@Command(name = "convert",
        description = "把已发布的年度报告（纯文本、网页、Word .docx、PDF 和外来工作簿）转换为标准工作簿，可同时输出 JSON。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        sortOptions = false)
final class ConvertCommand implements Callable<Integer> {

    private static final Messages MESSAGES = Messages.of(Locale.CHINESE);

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "输入", description = "报告文件或目录（目录递归查找）：.txt、.html、.docx、.pdf、.xlsx。")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "目录", description = "输出目录。")
    private Path output;

    @Option(names = "--labels", paramLabel = "文件", description = "另一份行标签变体文件（格式同 converters/labels.yaml），叠加在自带的变体之上；可多次给出。")
    private List<Path> labels = List.of();

    @Option(names = "--json", description = "同时输出同名 .json 文件。")
    private boolean json;

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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean clean = true;
        for (Path file : Inputs.files(inputs, spec)) {
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Optional<ExtractedReport> report = convert(file, reader, name);
            List<Finding> findings = report.map(ExtractedReport::findings).orElse(List.of());
            findings.forEach(f -> err.println(file + "：" + line(f)));
            report.ifPresent(r -> out.printf("%s → %s（%s，%s 年度，%s 版，%d 个单元格，%d 个错误，%d 个提示）%n", file,
                    output.resolve(name + ".xlsx"), r.unit().orElse("单位未识别"),
                    r.year().isPresent() ? r.year().getAsInt() : "?", r.form().edition(), r.cells().size(),
                    findings.stream().filter(Finding::isError).count(),
                    findings.stream().filter(f -> !f.isError()).count()));
            clean &= report.isPresent() && !report.get().hasErrors();
        }
        return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** Reads one file and writes its workbook (and JSON); a file that cannot be converted gets one line on stderr. */
    private Optional<ExtractedReport> convert(Path file, TextReportReader reader, String name) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SourceKind> kind = SourceKind.of(file);
        if (kind.isEmpty()) {
            err.println(file + "：" + line(Finding.error("unsupported-type",
                    Map.of("extensions", SourceKind.allExtensions()))));
            return Optional.empty();
        }
        ExtractedReport report;
        try {
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
        new WorkbookWriter(report.form()).write(new TemplateOptions(report.unit(), report.year()),
                new Filling(report.figures(), report.cellNotes(), report.narrative(), report.printedTotalValues()), output.resolve(name + ".xlsx"),
                true);
        if (json) {
            writeJson(report, output.resolve(name + ".json"));
        }
        return Optional.of(report);
    }

    private static String line(Finding finding) {
        return (finding.isError() ? "" : "注意：") + MESSAGES.render(finding) + "［" + finding.ruleId() + "］";
    }

    private static void writeJson(ExtractedReport report, Path file) throws IOException {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (CellDef cell : report.form().cells()) {
            cells.put(cell.code().toString(), report.figures().get(cell.code()));
        }
        Map<String, String> printed = new LinkedHashMap<>();
        report.printed().forEach((code, text) -> printed.put(code.toString(), text));
        CheckReports reports = new CheckReports(Locale.CHINESE);
        List<Map<String, Object>> findings = report.findings().stream().map(reports::json).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("unit", report.unit().orElse(null));
        OptionalInt year = report.year();
        root.put("year", year.isPresent() ? year.getAsInt() : null);
        root.put("edition", report.form().edition());
        root.put("cells", cells);
        root.put("printed", printed);
        root.put("narrative", report.narrative());
        root.put("findings", findings);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writeValue(file.toFile(), root);
    }
}

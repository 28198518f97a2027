package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.nianbao.annualreport.extract.ExtractedReport;
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

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "输入", description = "报告文件或目录（目录递归查找）：.txt、.html、.docx、.pdf、.xlsx。")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "目录", description = "输出目录。")
    private Path output;

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
        TextReportReader reader = new TextReportReader(forms);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean clean = true;
        for (Path file : files()) {
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Optional<SourceKind> kind = SourceKind.of(file);
            if (kind.isEmpty()) {
                err.println(file + "：不支持此文件类型（可读取 " + SourceKind.allExtensions() + "）");
                clean = false;
                continue;
            }
            ExtractedReport report;
            try {
                report = reader.read(kind.get().lines(file));
            } catch (IOException | RuntimeException e) {
                err.println(file + "：无法读取" + kind.get().displayName() + "：" + e.getMessage());
                clean = false;
                continue;
            }
            if (!report.hasTables()) {
                err.println(file + "：未识别到年度报告统计表（不是年度报告，或是 2019 年以前的旧格式），未生成工作簿");
                clean = false;
                continue;
            }
            new WorkbookWriter(report.form()).write(new TemplateOptions(report.unit(), report.year()),
                    new Filling(report.figures(), report.cellNotes(), report.narrative()), output.resolve(name + ".xlsx"), true);
            if (json) {
                writeJson(report, output.resolve(name + ".json"));
            }
            report.problems().forEach(p -> err.println(file + "：" + p));
            report.warnings().forEach(w -> err.println(file + "：注意：" + w));
            report.disagreeingTotals().forEach((code, text) -> err.println(file + "：" + code + " " + text));
            out.printf("%s → %s（%s，%s 年度，%s 版，%d 个单元格）%n", file, output.resolve(name + ".xlsx"),
                    report.unit().orElse("单位未识别"), report.year().isPresent() ? report.year().getAsInt() : "?",
                    report.form().edition(), report.cells().size());
            clean &= report.problems().isEmpty() && report.disagreeingTotals().isEmpty();
        }
        return clean ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new ParameterException(spec.commandLine(), "输入 " + input + " 不存在");
            }
        }
        return files;
    }

    private static void writeJson(ExtractedReport report, Path file) throws IOException {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (CellDef cell : report.form().cells()) {
            cells.put(cell.code().toString(), report.figures().get(cell.code()));
        }
        Map<String, String> printed = new LinkedHashMap<>();
        report.printed().forEach((code, text) -> printed.put(code.toString(), text));
        List<Map<String, String>> findings = new ArrayList<>();
        report.problems().forEach(p -> findings.add(Map.of("rule", "cell-unplaced", "severity", "error", "message", p)));
        report.warnings().forEach(w -> findings.add(Map.of("rule", "reading-note", "severity", "warning",
                "message", w)));
        report.disagreeingTotals().forEach((code, text) -> findings.add(Map.of("rule", "printed-total",
                "severity", "error", "code", code.toString(), "message", text)));
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

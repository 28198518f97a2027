package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.nianbao.annualreport.extract.DocxReport;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.HtmlReport;
import cn.nianbao.annualreport.extract.ReportFiles;
import cn.nianbao.annualreport.extract.SpreadsheetReport;
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

/** {@code nianbao convert}: published reports (plain text, HTML, .docx and foreign workbooks for now) into standard workbooks. */
@Command(name = "convert",
        description = "把已发布的年度报告（目前支持纯文本、网页、Word .docx 和外来工作簿）转换为标准工作簿，可同时输出 JSON。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        sortOptions = false)
final class ConvertCommand implements Callable<Integer> {

    private static final List<String> TEXT_TYPES = List.of(".txt", ".text");
    private static final List<String> HTML_TYPES = List.of(".html", ".htm", ".shtml");
    private static final List<String> WORD_TYPES = List.of(".docx");
    private static final List<String> WORKBOOK_TYPES = List.of(".xlsx", ".xls");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "输入", description = "报告文件或目录（目录递归查找）：.txt、.html、.docx、.xlsx。")
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
            boolean html = HTML_TYPES.contains(extension(file));
            boolean word = WORD_TYPES.contains(extension(file));
            boolean workbook = WORKBOOK_TYPES.contains(extension(file));
            if (!html && !word && !workbook && !TEXT_TYPES.contains(extension(file))) {
                err.println(file + "：暂不支持此文件类型（当前读取纯文本、网页、.docx 和外来工作簿；PDF 尚未支持）");
                clean = false;
                continue;
            }
            ExtractedReport report;
            try {
                report = reader.read(html ? HtmlReport.lines(file) : word ? DocxReport.lines(file)
                        : workbook ? SpreadsheetReport.lines(file) : ReportFiles.lines(file));
            } catch (IOException | RuntimeException e) {
                err.println(file + "：无法读取：" + e.getMessage());
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

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
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

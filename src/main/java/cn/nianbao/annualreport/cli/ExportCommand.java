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
@Command(name = "export",
        description = "把工作簿和已发布报告的统计表导出为长表 CSV（每格一行）、宽表 CSV（每个文件一行）或 JSON，供统计分析。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format {
        LONG, WIDE, JSON
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "输入", description = "工作簿、报告文件、convert --json 写出的 .json，或目录（目录递归查找）。")
    private List<Path> inputs = List.of();

    @Option(names = "--format", paramLabel = "long|wide|json", description = "long：每格一行；wide：每个文件一行、每个代码一列；json：转换器 JSON 对象的列表（默认 long）。")
    private String format = "long";

    @Option(names = {"-o", "--output"}, paramLabel = "文件", description = "输出文件。")
    private Path output;

    @Option(names = "--excel", description = "CSV 文件开头加字节顺序标记（BOM），让 Excel 按 UTF-8 打开。")
    private boolean excel;

    @Option(names = "--codebook", paramLabel = "文件", description = "另写出数据字典 CSV：代码、表、行标签、列标签、版本、类型、单位。")
    private Path codebook;

    @Option(names = "--force", description = "输出文件已存在时覆盖（输入文件本身决不覆盖）。")
    private boolean force;

    @Mixin
    private BatchReading batch;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出。")
    private boolean help;

    @Override
    public Integer call() throws IOException {
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
            spec.commandLine().getOut().println("数据字典已写入 " + codebook);
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
        spec.commandLine().getOut().printf("已导出 %d 个文件（%s）到 %s%s%n", reports.size(), format, output,
                unreadable == 0 ? "" : "；" + unreadable + " 个文件无法读取，未导出，见上");
        return unreadable == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private void checkPaths() {
        if (inputs.isEmpty() && codebook == null) {
            throw new ParameterException(spec.commandLine(), "请给出要导出的输入文件或目录，或用 --codebook 只写数据字典");
        }
        if (!inputs.isEmpty() && output == null) {
            throw new ParameterException(spec.commandLine(), "请用 -o 指定输出文件");
        }
    }

    /** Every input that could be read; each one that could not gets a line on stderr. */
    private List<ExportedReport> read(List<Path> files, FormDefinitions forms) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<CheckedFile<ExportedReport>> read = batch.read(
                new BatchChecker(forms, TextReportReader.withInstalledLabels(forms)), files, ExportedReport::of);
        Messages messages = Messages.of(Locale.CHINESE);
        List<ExportedReport> reports = new ArrayList<>();
        for (CheckedFile<ExportedReport> checked : read) {
            checked.filled().ifPresent(report -> reports.add(report.withFindings(checked.result().findings())));
            if (checked.filled().isEmpty()) {
                Finding why = checked.result().findings().get(0);
                err.println(checked.result().file() + "：未导出：" + messages.render(why) + "［" + why.ruleId() + "］");
            }
        }
        return reports;
    }

    private Format format() {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format 只能是 long、wide 或 json：" + format);
        }
    }
}

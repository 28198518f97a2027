package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
@Command(name = "merge",
        description = "把多个单位的年报数字相加，写成一本标准工作簿（合计和校验仍是公式），并附“汇总来源”表逐个列出各单位的数字。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n",
        sortOptions = false)
final class MergeCommand implements Callable<Integer> {

    /** How many files a warning names before it says 等. */
    private static final int NAMED_FILES = 5;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "输入", description = "各单位的工作簿、报告文件、convert --json 写出的 .json，或目录（目录递归查找）。")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "文件.xlsx", description = "输出的汇总工作簿。")
    private Path output;

    @Option(names = "--unit", required = true, paramLabel = "名称", description = "汇总单位名称，写在封面上。")
    private String unit;

    @Option(names = "--year", paramLabel = "年度", description = "汇总年度（默认：各输入共同的年度）。")
    private Integer year;

    @Option(names = "--allow-mixed", description = "允许版本或年度不同的输入：版本不同时汇总为 2021 版，2019 版中可对应的格计入 "
            + "2021 版的同一格；年度不同时须用 --year 指定汇总年度。")
    private boolean allowMixed;

    @Option(names = "--force", description = "输出文件已存在时覆盖。")
    private boolean force;

    @Mixin
    private BatchReading batch;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出。")
    private boolean help;

    @Override
    public Integer call() throws IOException {
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
        Optional<Mismatch> mismatch = allowMixed ? Optional.empty() : merger.mismatch(read, Optional.ofNullable(year));
        if (mismatch.isPresent()) {
            err.println(mismatchMessage(mismatch.get()));
            return ExitCodes.FINDINGS;
        }
        Summary summary = merger.merge(read, unit.strip(), summaryYear(read));
        target.write(file -> new SummaryWriter().write(summary, file, true));
        report(summary);
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (unit.isBlank()) {
            throw usage("--unit 的汇总单位名称不能为空");
        }
        if (year != null) {
            OutputFile.checkYear(year, "汇总年度", spec);
        }
    }

    private int summaryYear(List<CheckedFile<FilledForm>> read) {
        if (year != null) {
            return year;
        }
        return Merger.commonYear(read).orElseThrow(() -> usage("各输入的年度不同或没有写明（"
                + read.stream().map(f -> f.result().year().map(Object::toString).orElse("年度不明")).distinct()
                        .collect(Collectors.joining("、")) + "），请用 --year 指定汇总年度"));
    }

    private void reportUnreadable(List<FileResult> unreadable) {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = Messages.of(Locale.CHINESE);
        for (FileResult result : unreadable) {
            String reason = result.findings().stream().filter(Finding::isError).findFirst().map(messages::render)
                    .orElse("没有读出统计表");
            err.println("无法读取：" + result.file() + "：" + reason);
        }
        err.println(unreadable.size() + " 个输入无法读取，未写出汇总；请修正或移除这些文件后再合并（nianbao check 可查看详情）");
    }

    private static String mismatchMessage(Mismatch mismatch) {
        String expected = mismatch.edition() + " 版" + mismatch.year().map(y -> "、" + y + " 年度").orElse("");
        String odd = mismatch.odd().stream().map(r -> r.file() + "（" + r.edition().orElse("?") + " 版，"
                + r.year().map(y -> y + " 年度").orElse("年度不明") + "）").collect(Collectors.joining("、"));
        return "输入的版本或年度不一致，未写出汇总：汇总应为 " + expected + "，以下 " + mismatch.odd().size()
                + " 个文件不同：" + odd + "。如确要合并，请加 --allow-mixed（2019 版中可对应的格计入 2021 版，"
                + "年度不同时用 --year 指定汇总年度）";
    }

    /** Warnings on stderr (inputs with errors, duplicate units, cells not added), then the outcome on stdout. */
    private void report(Summary summary) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        for (MergedUnit merged : summary.units()) {
            if (merged.hasErrors()) {
                err.println("警告：" + merged.file() + "（" + merged.unit().orElse("单位未知") + "）有 " + merged.errors()
                        + " 个错误，其填入的数字照常计入；请用 nianbao check 核对");
            }
        }
        summary.copies().forEach((copy, original) -> err.println("未重复计入：" + copy + " 与 " + original
                + " 是同一份报告（单位、年度、版本和每个数字都相同），只计入一次"));
        summary.duplicates().forEach((name, files) -> err.println("警告：同一单位出现在 " + files.size() + " 个文件中："
                + files.stream().limit(NAMED_FILES).map(Path::toString).collect(Collectors.joining("、"))
                + (files.size() > NAMED_FILES ? " 等" : "") + "；每个文件都已计入，逐个列在“" + SummaryWriter.SOURCES_SHEET
                + "”表"));
        String edition = summary.form().edition();
        Messages messages = Messages.of(Locale.CHINESE);
        for (Omission omission : summary.omissions()) {
            if (omission.reason() != Omission.Reason.UNMAPPED) {
                Finding finding = omission.finding(edition);
                err.println("未计入：" + omission.file() + "：" + messages.render(finding) + "［" + finding.ruleId() + "］");
            }
        }
        summary.mapping().ifPresent(mapping -> out.println("以下 " + mapping.from().edition() + " 版行无法对应到 "
                + mapping.to().edition() + " 版，未计入：" + mapping.unmappedRows() + "（其中填有内容的 "
                + summary.omissions(Omission.Reason.UNMAPPED).size() + " 个格逐格列在“" + SummaryWriter.SOURCES_SHEET
                + "”表）"));
        out.println(outcome(summary));
    }

    private String outcome(Summary summary) {
        List<String> notes = new ArrayList<>();
        if (summary.unitsWithErrors() > 0) {
            notes.add(summary.unitsWithErrors() + " 个单位有错误");
        }
        int notAdded = summary.omissions().size() - summary.omissions(Omission.Reason.UNMAPPED).size();
        if (notAdded > 0) {
            notes.add(notAdded + " 个格不是数字或无法计入，未计入");
        }
        String line = "已合并 " + summary.units().size() + " 个单位（" + summary.form().edition() + " 版，"
                + summary.year() + " 年度）：" + output;
        return notes.isEmpty() ? line
                : line + "；" + String.join("，", notes) + "，见“" + SummaryWriter.SOURCES_SHEET + "”表";
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

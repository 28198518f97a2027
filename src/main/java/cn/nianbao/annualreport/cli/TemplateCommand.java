package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nianbao template}: writes the standard workbook of an edition. */
@Command(name = "template",
        description = "生成标准工作簿（Excel），内含三张统计表、公式、校验和填表说明。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        sortOptions = false)
final class TemplateCommand implements Callable<Integer> {

    /** No annual report in either edition's format exists before this year. */
    private static final int FIRST_REPORT_YEAR = 2019;

    @Spec
    private CommandSpec spec;

    @Option(names = "--edition", required = true, paramLabel = "版本", description = "报告格式版本：2021 或 2019。")
    private String edition;

    @Option(names = "--unit", paramLabel = "名称", description = "填报单位名称，写在封面上。")
    private String unit;

    @Option(names = "--year", paramLabel = "年度", description = "报告年度，例如 2025，写在封面上。")
    private Integer year;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "文件.xlsx", description = "输出的工作簿文件。")
    private Path output;

    @Option(names = "--force", description = "输出文件已存在时覆盖。")
    private boolean force;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出。")
    private boolean help;

    @Override
    public Integer call() throws IOException {
        FormDefinitions forms = FormDefinitions.load();
        FormDefinition form = forms.edition(edition).orElseThrow(() -> usage(
                "未知的格式版本“" + edition + "”，可用的版本：" + String.join("、", forms.codes())));
        checkYear(form, forms.all().get(0));
        Path target = output.toAbsolutePath().normalize();
        checkTarget(target);
        TemplateOptions options = new TemplateOptions(Optional.ofNullable(unit).map(String::strip),
                year == null ? OptionalInt.empty() : OptionalInt.of(year));
        // Written beside the target and moved into place, so a failed write never leaves half a workbook; a plain
        // new file (not a temp file) so that it gets the user's usual permissions.
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            WorkbookWriter writer = new WorkbookWriter(form);
            writer.write(options, partial, true);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("已写出 %s 版标准工作簿：%s（%d 个数据单元格，%d 条校验规则）%n",
                    form.edition(), output, form.cells().size(), form.singleReportRules().size());
        } finally {
            Files.deleteIfExists(partial);
        }
        return ExitCodes.OK;
    }

    private void checkYear(FormDefinition form, FormDefinition newest) {
        if (year == null) {
            return;
        }
        int latest = Year.now().getValue() + 1;
        if (year < FIRST_REPORT_YEAR || year > latest) {
            throw usage("报告年度 " + year + " 不可能：应在 " + FIRST_REPORT_YEAR + " 至 " + latest + " 之间");
        }
        if (year < form.firstYear()) {
            throw usage(form.edition() + " 版格式自 " + form.firstYear() + " 年度起使用，" + year
                    + " 年度的报告请用 --edition " + FIRST_REPORT_YEAR);
        }
        if (form != newest && year >= newest.firstYear()) {
            spec.commandLine().getErr().printf("注意：%d 年度的报告一般应使用 %s 版格式；仍按 %s 版生成。%n", year,
                    newest.edition(), form.edition());
        }
    }

    private void checkTarget(Path target) {
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw usage("输出路径 " + output + " 是一个目录，请给出 .xlsx 文件名");
        }
        if (Files.exists(target) && !force) {
            throw usage("输出文件 " + output + " 已存在；如要覆盖请加 --force");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw usage("输出目录 " + (dir == null ? output : dir) + " 不存在");
        }
        if (!Files.isWritable(dir)) {
            throw usage("输出目录 " + dir + " 不可写");
        }
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw usage("输出文件应以 .xlsx 结尾：" + output);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.nio.file.Path;
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
        OutputFile target = OutputFile.of(output, force, spec);
        TemplateOptions options = new TemplateOptions(Optional.ofNullable(unit).map(String::strip),
                year == null ? OptionalInt.empty() : OptionalInt.of(year));
        target.write(file -> new WorkbookWriter(form).write(options, file, true));
        spec.commandLine().getOut().printf("已写出 %s 版标准工作簿：%s（%d 个数据单元格，%d 条校验规则）%n",
                form.edition(), output, form.cells().size(), form.singleReportRules().size());
        return ExitCodes.OK;
    }

    private void checkYear(FormDefinition form, FormDefinition newest) {
        if (year == null) {
            return;
        }
        OutputFile.checkYear(year, "报告年度", spec);
        if (year < form.firstYear()) {
            throw usage(form.edition() + " 版格式自 " + form.firstYear() + " 年度起使用，" + year
                    + " 年度的报告请用 --edition " + OutputFile.FIRST_REPORT_YEAR);
        }
        if (form != newest && year >= newest.firstYear()) {
            spec.commandLine().getErr().printf("注意：%d 年度的报告一般应使用 %s 版格式；仍按 %s 版生成。%n", year,
                    newest.edition(), form.edition());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

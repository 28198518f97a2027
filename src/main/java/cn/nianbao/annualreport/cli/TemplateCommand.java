package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nianbao template}: writes the standard workbook of an edition. */
@Command(name = "template", sortOptions = false)
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--edition", required = true)
    private String edition;

    @Option(names = "--unit")
    private String unit;

    @Option(names = "--year")
    private Integer year;

    @Option(names = {"-o", "--output"}, required = true)
    private Path output;

    @Option(names = "--force")
    private boolean force;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    /** The framing text in the language of {@code --lang}. */
    private TerminalText text;

    @Override
    public Integer call() throws IOException {
        text = TerminalText.of(spec);
        FormDefinitions forms = FormDefinitions.load();
        FormDefinition form = forms.edition(edition).orElseThrow(() -> usage(text.get("edition-unknown", edition,
                String.join(text.get("list-separator"), forms.codes()))));
        checkYear(form, forms.all().get(0));
        OutputFile target = OutputFile.of(output, force, spec);
        TemplateOptions options = new TemplateOptions(Optional.ofNullable(unit).map(String::strip),
                Optional.ofNullable(year).map(ReportYear::new));
        target.write(file -> new WorkbookWriter(form).write(options, file, true));
        spec.commandLine().getOut().println(text.get("template-written", form.edition(), output, form.cells().size(),
                form.singleReportRules().size()));
        return ExitCodes.OK;
    }

    private void checkYear(FormDefinition form, FormDefinition newest) {
        if (year == null) {
            return;
        }
        OutputFile.checkYear(year, text.get("report-year"), spec);
        if (year < form.firstYear()) {
            throw usage(text.get("edition-too-new", form.edition(), form.firstYear(), year,
                    OutputFile.FIRST_REPORT_YEAR));
        }
        if (form != newest && year >= newest.firstYear()) {
            spec.commandLine().getErr().println(text.get("edition-old", year, newest.edition(), form.edition()));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

package cn.nianbao.annualreport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.annualreport.form.FormDefinitions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code nianbao} command: with no subcommand it prints the list of commands. */
@Command(name = "nianbao",
        description = "政府信息公开工作年度报告统计表工具：生成标准工作簿，转换、校验、导出和汇总年度报告数据。",
        versionProvider = Version.class,
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        commandListHeading = "%n命令：%n",
        optionListHeading = "%n选项：%n",
        footerHeading = "%n",
        footer = "退出码：0 成功；1 发现错误或有无法读取的输入；2 用法错误；3 内部故障。",
        subcommands = {TemplateCommand.class, ConvertCommand.class, CheckCommand.class, ExportCommand.class,
                MergeCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出。")
    private boolean help;

    @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出。")
    private boolean version;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        FormDefinitions.loadInBackground();
        System.exit(commandLine().execute(args));
    }

    /** The command line with Chinese error handling and the project's exit codes. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            PrintWriter err = cl.getErr();
            err.println("内部故障：" + e);
            if (System.getenv("NIANBAO_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL;
        });
        return commandLine;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("错误：" + problem(e) + "（运行 nianbao " + commandPath(e.getCommandLine()) + "--help 查看用法）");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** What was wrong with the command line, in Chinese, with the nearest command or option when one was mistyped. */
    private static String problem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            List<String> near = unmatched.getSuggestions();
            String guess = near.isEmpty() ? "" : "，是不是 " + near.get(0) + "？";
            if (first.startsWith("-")) {
                return "没有 " + first + " 这个选项" + guess;
            }
            if (e.getCommandLine().getParent() == null) {
                return "没有 " + first + " 命令" + guess;
            }
            return "多余的参数：" + String.join(" ", unmatched.getUnmatched());
        }
        if (e.getArgSpec() != null && e.getValue() != null
                && e.getCause() instanceof CommandLine.TypeConversionException) {
            return "“" + e.getValue() + "”不是 " + name(e.getArgSpec()) + " 可用的值：应为" + kind(e.getArgSpec().type());
        }
        return chinese(e.getMessage());
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "整数";
        }
        return type == Path.class ? "文件或目录的路径" : "规定格式的值";
    }

    /** picocli's own messages, in Chinese. */
    private static String chinese(String message) {
        return message.replace("Missing required options: ", "缺少必需的选项：")
                .replace("Missing required option: ", "缺少必需的选项：")
                .replace("Unknown options: ", "未知的选项：")
                .replace("Unknown option: ", "未知的选项：")
                .replace("Missing required parameter for option ", "选项缺少参数值：")
                .replace("Invalid value for option ", "选项的值无效：");
    }

    private static String commandPath(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

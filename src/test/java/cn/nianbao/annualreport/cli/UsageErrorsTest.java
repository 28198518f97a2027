package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong command line gets one line saying what is wrong and, for a typo, what was probably meant: in Chinese by
 * default or with --lang zh, in English with --lang en wherever it is given.
 */
class UsageErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chek x | 错误：没有 chek 命令，是不是 check？（运行 nianbao --help 查看用法）",
        "check --thread 2 examples | 错误：没有 --thread 这个选项，是不是 --threads？（运行 nianbao check --help 查看用法）",
        "check --threads abc examples | 错误：“abc”不是 --threads 可用的值：应为整数（运行 nianbao check --help 查看用法）",
        "template --edition 2021 -o t.xlsx extra | 错误：多余的参数：extra（运行 nianbao template --help 查看用法）",
        "--lang zh chek x | 错误：没有 chek 命令，是不是 check？（运行 nianbao --help 查看用法）",
        "template --edition 2021 | 错误：缺少必需的选项：'--output=文件.xlsx'（运行 nianbao template --help 查看用法）",
        "check --report | 错误：选项缺少参数值：'--report' (文件)（运行 nianbao check --help 查看用法）",
        "check examples --lang fr | 错误：--lang 只能是 zh 或 en：fr（运行 nianbao check --help 查看用法）",
    })
    void saysWhatIsWrongInChineseWithTheNearestName(String line, String expected) {
        CliRun cli = new CliRun();
        assertEquals(ExitCodes.USAGE, cli.run(line.split(" ")));
        assertEquals(List.of(expected), cli.err().lines().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lang en chek x | Error: No command chek; did you mean check? (run nianbao --help for usage)",
        "check --lang en --thread 2 examples | Error: No option --thread; did you mean --threads? (run nianbao check "
                + "--help for usage)",
        "--lang en check --threads abc examples | Error: \"abc\" is not a value for --threads: expected a whole number "
                + "(run nianbao check --help for usage)",
        "template --lang=en --edition 2021 -o t.xlsx extra | Error: Extra arguments: extra (run nianbao template "
                + "--help for usage)",
        "--lang en template --edition 2021 | Error: Missing required options: '--output=FILE.xlsx' (run nianbao "
                + "template --help for usage)",
        "--lang en check --report | Error: Option without its value: '--report' (FILE) (run nianbao check --help "
                + "for usage)",
        "--lang en check | Error: Missing parameters: 'INPUT' (run nianbao check --help for usage)",
        "--lang en check no-such-file | Error: Input no-such-file does not exist (run nianbao check --help for usage)",
    })
    void saysWhatIsWrongInEnglishUnderLangEn(String line, String expected) {
        CliRun cli = new CliRun();
        assertEquals(ExitCodes.USAGE, cli.run(line.split(" ")));
        assertEquals(List.of(expected), cli.err().lines().toList());
    }

    @Test
    void aCommandLineNamingACommandBuildsThatCommandAloneAndAnyOtherBuildsThemAll() {
        assertEquals(List.of("check"), List.copyOf(Main.commandLine(new String[] {"--lang", "en", "check", "x"})
                .getSubcommands().keySet()));
        assertEquals(List.of("merge"), List.copyOf(Main.commandLine(new String[] {"--lang=zh", "merge"})
                .getSubcommands().keySet()));
        for (String[] args : List.of(new String[] {"chek"}, new String[] {"-h", "check"}, new String[] {"--lang"},
                new String[0])) {
            assertEquals(Main.NAMES, List.copyOf(Main.commandLine(args).getSubcommands().keySet()));
        }
    }

    @Test
    void theHelpListsEveryCommand() {
        CliRun cli = new CliRun();
        assertEquals(ExitCodes.OK, cli.run("--help"));
        for (String name : Main.NAMES) {
            assertEquals(1, cli.out().lines().filter(line -> line.strip().startsWith(name + " ")).count(), name);
        }
    }
}

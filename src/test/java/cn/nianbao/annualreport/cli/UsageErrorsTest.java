package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wrong command line gets one Chinese line saying what is wrong and, for a typo, what was probably meant. */
class UsageErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chek x | 错误：没有 chek 命令，是不是 check？（运行 nianbao --help 查看用法）",
        "check --thread 2 examples | 错误：没有 --thread 这个选项，是不是 --threads？（运行 nianbao check --help 查看用法）",
        "check --threads abc examples | 错误：“abc”不是 --threads 可用的值：应为整数（运行 nianbao check --help 查看用法）",
        "template --edition 2021 -o t.xlsx extra | 错误：多余的参数：extra（运行 nianbao template --help 查看用法）",
    })
    void saysWhatIsWrongInChineseWithTheNearestName(String line, String expected) {
        CliRun cli = new CliRun();
        assertEquals(ExitCodes.USAGE, cli.run(line.split(" ")));
        assertEquals(List.of(expected), cli.err().lines().toList());
    }
}

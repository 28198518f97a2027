package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.annualreport.Fixtures;
import org.junit.jupiter.api.Test;

/** bench --convert measures each report by kind and per PDF page; its figures are read by people, not asserted. */
class BenchCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void measuresConversionByKindAndPerPdfPage() {
        assertEquals(0, cli.run("bench", "--convert", Fixtures.seed("001").toString(),
                Fixtures.realReport("hongze-district-2024").toString(), "--threads", "1"), cli.err());
        String out = cli.out();
        assertTrue(out.contains("2 个报告"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("纯文本：1 个，每个中位数")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("PDF：1 个，每页中位数")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("下限：只写出一本空白标准工作簿")), out);
    }

    @Test
    void refusesToRunWithoutASampleOrReports() {
        assertEquals(2, cli.run("bench"));
        assertTrue(cli.err().contains("请给出样本工作簿"), cli.err());
    }

    @Test
    void answersHelpAndRefusesAMissingSampleAsAUsageError() {
        assertEquals(0, cli.run("bench", "-h"));
        assertTrue(cli.out().contains("--copies"), cli.out());
        CliRun missing = new CliRun();
        assertEquals(2, missing.run("bench", "no-such-sample.xlsx"));
        assertTrue(missing.err().contains("样本工作簿 no-such-sample.xlsx 不存在"), missing.err());
    }
}

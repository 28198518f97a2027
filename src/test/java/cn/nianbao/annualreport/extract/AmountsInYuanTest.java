package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;

/** An amount printed in 元 is read as 万元, and a warning says so with the printed text; never silently. */
class AmountsInYuanTest {

    @Test
    void aFeePrintedInYuanIsReadAsTenThousandsWithAWarningKeepingThePrintedText() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.REPORTS.resolve("text-yuan-2-fees/report.txt"));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
        CellCode fees = CellCode.parse("active.fees.amount");
        assertEquals(0, new BigDecimal("150").compareTo(report.figures().get(fees)));
        List<Finding> warnings = report.findings().stream().filter(f -> f.ruleId().equals("amount-in-yuan")).toList();
        assertEquals(1, warnings.size(), report.findings().toString());
        assertEquals(fees, warnings.get(0).cell().orElseThrow());
        assertEquals("1500000元", warnings.get(0).actual());
        assertEquals("150", warnings.get(0).expected());
        assertEquals(false, warnings.get(0).isError());
    }

    @Test
    void anAmountPrintedInTenThousandsRaisesNoWarning() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.seed("004"));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
        assertEquals(List.of(), report.findings().stream().filter(f -> f.ruleId().equals("amount-in-yuan")).toList());
    }
}

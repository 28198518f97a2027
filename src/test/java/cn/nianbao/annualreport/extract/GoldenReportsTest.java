package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case under {@code src/test/resources/reports/} read exactly: every cell, the edition, the unit (as
 * printed) and the year, as its {@code expected.json} says. A failure names the case and its first differing cells.
 */
class GoldenReportsTest {

    private static final TextReportReader READER = reader();
    /** How many differing cells a failure lists. */
    private static final int SHOWN = 8;

    static Stream<Arguments> cases() {
        return Fixtures.cases().stream().map(dir -> Arguments.of(dir.getFileName().toString(), dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheCaseExactly(String name, Path dir) throws Exception {
        Path source = Fixtures.source(dir);
        SourceKind kind = SourceKind.of(source)
                .orElseThrow(() -> new AssertionError(name + ": unknown kind " + source));
        ExtractedReport report = READER.read(kind.read(source));
        Expectation expected = Expectation.read(dir.resolve(Fixtures.EXPECTED));
        List<String> differences = differences(expected.cells(), Expectation.cellsOf(report));
        if (!differences.isEmpty()) {
            fail(name + ": " + differences.size() + " cells differ, first: "
                    + String.join("; ", differences.subList(0, Math.min(SHOWN, differences.size())))
                    + "\nfindings: " + report.findings());
        }
        assertEquals(expected.edition(), report.form().edition(), name + ": edition");
        assertEquals(expected.unit(), report.unit().orElse("(none)"), name + ": unit");
        assertEquals(expected.year(), report.year().map(ReportYear::value).orElse(-1), name + ": year");
    }

    /** Each code whose value differs, as {@code code expected → read}. */
    private static List<String> differences(Map<String, String> expected, Map<String, String> read) {
        TreeSet<String> codes = new TreeSet<>(expected.keySet());
        codes.addAll(read.keySet());
        List<String> differences = new ArrayList<>();
        for (String code : codes) {
            String want = expected.getOrDefault(code, "(absent)");
            String got = read.getOrDefault(code, "(absent)");
            if (!want.equals(got)) {
                differences.add(code + " " + want + " → " + got);
            }
        }
        return differences;
    }

    private static TextReportReader reader() {
        try {
            return TextReportReader.withInstalledLabels(FormDefinitions.load());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

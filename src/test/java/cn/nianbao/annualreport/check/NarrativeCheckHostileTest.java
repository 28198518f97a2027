package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.annualreport.Answered;
import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.SourceKind;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Narratives made of one statement repeated tens of thousands of times, without a clause end between them: each
 * statement is checked once against the tables, so the file is answered at once, with one finding per statement
 * as written (not one per repetition).
 */
@Tag("hostile")
class NarrativeCheckHostileTest {

    private static final int REPEATS = 20_000;
    private static final FormDefinitions FORMS = FormDefinitions.load();

    /** Loads the dictionaries and label variants once, outside the time measured. */
    @BeforeAll
    static void readASeedOnce() throws IOException {
        TextReportReader.withInstalledLabels(FORMS).read(SourceKind.TEXT.read(Fixtures.seed("000")));
    }

    @ParameterizedTest
    @CsvSource({
        "行政复议1件, appeals.review.total, 1",
        "行政诉讼2件, appeals.suit_direct.total, 2",
        "受理政府信息公开申请3件, requests.new.total, 3",
        "未收到政府信息公开申请、, requests.new.total, 0",
        "无行政复议和, appeals.review.total, 0"})
    void answersANarrativeRepeatingOneStatementTwentyThousandTimesWithOneFinding(String statement, String cell,
            String stated, @TempDir Path dir) throws IOException {
        // Seed 000's tables are all zero: every repetition but those stating none contradicts them.
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.seed("000"), StandardCharsets.UTF_8));
        lines.add(3, statement.repeat(REPEATS));
        Path file = dir.resolve("report.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);

        List<Finding> findings = Answered.within5Seconds(() -> {
            ExtractedReport report = TextReportReader.withInstalledLabels(FORMS).read(SourceKind.TEXT.read(file));
            return NarrativeCheck.check(report.form().narrative(), report.narrative(), report.figures());
        });

        List<Finding> contradictions = findings.stream().filter(f -> f.cell().orElseThrow().toString().equals(cell))
                .toList();
        assertEquals(stated.equals("0") ? 0 : 1, contradictions.size(), findings.toString());
        contradictions.forEach(f -> assertEquals(stated, f.actual()));
    }
}

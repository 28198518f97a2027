package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The substance of what the checker finds in the five seeds, the real PDFs and the examples, kept in golden files
 * under {@code src/test/resources/findings-golden/}: per finding its rule, severity, cell code, cell address and the
 * figure it names for the cell (for the findings that name one), and for a group of blank cells how many. A change of
 * wording leaves them as they are; a finding added, lost, moved or suggesting another figure breaks them. After a
 * deliberate change, {@code -Dgolden.update=true} rewrites them (read the diff before committing it).
 */
class FindingsGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "findings-golden");
    private static final Set<String> NAMING_A_FIGURE = Set.of("likely-wrong-cell", "blank-cell",
            "number-stored-as-text", "full-width-digits", "row-sum", "column-sum", "balance");
    private static BatchChecker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void reader() throws IOException {
        FormDefinitions forms = FormDefinitions.load();
        checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));
    }

    static Stream<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(Fixtures.seeds());
        for (String real : List.of("real-hongze-district-2023", "real-hongze-district-2024", "real-huaian-city-2024")) {
            files.add(Fixtures.source(Fixtures.REPORTS.resolve(real)));
        }
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            files.addAll(examples.sorted().toList());
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void theFindingsKeepTheirSubstance(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# rule\tseverity\tcode\tcell\tfigure named\tcells in group");
        for (Finding finding : checker.check(file).findings()) {
            lines.add(String.join("\t", finding.ruleId(), finding.severity().name().toLowerCase(Locale.ROOT),
                    finding.cell().map(Object::toString).orElse(""),
                    finding.where().filter(CellRef.class::isInstance).map(w -> ((CellRef) w).absolute()).orElse(""),
                    NAMING_A_FIGURE.contains(finding.ruleId()) ? finding.expected() : "",
                    finding.args().getOrDefault("count", "")));
        }
        Path golden = GOLDEN.resolve(file.getFileName() + ".tsv");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, lines, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", Files.readAllLines(golden, StandardCharsets.UTF_8)), String.join("\n", lines),
                file + " against " + golden);
    }
}

package cn.nianbao.annualreport.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormDefinitionsTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();

    /** The codes the shared seed expectations list for an edition: every cell a careful reader finds. */
    private static Set<String> expectedCodes(String edition) throws IOException {
        Path dir = Fixtures.REPORTS;
        Pattern code = Pattern.compile("\"((?:active|requests|appeals)\\.[a-z_]+\\.[a-z_]+)\"");
        Set<String> codes = new TreeSet<>();
        try (var files = Files.walk(dir).filter(f -> f.endsWith(Fixtures.EXPECTED)
                && f.getParent().getFileName().toString().startsWith("seed-"))) {
            for (Path file : files.toList()) {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                if (json.contains("\"edition\": \"" + edition + "\"")) {
                    Matcher m = code.matcher(json);
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void definesExactlyTheCellsTheSeedExpectationsUse(String edition) throws IOException {
        Set<String> defined = FORMS.edition(edition).orElseThrow().cells().stream()
                .map(c -> c.code().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expectedCodes(edition), defined);
    }

    @Test
    void requestsTableHasTwentyFiveRowsIn2021AndTwentyThreeIn2019() {
        assertEquals(25, FORMS.edition("2021").orElseThrow().table("requests").orElseThrow().rows().size());
        assertEquals(23, FORMS.edition("2019").orElseThrow().table("requests").orElseThrow().rows().size());
    }

    @Test
    void expandsRowSumOverTheSixApplicantColumns() {
        SumRule rule = FORMS.edition("2021").orElseThrow().rules().stream()
                .filter(SumRule.class::isInstance).map(SumRule.class::cast)
                .filter(r -> r.total().equals(CellCode.parse("requests.granted.total"))).findFirst().orElseThrow();
        assertEquals("row-sum", rule.id());
        assertEquals(List.of("natural_person", "business", "research", "nonprofit", "legal_services", "other_org"),
                rule.parts().stream().map(CellCode::column).toList());
    }

    @Test
    void columnSumAddsEveryResultRowOfTheEdition() {
        for (String edition : List.of("2021", "2019")) {
            FormDefinition form = FORMS.edition(edition).orElseThrow();
            SumRule rule = (SumRule) form.rules().stream().filter(r -> r.id().equals("column-sum")).findFirst()
                    .orElseThrow();
            int resultRows = edition.equals("2021") ? 21 : 19; // （一）…（六） rows; （七）总计 is the 22nd or 20th
            assertEquals(resultRows, rule.parts().size(), edition);
            assertTrue(rule.parts().stream().noneMatch(c -> c.row().equals("results_total")));
        }
    }

    @Test
    void balanceHoldsForEveryColumnIncludingTotal() {
        long balances = FORMS.edition("2021").orElseThrow().rules().stream()
                .filter(BalanceRule.class::isInstance).count();
        assertEquals(7, balances);
    }

    @Test
    void computedCellsAreTheRequestTotalsAndTheAppealTotals() {
        FormDefinition form = FORMS.edition("2021").orElseThrow();
        Set<String> computed = form.computedCells().keySet().stream().map(CellCode::toString)
                .collect(Collectors.toSet());
        // 25 row totals + 6 applicant cells of （七）总计 + 3 appeal totals
        assertEquals(25 + 6 + 3, computed.size());
        assertTrue(computed.contains("requests.results_total.natural_person"));
        assertTrue(computed.contains("appeals.suit_after_review.total"));
    }

    @Test
    void the2021VariantWithTheSingleOtherRowSumsWhicheverOtherRowsArePresent() {
        FormDefinition variant = FORMS.variants().get(0);
        assertEquals("2021", variant.edition());
        assertTrue(variant.variant().isPresent());
        assertEquals(23, variant.table("requests").orElseThrow().rows().size());
        SumRule columnSum = (SumRule) variant.rules().stream().filter(r -> r.id().equals("column-sum")).findFirst()
                .orElseThrow();
        assertTrue(columnSum.parts().stream().anyMatch(c -> c.row().equals("other")));
        assertTrue(columnSum.parts().stream().noneMatch(c -> c.row().startsWith("other_")));
        assertEquals("行政许可", variant.table("active").orElseThrow().rows().get(2).label().get(0));
    }

    @Test
    void crossYearRulesAreWarnings() {
        FORMS.all().forEach(form -> form.rules().stream().filter(CrossYearRule.class::isInstance)
                .forEach(r -> assertEquals(Severity.WARNING, r.severity(), r.toString())));
    }

    @Test
    void namesRowsAndColumnsByTheirShortestUniqueLabel() {
        TableDef requests = FORMS.edition("2021").orElseThrow().table("requests").orElseThrow();
        RowDef secret = requests.rows().stream().filter(r -> r.code().equals("denied_secret")).findFirst()
                .orElseThrow();
        assertEquals("1.属于国家秘密", requests.rowName(secret));
        assertEquals("其他", requests.columnName(requests.columns().get(5)));
    }
}

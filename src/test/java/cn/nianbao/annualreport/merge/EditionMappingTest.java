package cn.nianbao.annualreport.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The installed 2019 → 2021 mapping joins exactly the comparable cells, and a broken mapping file fails at load. */
class EditionMappingTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();

    @Test
    void mapsEveryComparableEnteredCellOntoTheSameCodeOf2021() {
        EditionMapping mapping = EditionMapping.load(FORMS);
        assertEquals("2019", mapping.from().edition());
        assertEquals("2021", mapping.to().edition());
        // 3 decisions of table 二, 21 rows × 6 applicant columns of table 三, 3 groups × 4 outcomes of table 四
        assertEquals(3 + 21 * 6 + 3 * 4, mapping.cells().size());
        mapping.cells().forEach((from, to) -> assertEquals(from, to, "every comparable cell keeps its code"));
        assertEquals(Optional.of(code("requests.denied_secret.business")),
                mapping.target(code("requests.denied_secret.business")));
        assertEquals(Optional.of(code("appeals.suit_after_review.pending")),
                mapping.target(code("appeals.suit_after_review.pending")));
        assertEquals(Optional.of(code("active.licensing.decisions")),
                mapping.target(code("active.licensing.decisions")));
    }

    @Test
    void leavesOutTheRowsWhoseMeaningDiffersAndNamesThem() {
        EditionMapping mapping = EditionMapping.load(FORMS);
        FormDefinition old = FORMS.edition("2019").orElseThrow();
        Set<String> unmapped = mapping.unmapped().stream().map(c -> c.code().toString()).collect(Collectors.toSet());
        Set<String> expected = old.cells().stream().map(CellDef::code)
                .filter(c -> !old.computedCells().containsKey(c))
                .filter(c -> c.table().equals("active") && !c.column().equals("decisions")
                        || c.table().equals("active") && c.row().equals("other_services")
                        || c.row().equals("other"))
                .map(CellCode::toString).collect(Collectors.toSet());
        assertEquals(expected, unmapped);
        String rows = mapping.unmappedRows();
        for (String row : List.of("规章", "规范性文件", "行政许可（上一年项目数量、本年增/减）", "其他对外管理服务事项",
                "行政事业性收费", "政府集中采购", "（六）其他处理")) {
            assertTrue(rows.contains(row), row + " in " + rows);
        }
        assertFalse(rows.contains("予以公开"), rows);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "active.rules.issued: active.rules.issued;cells/active.rules.issued;2019 版没有单元格 active.rules.issued",
        "requests.other.business: requests.other.business;cells/requests.other.business;2021 版没有单元格",
        "requests.new.total: requests.new.total;cells/requests.new.total;公式计算的合计",
        "requests.new: requests.new.total;cells/requests.new;三段",
        "requests.new.business: requests.new.business|requests.new.research: requests.new.business"
                + ";cells/requests.new.research;已由 requests.new.business 对应"})
    void aBrokenEntryFailsAtLoadNamingTheFileAndTheEntry(String cells, String entry, String reason) {
        String yaml = "from: \"2019\"\nto: \"2021\"\ncells:\n  " + cells.replace("|", "\n  ") + "\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EditionMapping.read(FORMS,
                "broken-mapping.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("broken-mapping.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains(entry), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void anUnknownEditionOrADuplicateKeyFailsAtLoadNamingTheFile() {
        String unknown = "from: \"2018\"\nto: \"2021\"\ncells:\n  requests.new.business: requests.new.business\n";
        String duplicate = "from: \"2019\"\nto: \"2021\"\ncells:\n  requests.new.business: requests.new.business\n"
                + "  requests.new.business: requests.new.research\n";
        for (String yaml : List.of(unknown, duplicate)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> EditionMapping.read(FORMS,
                    "broken-mapping.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
            assertTrue(e.getMessage().contains("broken-mapping.yaml"), e.getMessage());
        }
    }

    private static CellCode code(String code) {
        return CellCode.parse(code);
    }
}

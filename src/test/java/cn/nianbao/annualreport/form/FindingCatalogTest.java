package cn.nianbao.annualreport.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The findings catalog ({@code findings.yaml}) and the definitions own every rule id: the catalog and
 * {@link FindingKind} match one for one, the value rules are the kinds' own, and the old-edition rule reads the
 * newest edition and its first year from the definitions.
 */
class FindingCatalogTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();

    @Test
    void everyFindingKindHasItsCatalogEntryByNameWithAnExplanation() {
        FindingCatalog catalog = FORMS.findings();
        assertEquals(FindingKind.values().length, catalog.findings().size());
        FindingCatalog.Entry entry = catalog.entry(FindingKind.SHEET_MISSING);
        assertEquals("sheet-missing", entry.id());
        assertEquals(Severity.ERROR, entry.severity());
        assertEquals("structure", entry.about());
        assertTrue(catalog.topics().containsKey("reading") && !entry.explanation().isBlank());
        assertEquals(Optional.of(Severity.WARNING), catalog.entry(FindingKind.UNIT_MISSING).converting());
    }

    @Test
    void aCatalogWithoutAnEntryForAKindOrWithAnEntryNoKindNamesFailsNamingThem() {
        List<FindingCatalog.Entry> entries = new ArrayList<>(FORMS.findings().findings());
        FindingCatalog.Entry sheetMissing = FORMS.findings().entry(FindingKind.SHEET_MISSING);
        entries.remove(sheetMissing);
        entries.add(new FindingCatalog.Entry("sheet-gone", Severity.ERROR, Optional.empty(), "structure", "缺表"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FindingCatalog(FORMS.findings().topics(), entries));
        assertTrue(e.getMessage().contains("[sheet-missing]") && e.getMessage().contains("[sheet-gone]"),
                e.getMessage());
    }

    @Test
    void aCatalogEntryAboutNoDeclaredTopicFails() {
        List<FindingCatalog.Entry> entries = new ArrayList<>(FORMS.findings().findings());
        entries.set(0, new FindingCatalog.Entry(entries.get(0).id(), Severity.ERROR, Optional.empty(), "weather",
                "说明"));
        assertThrows(IllegalArgumentException.class, () -> new FindingCatalog(FORMS.findings().topics(), entries));
    }

    @Test
    void ruleIdsAreTheCatalogsAndTheDefinitionsIncludingTheValueKinds() {
        assertTrue(FORMS.ruleIds().containsAll(List.of("sheet-missing", "row-sum", "balance", "carry-over",
                "non-negative-integer", "decimal-amount", "signed-change")), FORMS.ruleIds().toString());
        assertFalse(FORMS.ruleIds().contains("negative-count"));
    }

    @Test
    void eachValueKindAdmitsWhatItsDefinitionSays() {
        Map<String, ValueKind> kinds = new HashMap<>();
        FORMS.edition("2019").orElseThrow().kinds().forEach(k -> kinds.put(k.code(), k));
        ValueKind count = kinds.get("count");
        assertEquals("non-negative-integer", count.ruleId());
        assertTrue(count.admits(new BigDecimal("0")) && count.admits(new BigDecimal("12.0")));
        assertFalse(count.admits(new BigDecimal("-1")) || count.admits(new BigDecimal("2.5")));
        assertEquals("≥ 0 的整数", count.admitted());
        ValueKind amount = kinds.get("amount");
        assertTrue(amount.admits(new BigDecimal("679.7")));
        assertFalse(amount.admits(new BigDecimal("-0.1")));
        assertEquals("≥ 0", amount.admitted());
        ValueKind change = kinds.get("change");
        assertTrue(change.admits(new BigDecimal("-6")));
        assertFalse(change.admits(new BigDecimal("1.5")));
        assertEquals("整数", change.admitted());
    }

    @Test
    void anOlderEditionForAYearTheNewestIsMeantForIsOldEditionAsTheDefinitionsSay() {
        FormDefinition newest = FORMS.all().get(0);
        FormDefinition older = FORMS.all().get(1);
        int from = newest.firstYear();
        Finding finding = older.oldEdition(new ReportYear(from)).orElseThrow();
        assertEquals(FindingKind.OLD_EDITION.id(), finding.ruleId());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(Map.of("year", Integer.toString(from), "edition", older.edition(), "newest",
                newest.edition()), finding.args());
        assertEquals(Optional.empty(), older.oldEdition(new ReportYear(from - 1)));
        assertEquals(Optional.empty(), newest.oldEdition(new ReportYear(from + 3)));
        FORMS.variants().forEach(v -> assertEquals(v.edition().equals(newest.edition()),
                v.oldEdition(new ReportYear(from)).isEmpty(), v.edition()));
    }

    @Test
    void theNarrativeStatementsComeFromTheDefinitionsWithTheirIdsAndFragmentsReplaced() {
        NarrativeRules rules = FORMS.edition("2019").orElseThrow().narrative();
        assertEquals(List.of("requests-received", "requests-received-counted-first", "no-requests-received",
                "requests-received-zero", "reviews", "suits", "no-reviews", "no-suits", "requests-granted",
                "reviews-upheld", "suits-upheld", "appeals-upheld", "reviews-not-corrected", "suits-not-corrected",
                "appeals-not-corrected"), rules.statements().stream().map(NarrativeRules.Statement::id).toList());
        NarrativeRules.Statement suits = rules.statements().get(5);
        assertEquals(List.of(CellCode.parse("appeals.suit_direct.total"),
                CellCode.parse("appeals.suit_after_review.total")), suits.cells());
        assertFalse(suits.pattern().pattern().contains("{{"), suits.pattern().pattern());
        assertTrue(suits.pattern().matcher("行政诉讼案件共46件").find());
        assertTrue(rules.anotherTotal().matcher("其中通过网络").find());
        assertEquals(rules, FORMS.edition("2021").orElseThrow().narrative());
        // 予以公开 is itself a part: 其中 does not make “其中予以公开12件” about another total, 上年 still does
        NarrativeRules.Statement granted = rules.statements().get(8);
        assertFalse(rules.anotherTotal(granted).matcher("其中").find());
        assertTrue(rules.anotherTotal(granted).matcher("上年").find());
        assertTrue(rules.anotherTotal(suits).matcher("其中").find());
        assertEquals("行政复议 › 结果纠正", rules.title(CellCode.parse("appeals.review.corrected")));
        assertEquals("requests.partial.total", rules.title(CellCode.parse("requests.partial.total")),
                "a cell no statement names: its code");
    }
}

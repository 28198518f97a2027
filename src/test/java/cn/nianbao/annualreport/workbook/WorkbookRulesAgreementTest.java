package cn.nianbao.annualreport.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.check.Checker;
import cn.nianbao.annualreport.check.Entry;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 校验 sheet computes exactly the rules the checker applies: on disturbed figures, each check row passes or fails
 * as the real {@link Checker}, given the same figures, says its rule does.
 */
class WorkbookRulesAgreementTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void checkRowsAgreeWithTheRulesOnDisturbedFigures(String edition) throws Exception {
        FormDefinition form = FORMS.edition(edition).orElseThrow();
        List<Rule> arithmetic = form.singleReportRules().stream()
                .filter(r -> r instanceof SumRule || r instanceof BalanceRule).toList();
        int failures = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Map<CellCode, BigDecimal> figures = disturbed(form, seed);
            Set<String> failed = failedRules(form, figures);
            try (XSSFWorkbook workbook = new WorkbookWriter(form).build(TemplateOptions.BLANK)) {
                PoiWorkbook book = new PoiWorkbook(form, workbook);
                book.fill(figures);
                book.evaluateSumsAndBalances();
                List<PoiWorkbook.CheckRow> rows = book.checks();
                for (int i = 0; i < arithmetic.size(); i++) {
                    Rule rule = arithmetic.get(i);
                    boolean holds = !failed.contains(key(rule.id(), rule.cells()));
                    assertEquals(rule.id(), rows.get(i).ruleId());
                    assertEquals(holds ? "通过" : "未通过", rows.get(i).result(), "seed " + seed + ": " + rule);
                    failures += holds ? 0 : 1;
                }
            }
        }
        assertTrue(failures > 0, "the disturbed figures should break some rules");
    }

    /** Consistent figures with one cell in three changed by ±1 and now and then a total overwritten. */
    private static Map<CellCode, BigDecimal> disturbed(FormDefinition form, long seed) {
        Random random = new Random(seed);
        Map<CellCode, BigDecimal> figures = new HashMap<>(Figures.consistent(form, seed));
        List<CellCode> inputs = new ArrayList<>(figures.keySet());
        inputs.sort(null);
        for (int i = 0; i < 3; i++) {
            CellCode code = inputs.get(random.nextInt(inputs.size()));
            figures.put(code, figures.get(code).add(BigDecimal.ONE));
        }
        List<CellCode> totals = new ArrayList<>(form.computedCells().keySet());
        if (seed % 2 == 0) {
            CellCode total = totals.get(random.nextInt(totals.size()));
            figures.put(total, Figures.value(form, total, figures).add(BigDecimal.TEN));
        }
        return figures;
    }

    /**
     * The rules the checker finds broken when the figures are entered as they stand (every total as a figure, not
     * a formula), each as its id and cells.
     */
    private static Set<String> failedRules(FormDefinition form, Map<CellCode, BigDecimal> figures) {
        Map<CellCode, Entry> entries = new HashMap<>();
        form.cells().forEach(cell -> {
            BigDecimal figure = Figures.value(form, cell.code(), figures);
            entries.put(cell.code(), new Entry(cell.code(), new CellRef("依申请公开", 0, 0),
                    PrintedValue.read(figure.toPlainString()), Optional.empty(), false));
        });
        FilledForm filled = new FilledForm(form, FilledForm.Source.REPORT, entries, Optional.of("某区"),
                Optional.of(form.firstYear() + ""), Map.of(), List.of());
        Set<String> failed = new HashSet<>();
        Checker.check(filled).stream().filter(f -> f.args().containsKey("cells"))
                .forEach(f -> failed.add(f.ruleId() + " " + f.args().get("cells")));
        return failed;
    }

    private static String key(String ruleId, List<CellCode> cells) {
        return ruleId + " " + cells.stream().map(CellCode::toString).collect(Collectors.joining("、"));
    }
}

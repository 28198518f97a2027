package cn.nianbao.annualreport.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.ValueRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkbookWriterTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();

    private static FormDefinition form(String edition) {
        return FORMS.edition(edition).orElseThrow();
    }

    private static XSSFWorkbook build(String edition) {
        return new WorkbookWriter(form(edition)).build(TemplateOptions.BLANK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void ordersSheetsAsCoverTablesChecksNotes(String edition) {
        try (XSSFWorkbook workbook = build(edition)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("封面", "主动公开", "依申请公开", "复议诉讼", "校验", "说明"), sheets);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void namesEveryDataCellByItsCodeOnItsTableSheetBesideItsRowLabel(String edition) throws Exception {
        FormDefinition form = form(edition);
        try (XSSFWorkbook workbook = build(edition)) {
            Set<String> names = workbook.getAllNames().stream().map(Name::getNameName).collect(Collectors.toSet());
            for (CellDef cell : form.cells()) {
                String code = cell.code().toString();
                assertTrue(names.contains(code), "missing name " + code);
                CellReference ref = new CellReference(workbook.getName(code).getRefersToFormula());
                assertEquals(cell.table().sheet(), ref.getSheetName(), code);
                XSSFSheet sheet = workbook.getSheet(ref.getSheetName());
                String rowText = rowText(sheet, ref.getRow());
                if (cell.table().code().equals("appeals")) {
                    continue;
                }
                String label = cell.row().label().get(cell.row().label().size() - 1);
                assertTrue(rowText.contains(label), code + " stands in a row without its label " + label);
            }
            assertNotNull(workbook.getName("checks.failures"));
            assertNotNull(workbook.getName("meta.unit"));
        }
    }

    private static String rowText(XSSFSheet sheet, int row) {
        StringBuilder text = new StringBuilder();
        for (Cell c : sheet.getRow(row)) {
            if (c.getCellType() == CellType.STRING) {
                text.append(c.getStringCellValue()).append('|');
            }
        }
        return text.toString();
    }

    @Test
    void mergesTheResultLabelOverAllTwentyTwoResultRowsIn2021() throws Exception {
        try (XSSFWorkbook workbook = build("2021")) {
            XSSFSheet sheet = workbook.getSheet("依申请公开");
            int top = new CellReference(workbook.getName("requests.granted.total").getRefersToFormula()).getRow();
            int bottom = new CellReference(workbook.getName("requests.results_total.total").getRefersToFormula())
                    .getRow();
            var region = sheet.getMergedRegions().stream().filter(r -> r.isInRange(top, 0)).findFirst().orElseThrow();
            assertEquals("三、本年度办理结果", sheet.getRow(top).getCell(0).getStringCellValue());
            assertEquals(top, region.getFirstRow());
            assertEquals(bottom, region.getLastRow());
            assertEquals(22, bottom - top + 1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void computedCellsHoldSumFormulasOfTheirPartsAndInputCellsAreOpen(String edition) throws Exception {
        FormDefinition form = form(edition);
        try (XSSFWorkbook workbook = build(edition)) {
            PoiWorkbook book = new PoiWorkbook(form, workbook);
            for (CellDef def : form.cells()) {
                Cell cell = book.cell(def.code().toString());
                SumRule rule = form.computedCells().get(def.code());
                if (rule == null) {
                    assertFalse(cell.getCellStyle().getLocked(), def.code() + " should be unlocked");
                    assertEquals(CellType.BLANK, cell.getCellType(), def.code().toString());
                } else {
                    assertTrue(cell.getCellStyle().getLocked(), def.code() + " should be locked");
                    String formula = cell.getCellFormula();
                    rule.parts().forEach(p -> assertTrue(formula.contains(p.toString()), formula + " lacks " + p));
                }
            }
            workbook.forEach(s -> assertTrue(((XSSFSheet) s).getProtect(), s.getSheetName() + " is not protected"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void validatesEveryInputCellByItsKind(String edition) throws Exception {
        FormDefinition form = form(edition);
        try (XSSFWorkbook workbook = build(edition)) {
            for (CellDef def : form.cells()) {
                if (form.computedCells().containsKey(def.code())) {
                    continue;
                }
                CellReference ref = new CellReference(workbook.getName(def.code().toString()).getRefersToFormula());
                XSSFDataValidation validation = workbook.getSheet(ref.getSheetName()).getDataValidations().stream()
                        .filter(v -> List.of(v.getRegions().getCellRangeAddresses()).stream()
                                .anyMatch(r -> r.isInRange(ref.getRow(), ref.getCol())))
                        .findFirst().orElseThrow(() -> new AssertionError("no validation on " + def.code()));
                int type = validation.getValidationConstraint().getValidationType();
                assertEquals(def.kind().integer() ? DataValidationConstraint.ValidationType.INTEGER
                        : DataValidationConstraint.ValidationType.DECIMAL, type, def.code().toString());
                assertEquals(def.kind().prompt(), validation.getPromptBoxText());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void printsTablesOnA4LandscapeOnePageWideWithHeaderRowsRepeated(String edition) throws Exception {
        try (XSSFWorkbook workbook = build(edition)) {
            XSSFSheet sheet = workbook.getSheet("依申请公开");
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertNotNull(sheet.getRepeatingRows());
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals("宋体", workbook.getFontAt(0).getFontName());
        }
    }

    @Test
    void writesUnitYearAndEditionOnTheCover() throws Exception {
        TemplateOptions options = new TemplateOptions(Optional.of("阿尔山市政务服务局"), Optional.of(new ReportYear(2022)));
        try (XSSFWorkbook workbook = new WorkbookWriter(form("2021")).build(options)) {
            PoiWorkbook book = new PoiWorkbook(form("2021"), workbook);
            assertEquals("阿尔山市政务服务局", book.cell("meta.unit").getStringCellValue());
            assertEquals(2022, (int) book.cell("meta.year").getNumericCellValue());
            assertEquals("2021", book.cell("meta.edition").getStringCellValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void poiComputesTotalsAndPassesEveryCheckForConsistentFigures(String edition) throws Exception {
        FormDefinition form = form(edition);
        Map<CellCode, BigDecimal> figures = Figures.consistent(form, 7);
        try (XSSFWorkbook workbook = build(edition)) {
            PoiWorkbook book = new PoiWorkbook(form, workbook);
            book.fill(figures);
            book.evaluateSumsAndBalances();
            for (CellCode code : form.computedCells().keySet()) {
                BigDecimal expected = Figures.value(form, code, figures);
                assertTrue(expected.signum() > 0, code + " should not be zero in this fixture");
                assertEquals(expected.doubleValue(), book.number(code.toString()), code.toString());
            }
            Set<String> valueRules = form.rules().stream().filter(ValueRule.class::isInstance).map(Rule::id)
                    .collect(Collectors.toSet());
            List<PoiWorkbook.CheckRow> evaluated = book.checks().stream()
                    .filter(r -> !valueRules.contains(r.ruleId())).toList();
            assertEquals(form.singleReportRules().size() - valueRules.size(), evaluated.size());
            evaluated.forEach(r -> assertEquals("通过", r.result(), r.toString()));
        }
    }

    @Test
    void writesThe2021VariantWithTheSingleOtherRowAndItsChecksPass() throws Exception {
        FormDefinition variant = FORMS.variants().get(0);
        try (XSSFWorkbook workbook = new WorkbookWriter(variant).build(TemplateOptions.BLANK)) {
            assertNotNull(workbook.getName("requests.other.natural_person"));
            assertEquals(null, workbook.getName("requests.other_misc.total"));
            PoiWorkbook book = new PoiWorkbook(variant, workbook);
            book.fill(Figures.consistent(variant, 5));
            book.evaluateSumsAndBalances();
            book.checks().stream().filter(r -> !r.result().isEmpty())
                    .forEach(r -> assertEquals("通过", r.result(), r.toString()));
        }
    }

    @Test
    void poiCatchesARowTotalOverwrittenByANumber() throws Exception {
        FormDefinition form = form("2021");
        try (XSSFWorkbook workbook = build("2021")) {
            PoiWorkbook book = new PoiWorkbook(form, workbook);
            book.fill(Figures.consistent(form, 11));
            Cell total = book.cell("requests.granted.total");
            total.setCellFormula(null);
            total.setCellValue(9999);
            book.evaluateSumsAndBalances();
            List<PoiWorkbook.CheckRow> failing = book.checks().stream().filter(r -> r.result().equals("未通过"))
                    .toList();
            assertEquals(List.of("row-sum", "column-sum"), failing.stream().map(PoiWorkbook.CheckRow::ruleId)
                    .toList());
            assertTrue(failing.get(0).title().contains("予以公开"), failing.toString());
        }
    }
}

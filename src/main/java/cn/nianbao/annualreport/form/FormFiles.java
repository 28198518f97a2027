package cn.nianbao.annualreport.form;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The shapes of the YAML files under {@code workbook-templates/forms/}, as Jackson reads them. */
final class FormFiles {

    private FormFiles() {
    }

    record KindsFile(List<KindEntry> kinds) {
    }

    record KindEntry(String code, String rule, String name, String summary, boolean integer, BigDecimal minimum,
            String unit, String title, String prompt, String error) {
    }

    record FindingsFile(Map<String, String> topics, List<FindingEntry> findings) {
    }

    record FindingEntry(String id, String severity, String converting, String about, String explanation) {
    }

    record NarrativeFile(String clauseEnds, List<String> anotherTotal, LinkedHashMap<String, String> fragments,
            List<StatementEntry> statements) {
    }

    record StatementEntry(String id, String pattern, List<String> cells, List<String> notAnotherTotal) {
    }

    record WorkbookFile(List<String> editions, String font, CoverEntry cover, WorkbookParts.Checks checks,
            NotesEntry notes, WorkbookParts.Narrative narrative, WorkbookParts.Source source) {
    }

    record CoverEntry(String sheet, String title, List<FieldEntry> fields) {
    }

    record FieldEntry(String code, String label, String kind, String prompt) {
    }

    record NotesEntry(String sheet, String title, List<String> common) {
    }

    record EditionFile(String edition, String title, String issuedBy, int firstYear, List<String> tables,
            List<String> notes, List<VariantEntry> variants) {
    }

    record VariantEntry(String code, String note, String noteEn, List<String> addRows, List<String> dropRows) {
    }

    record TableFile(String code, String title, String sheet, List<ColumnEntry> columns, List<BlockEntry> blocks,
            List<RuleEntry> rules) {
    }

    record ColumnEntry(String code, List<String> header, String kind, List<String> groups) {
    }

    record BlockEntry(String caption, String corner, String layout, List<String> columns, List<RowEntry> rows) {
    }

    record RowEntry(String code, List<String> label, List<String> groups,
            List<String> editions) {
    }

    record RuleEntry(String id, String kind, String severity, JsonNode each, String total, List<String> parts,
            List<String> left, List<String> right, String title) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

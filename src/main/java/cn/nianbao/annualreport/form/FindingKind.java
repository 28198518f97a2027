package cn.nianbao.annualreport.form;

import java.util.Locale;

/**
 * Every finding nianbao can raise that is not a rule of the form definitions, as Java names it. Each constant stands
 * for the entry of {@code workbook-templates/forms/findings.yaml} whose id is its name in kebab case
 * ({@code SHEET_MISSING} ↔ {@code sheet-missing}); {@link FormDefinitions#load()} fails when a constant has no entry
 * or an entry no constant. The severity, topic and explanation are the catalog's ({@link FindingCatalog}).
 *
 * <pre>{@code
 * findings.add(Finding.error(FindingKind.SHEET_MISSING, Map.of("sheet", sheet)));
 * }</pre>
 */
public enum FindingKind {
    FILE_UNREADABLE,
    FOLDER_UNREADABLE,
    UNSUPPORTED_TYPE,
    CONVERT_FIRST,
    NOT_A_REPORT,
    UNKNOWN_LAYOUT,
    UNDECODABLE_BYTES,
    TABLE_MISSING,
    ROW_MISSING,
    BLOCK_MISSING,
    ROW_IN_DOUBT,
    PROBABLE_SPLIT_CELL,
    SPURIOUS_CELLS,
    PARTLY_READ,
    AMOUNT_IN_YUAN,
    SHEET_MISSING,
    NAME_MISSING,
    LABEL_CHANGED,
    FORMULA_OVERWRITTEN,
    BLANK_CELL,
    BLANK_CELLS,
    TEXT_IN_NUMBER_CELL,
    FULL_WIDTH_DIGITS,
    NUMBER_STORED_AS_TEXT,
    PLACEHOLDER,
    UNIT_MISSING,
    YEAR_MISSING,
    UNIT_UNCERTAIN,
    YEAR_UNCERTAIN,
    EDITION_YEAR_MISMATCH,
    OLD_EDITION,
    EDITION_VARIANT,
    LIKELY_WRONG_CELL,
    NO_SMALL_FIX,
    NARRATIVE_CONTRADICTS_TABLE,
    NOT_ADDED_TEXT,
    NOT_MAPPED,
    NOT_IN_EDITION;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The stable rule id, as the catalog, the message bundles and every report write it. */
    public String id() {
        return id;
    }

    /** Whether a finding is of this kind. */
    public boolean is(Finding finding) {
        return finding.ruleId().equals(id);
    }
}

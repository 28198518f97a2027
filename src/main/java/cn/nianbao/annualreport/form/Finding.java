package cn.nianbao.annualreport.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;


/**
 * One thing found wrong or worth a look in a report, as a value: the stable rule id, how serious it is, the cell it
 * concerns, where it stands (a workbook address like {@code '依申请公开'!J5}, or a position in the source such as
 * {@code 第 12 行}), the value expected and the value as found, and the rule's own arguments. Text is rendered from
 * these fields at output time, in the check package's message bundles.
 *
 * @param ruleId   stable English id, e.g. {@code row-sum}, {@code probable-split-cell}
 * @param severity error, warning or info
 * @param cell     the cell concerned; empty for a finding about a table, a row or the file
 * @param where    where to look; empty when the whole file is concerned
 * @param expected the value expected, normalised ("" when none)
 * @param actual   the value as found, raw ("" when none)
 * @param args     the rule's further arguments by name, for its message
 */
public record Finding(String ruleId, Severity severity, Optional<CellCode> cell, Optional<Location> where,
        String expected, String actual, Map<String, String> args) {

    /** The longest expected or found value a finding keeps whole. */
    private static final int LONGEST_VALUE = 60;


    /** Checks the fields and copies the arguments, keeping their order. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** An error with the given arguments, not yet placed. */
    public static Finding error(String ruleId, Map<String, String> args) {
        return new Finding(ruleId, Severity.ERROR, Optional.empty(), Optional.empty(), "", "", args);
    }

    /** A warning with the given arguments, not yet placed. */
    public static Finding warning(String ruleId, Map<String, String> args) {
        return new Finding(ruleId, Severity.WARNING, Optional.empty(), Optional.empty(), "", "", args);
    }

    /** An error of a kind of the findings catalog, with the given arguments, not yet placed. */
    public static Finding error(FindingKind kind, Map<String, String> args) {
        return error(kind.id(), args);
    }

    /** A warning of a kind of the findings catalog, with the given arguments, not yet placed. */
    public static Finding warning(FindingKind kind, Map<String, String> args) {
        return warning(kind.id(), args);
    }

    /** The same finding about a cell. */
    public Finding about(CellCode code) {
        return new Finding(ruleId, severity, Optional.of(code), where, expected, actual, args);
    }

    /** The same finding placed. */
    public Finding at(Location place) {
        return new Finding(ruleId, severity, cell, Optional.of(place), expected, actual, args);
    }

    /**
     * The same finding with the value expected and the value found; a value longer than a person can read in a line
     * (a cell of 900,000 digits) is cut to its start and its length.
     */
    public Finding values(String expectedValue, String actualValue) {
        return new Finding(ruleId, severity, cell, where, readable(expectedValue), readable(actualValue), args);
    }

    private static String readable(String value) {
        return value.length() <= LONGEST_VALUE ? value
                : value.substring(0, LONGEST_VALUE) + "…（共 " + value.length() + " 个字符）";
    }

    /** Whether this finding makes the report wrong. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

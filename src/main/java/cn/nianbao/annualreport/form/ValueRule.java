package cn.nianbao.annualreport.form;

import java.util.List;
import java.util.Objects;

/** Every cell of one value kind must hold a value that kind allows (e.g. a non-negative whole number). */
public record ValueRule(String id, Severity severity, String title, ValueKind kind, List<CellCode> cells)
        implements Rule {

    /** Copies the cells. */
    public ValueRule {
        Objects.requireNonNull(kind, "kind");
        cells = List.copyOf(cells);
    }
}

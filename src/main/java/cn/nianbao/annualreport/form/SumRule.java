package cn.nianbao.annualreport.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code total = parts[0] + parts[1] + …}; in the workbook the total is a formula. */
public record SumRule(String id, Severity severity, String title, CellCode total, List<CellCode> parts)
        implements Rule {

    /** Copies the parts and checks that there is at least one. */
    public SumRule {
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("求和规则 " + id + " 没有加数：" + total);
        }
    }

    @Override
    public List<CellCode> cells() {
        List<CellCode> all = new ArrayList<>(parts);
        all.add(0, total);
        return List.copyOf(all);
    }
}

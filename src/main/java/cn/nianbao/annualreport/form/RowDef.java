package cn.nianbao.annualreport.form;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A row of a table.
 *
 * @param code    the row part of the cell code, e.g. {@code denied_secret}
 * @param label   the row label from the left level to the right, e.g. 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密
 * @param groups  named groups the row belongs to, used by rules ({@code @results})
 */
public record RowDef(String code, List<String> label, Set<String> groups) {

    /** Copies the collections. */
    public RowDef {
        Objects.requireNonNull(code, "code");
        label = List.copyOf(label);
        groups = Set.copyOf(groups);
        if (label.isEmpty()) {
            throw new IllegalArgumentException("行 " + code + " 没有标签");
        }
    }
}

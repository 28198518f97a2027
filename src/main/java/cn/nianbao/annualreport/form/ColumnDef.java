package cn.nianbao.annualreport.form;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A column of a table.
 *
 * @param code    the column part of the cell code, e.g. {@code natural_person}
 * @param header  the header from the top level down, e.g. 申请人情况 › 法人或其他组织 › 商业企业
 * @param kind    what the cells of this column hold
 * @param groups  named groups the column belongs to, used by rules ({@code @applicants})
 */
public record ColumnDef(String code, List<String> header, ValueKind kind, Set<String> groups) {

    /** Copies the collections. */
    public ColumnDef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        header = List.copyOf(header);
        groups = Set.copyOf(groups);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("列 " + code + " 没有表头");
        }
    }

    /** The official label: the last level of the header. */
    public String label() {
        return header.get(header.size() - 1);
    }
}

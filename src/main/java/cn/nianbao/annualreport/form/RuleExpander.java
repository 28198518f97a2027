package cn.nianbao.annualreport.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.FormFiles.RuleEntry;

/**
 * Expands the rule entries of a table file into concrete rules.
 *
 * <p>A term pattern is {@code [-][previous:]table.row.column}; {@code {row}} and {@code {column}} are bound by
 * {@code each}, and {@code @group} stands for every row or column of that group that has the cell.
 */
final class RuleExpander {

    private final TableDef table;
    private final Set<CellCode> cells;

    RuleExpander(TableDef table, Set<CellCode> allCells) {
        this.table = table;
        this.cells = allCells;
    }

    List<Rule> expand(RuleEntry entry) {
        List<Rule> rules = new ArrayList<>();
        for (Map<String, String> binding : bindings(entry)) {
            rules.add(rule(entry, binding));
        }
        return rules;
    }

    private List<Map<String, String>> bindings(RuleEntry entry) {
        if (entry.each() == null || entry.each().isNull()) {
            return List.of(Map.of());
        }
        if (entry.each().isTextual()) {
            String variable = entry.each().asText();
            List<String> codes = switch (variable) {
                case "row" -> table.rows().stream().map(RowDef::code).toList();
                case "column" -> table.columns().stream().map(ColumnDef::code).toList();
                default -> throw new IllegalArgumentException("each 只能是 row、column 或 {row: [...]}：" + variable);
            };
            return codes.stream().map(code -> Map.of(variable, code)).toList();
        }
        List<Map<String, String>> bindings = new ArrayList<>();
        entry.each().properties().forEach(field -> field.getValue()
                .forEach(code -> bindings.add(Map.of(field.getKey(), code.asText()))));
        return bindings;
    }

    private Rule rule(RuleEntry entry, Map<String, String> binding) {
        Severity severity = entry.severity() == null ? Severity.ERROR
                : Severity.valueOf(entry.severity().toUpperCase(Locale.ROOT));
        String title = title(entry.title(), binding);
        return switch (entry.kind()) {
            case "sum" -> new SumRule(entry.id(), severity, title, single(entry.total(), binding),
                    terms(entry.parts(), binding).stream().map(Term::code).toList());
            case "balance" -> new BalanceRule(entry.id(), severity, title, terms(entry.left(), binding),
                    terms(entry.right(), binding));
            case "cross-year" -> new CrossYearRule(entry.id(), severity, title, terms(entry.left(), binding),
                    terms(entry.right(), binding));
            default -> throw new IllegalArgumentException("未知的规则类型 '" + entry.kind() + "'（规则 " + entry.id() + "）");
        };
    }

    private CellCode single(String pattern, Map<String, String> binding) {
        List<Term> terms = terms(List.of(pattern), binding);
        if (terms.size() != 1) {
            throw new IllegalArgumentException("'" + pattern + "' 应指向一个单元格，实际指向 " + terms.size() + " 个");
        }
        return terms.get(0).code();
    }

    private List<Term> terms(List<String> patterns, Map<String, String> binding) {
        List<Term> terms = new ArrayList<>();
        for (String pattern : FormFiles.orEmpty(patterns)) {
            String text = substitute(pattern, binding);
            int sign = 1;
            int year = 0;
            if (text.startsWith("-")) {
                sign = -1;
                text = text.substring(1);
            }
            if (text.startsWith("previous:")) {
                year = -1;
                text = text.substring("previous:".length());
            }
            for (CellCode code : matching(text, pattern)) {
                terms.add(new Term(code, sign, year));
            }
        }
        return terms;
    }

    private List<CellCode> matching(String text, String pattern) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + pattern + "' 应为 表.行.列");
        }
        List<CellCode> codes = new ArrayList<>();
        for (String row : expandPart(parts[1], table.rows().stream()
                .collect(Collectors.toMap(RowDef::code, RowDef::groups, (a, b) -> a, LinkedHashMap::new)))) {
            for (String column : expandPart(parts[2], table.columns().stream()
                    .collect(Collectors.toMap(ColumnDef::code, ColumnDef::groups, (a, b) -> a, LinkedHashMap::new)))) {
                CellCode code = new CellCode(parts[0], row, column);
                boolean grouped = parts[1].startsWith("@") || parts[2].startsWith("@");
                if (cells.contains(code)) {
                    codes.add(code);
                } else if (!grouped) {
                    throw new IllegalArgumentException("'" + pattern + "' 指向不存在的单元格 " + code);
                }
            }
        }
        return codes;
    }

    private static List<String> expandPart(String part, Map<String, Set<String>> groupsByCode) {
        if (!part.startsWith("@")) {
            return List.of(part);
        }
        String group = part.substring(1);
        return groupsByCode.entrySet().stream().filter(e -> e.getValue().contains(group)).map(Map.Entry::getKey)
                .toList();
    }

    private static String substitute(String pattern, Map<String, String> binding) {
        String text = pattern;
        for (Map.Entry<String, String> entry : binding.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        if (text.contains("{")) {
            throw new IllegalArgumentException("'" + pattern + "' 中有未绑定的变量");
        }
        return text;
    }

    private String title(String template, Map<String, String> binding) {
        String title = template == null ? "" : template;
        String row = binding.get("row");
        if (row != null) {
            title = title.replace("{row}", table.rowName(rowDef(row)));
        }
        String column = binding.get("column");
        if (column != null) {
            title = title.replace("{column}", table.columnName(columnDef(column)));
        }
        return title;
    }

    private RowDef rowDef(String code) {
        return table.rows().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("表 " + table.code() + " 没有行 " + code));
    }

    private ColumnDef columnDef(String code) {
        return table.columns().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("表 " + table.code() + " 没有列 " + code));
    }
}

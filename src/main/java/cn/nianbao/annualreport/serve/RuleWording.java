package cn.nianbao.annualreport.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.CrossYearRule;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.TableDef;
import cn.nianbao.annualreport.form.Term;
import cn.nianbao.annualreport.form.ValueRule;

/**
 * What a rule of one edition means in plain words, made from its terms and the labels of the cells they name:
 * {@code 「自然人」列：「（七）总计」应等于「（一）予以公开」、…之和}. When every cell of a rule is in one column (or one
 * row) of a table, the column (row) is named once in front and each cell by its row (column) alone.
 */
final class RuleWording {

    /** The kinds of form rule, each with its words in the bundle ({@code kind.sum}, {@code about.sum}). */
    enum Kind {
        SUM, BALANCE, CROSS_YEAR, VALUE;

        static Kind of(Rule rule) {
            if (rule instanceof SumRule) {
                return SUM;
            }
            if (rule instanceof BalanceRule) {
                return BALANCE;
            }
            return rule instanceof CrossYearRule ? CROSS_YEAR : VALUE;
        }

        /** The bundle key of this kind under {@code prefix}: {@code kind.cross-year}. */
        String key(String prefix) {
            return prefix + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How the cells of one rule are named: what is said once in front, and the name of each cell after it. */
    private record Naming(String context, Function<CellDef, String> name) {
    }

    private final FormDefinition form;
    private final RulesText text;

    RuleWording(FormDefinition form, RulesText text) {
        this.form = form;
        this.text = text;
    }

    /** The table the rule is about: that of its first cell. */
    TableDef table(Rule rule) {
        return cell(rule.cells().get(0)).table();
    }

    /** What must equal what, for a sum, balance or cross-year rule. */
    String meaning(Rule rule) {
        if (rule instanceof SumRule sum) {
            Naming naming = naming(sum.cells());
            String parts = sum.parts().stream().map(code -> quoted(naming, code))
                    .collect(Collectors.joining(text.get("list.separator")));
            return naming.context() + text.get("equation.sum", Map.of("total", quoted(naming, sum.total()),
                    "parts", parts));
        }
        if (rule instanceof BalanceRule balance) {
            return equation(balance.left(), balance.right(), false);
        }
        if (rule instanceof CrossYearRule crossYear) {
            return equation(crossYear.left(), crossYear.right(), true);
        }
        throw new IllegalArgumentException("规则 " + rule.id() + " 不是合计、平衡或跨年度规则");
    }

    /** The columns a value rule holds for, sheet by sheet: 主动公开：本年制发件数、本年废止件数；依申请公开：…. */
    String columns(ValueRule rule) {
        Map<String, Set<String>> bySheet = new LinkedHashMap<>();
        for (CellCode code : rule.cells()) {
            CellDef cell = cell(code);
            bySheet.computeIfAbsent(cell.table().sheet(), sheet -> new LinkedHashSet<>())
                    .add(cell.table().columnName(cell.column()));
        }
        List<String> sheets = new ArrayList<>();
        bySheet.forEach((sheet, columns) -> sheets.add(text.get("applies.table", Map.of("sheet", sheet,
                "columns", String.join(text.get("list.separator"), columns)))));
        return String.join(text.get("applies.separator"), sheets);
    }

    private String equation(List<Term> left, List<Term> right, boolean marksYear) {
        List<CellCode> codes = new ArrayList<>();
        left.forEach(term -> codes.add(term.code()));
        right.forEach(term -> codes.add(term.code()));
        Naming naming = naming(codes);
        return naming.context() + text.get("equation.equal", Map.of("left", side(naming, left, marksYear),
                "right", side(naming, right, marksYear)));
    }

    private String side(Naming naming, List<Term> terms, boolean marksYear) {
        StringBuilder side = new StringBuilder();
        for (Term term : terms) {
            if (term.sign() < 0) {
                side.append(side.length() == 0 ? "−" : " − ");
            } else if (side.length() > 0) {
                side.append(" + ");
            }
            String name = quoted(naming, term.code());
            side.append(marksYear ? text.get(term.isThisYear() ? "term.this" : "term.previous", Map.of("cell", name))
                    : name);
        }
        return side.toString();
    }

    private Naming naming(List<CellCode> codes) {
        List<CellDef> cells = codes.stream().map(this::cell).toList();
        boolean oneTable = distinct(cells, c -> c.table().code()) == 1;
        boolean oneRow = oneTable && distinct(cells, c -> c.row().code()) == 1;
        boolean oneColumn = oneTable && distinct(cells, c -> c.column().code()) == 1;
        CellDef first = cells.get(0);
        if (oneColumn && !oneRow) {
            return new Naming(text.get("context.column", Map.of("column", first.table().columnName(first.column()))),
                    c -> c.table().rowName(c.row()));
        }
        if (oneRow && !oneColumn) {
            return new Naming(text.get("context.row", Map.of("row", first.table().rowName(first.row()))),
                    c -> c.table().columnName(c.column()));
        }
        return new Naming("", c -> fullName(c, oneTable));
    }

    private String fullName(CellDef cell, boolean oneTable) {
        String name = text.get("name.cell", Map.of("row", cell.table().rowName(cell.row()),
                "column", cell.table().columnName(cell.column())));
        return oneTable ? name : text.get("name.sheet", Map.of("sheet", cell.table().sheet(), "name", name));
    }

    private String quoted(Naming naming, CellCode code) {
        return text.get("name.quoted", Map.of("name", naming.name().apply(cell(code))));
    }

    private static long distinct(List<CellDef> cells, Function<CellDef, String> key) {
        return cells.stream().map(key).distinct().count();
    }

    private CellDef cell(CellCode code) {
        return form.cell(code).orElseThrow(() -> new IllegalStateException(form.edition() + " 版的规则引用了没有定义的单元格 "
                + code));
    }
}

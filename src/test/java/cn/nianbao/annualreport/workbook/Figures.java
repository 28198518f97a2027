package cn.nianbao.annualreport.workbook;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.Term;

/** Random figures for the input cells of a form, made to satisfy every rule, and the rules evaluated in Java. */
final class Figures {

    private Figures() {
    }

    /** Input figures (no computed cells) that satisfy every sum and balance of the form. */
    static Map<CellCode, BigDecimal> consistent(FormDefinition form, long seed) {
        Random random = new Random(seed);
        Map<CellCode, BigDecimal> figures = new LinkedHashMap<>();
        for (CellDef cell : form.cells()) {
            if (form.computedCells().containsKey(cell.code())) {
                continue;
            }
            long value = 1 + random.nextInt(40);
            BigDecimal number = switch (cell.kind().code()) {
                case "amount" -> BigDecimal.valueOf(value * 10 + 5, 1);
                case "change" -> BigDecimal.valueOf(value - 20);
                default -> BigDecimal.valueOf(value);
            };
            figures.put(cell.code(), number);
        }
        for (BalanceRule balance : balances(form)) {
            List<Term> left = balance.left();
            if (left.stream().anyMatch(t -> form.computedCells().containsKey(t.code()))) {
                continue;
            }
            BigDecimal right = side(form, balance.right(), figures);
            BigDecimal carried = BigDecimal.valueOf(random.nextInt(right.intValue() + 1));
            figures.put(left.get(1).code(), carried);
            figures.put(left.get(0).code(), right.subtract(carried));
        }
        return figures;
    }

    /**
     * The value of a cell: the figure entered in it (a clerk may overwrite a total), else the sum its rule computes,
     * else 0 for a blank.
     */
    static BigDecimal value(FormDefinition form, CellCode code, Map<CellCode, BigDecimal> figures) {
        SumRule rule = form.computedCells().get(code);
        if (figures.containsKey(code) || rule == null) {
            return figures.getOrDefault(code, BigDecimal.ZERO);
        }
        return rule.parts().stream().map(p -> value(form, p, figures)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal side(FormDefinition form, List<Term> terms, Map<CellCode, BigDecimal> figures) {
        return terms.stream().map(t -> value(form, t.code(), figures).multiply(BigDecimal.valueOf(t.sign())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<BalanceRule> balances(FormDefinition form) {
        return form.rules().stream().filter(BalanceRule.class::isInstance).map(BalanceRule.class::cast).toList();
    }
}

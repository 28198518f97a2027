package cn.nianbao.annualreport.workbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Term;
import cn.nianbao.annualreport.form.ValueKind;

/**
 * Spreadsheet formulas built from the rules, referring to cells by their defined names so that a formula reads
 * like the rule it enforces: {@code SUM(requests.new.natural_person,…)}.
 */
final class Formulas {

    private Formulas() {
    }

    /** {@code SUM(a,b,c)}: blanks count as 0, as on paper. */
    static String sum(Collection<CellCode> codes) {
        return codes.stream().map(CellCode::toString).collect(Collectors.joining(",", "SUM(", ")"));
    }

    /** One side of a balance: {@code SUM(plus terms)-SUM(minus terms)}. */
    static String side(List<Term> terms) {
        List<CellCode> plus = new ArrayList<>();
        List<CellCode> minus = new ArrayList<>();
        terms.forEach(t -> (t.sign() > 0 ? plus : minus).add(t.code()));
        String formula = plus.isEmpty() ? "0" : sum(plus);
        return minus.isEmpty() ? formula : formula + "-" + sum(minus);
    }

    /** True when the cell at relative address {@code a1} holds a value its kind does not allow. */
    static String breaks(ValueKind kind, String a1) {
        List<String> tests = new ArrayList<>();
        kind.minimum().ifPresent(min -> tests.add(a1 + "<" + min.toPlainString()));
        if (kind.integer()) {
            tests.add(a1 + "<>INT(" + a1 + ")");
        }
        String numeric = tests.size() == 1 ? tests.get(0) : "OR(" + String.join(",", tests) + ")";
        return "IF(ISNUMBER(" + a1 + ")," + numeric + ",ISTEXT(" + a1 + "))";
    }

    /**
     * How many cells of the ranges break their kind: text, values below the minimum, and fractions where whole
     * numbers belong.
     */
    static String violations(ValueKind kind, List<String> ranges) {
        List<String> counts = new ArrayList<>();
        for (String range : ranges) {
            counts.add("COUNTA(" + range + ")-COUNT(" + range + ")");
            kind.minimum().ifPresent(min -> counts.add("COUNTIF(" + range + ",\"<" + min.toPlainString() + "\")"));
            if (kind.integer()) {
                counts.add("IFERROR(SUMPRODUCT(--(" + range + "<>TRUNC(" + range + "))),0)");
            }
        }
        return String.join("+", counts);
    }
}

package cn.nianbao.annualreport.form;

import java.util.List;
import java.util.stream.Stream;

/** Operations on the two sides of a balance. */
final class Terms {

    private Terms() {
    }

    static List<CellCode> cellsOf(List<Term> left, List<Term> right) {
        return Stream.concat(left.stream(), right.stream()).map(Term::code).distinct().toList();
    }
}

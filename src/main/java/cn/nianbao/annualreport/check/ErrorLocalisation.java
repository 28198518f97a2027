package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;

/**
 * Which entered cells are most likely wrong when a report's sums and balances fail (Fellegi–Holt minimal change):
 * the smallest sets of cells whose change makes every arithmetic rule of the edition hold, each with the values that
 * would make it hold, the most likely first.
 *
 * <p>Every sum and balance is a linear equation over the cells. A total that is still a formula in a workbook is
 * not a cell one can change: it stands for its parts, so the equations are written over the entered cells only (a
 * rule whose total is a formula then always holds and drops out). Failing equations that share no cell are separate
 * causes and are explained separately, each by at most {@value #LARGEST_SET} changed cells; the search branches on
 * the cells of an equation that a chosen set still leaves open (failing and untouched, or holding and touched by a
 * single changed cell, which would break it), so it visits a few thousand sets at most.
 *
 * <p>Among sets of the smallest size, priors order them: a blank cell is a likely omission; a suggested value that
 * differs from the entered one by a typing slip (digits swapped, one digit dropped, added or mistyped) is likely;
 * so is the figure the report's own text states for the cell; every rule that holds but must be kept holding by a
 * second change counts against a set.
 */
final class ErrorLocalisation {

    /** The most cells one cause may involve. */
    static final int LARGEST_SET = 4;
    /** The most sets of the smallest size kept per cause. */
    private static final int MOST_FIXES = 20;
    private static final double EPSILON = 1e-9;
    /**
     * The most sets one search looks at: a few thousand suffice where the failures point at few cells; where a
     * workbook's formulas make every entered cell of a column equally suspect, the search stops here rather than
     * list every combination (and says that it found no small fix).
     */
    private static final int MOST_VISITS = 10_000;
    /** The most fixes one search collects before it stops. */
    private static final int MOST_FOUND = 100;

    /** One cell changed: its code, its figure now and the figure that makes the rules hold. */
    record Change(CellCode code, BigDecimal from, BigDecimal to) {
    }

    /** A set of changes that makes every rule of its cause hold, with its prior (lower is likelier). */
    record Fix(List<Change> changes, int prior) {

        Fix {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One cause: the failing rules that share cells, and the sets of the smallest size that explain them, the likeliest
     * first; none when no set of at most {@value #LARGEST_SET} cells does.
     */
    record Cause(List<Rule> failing, List<Fix> fixes) {

        Cause {
            failing = List.copyOf(failing);
            fixes = List.copyOf(fixes);
        }

        /** Whether the likeliest fix is as likely as the next. */
        boolean tied() {
            return fixes.size() > 1 && fixes.get(0).prior() == fixes.get(1).prior();
        }
    }

    /** A rule as {@code Σ coefficient × cell = 0} over cells that can be changed. */
    private record Equation(Rule rule, Map<CellCode, Integer> terms, BigDecimal residual) {

        boolean fails() {
            return residual.signum() != 0;
        }

        boolean touches(CellCode code) {
            return terms.containsKey(code);
        }
    }

    private final FormDefinition form;
    private final Map<CellCode, BigDecimal> figures;
    private final Set<CellCode> blanks;
    private final Set<CellCode> overwritten;
    private final Map<CellCode, BigDecimal> stated;
    private final List<Equation> equations;
    private final Map<CellCode, Integer> positions;
    /** Each edition's cells by their position in the form, made once. */
    private static final Map<FormDefinition, Map<CellCode, Integer>> POSITIONS = new ConcurrentHashMap<>();

    private ErrorLocalisation(FormDefinition form, Map<CellCode, BigDecimal> figures, Set<CellCode> blanks,
            Set<CellCode> overwritten, Map<CellCode, BigDecimal> stated, List<Equation> equations) {
        this.form = form;
        this.figures = figures;
        this.blanks = blanks;
        this.overwritten = overwritten;
        this.stated = stated;
        this.positions = POSITIONS.computeIfAbsent(form, f -> {
            Map<CellCode, Integer> order = new HashMap<>();
            List<CellDef> cells = f.cells();
            for (int i = 0; i < cells.size(); i++) {
                order.put(cells.get(i).code(), i);
            }
            return Map.copyOf(order);
        });
        this.equations = equations;
    }

    /**
     * The causes of the failing sums and balances of {@code filled}, in the order of their first failing rule.
     *
     * @param entered the entered figures (a blank cell as 0), without totals that are formulas
     * @param stated  figures the report's own text states for single cells, a prior
     */
    static List<Cause> causes(FilledForm filled, Map<CellCode, BigDecimal> entered, Map<CellCode, BigDecimal> stated) {
        Set<CellCode> formulas = new HashSet<>();
        Set<CellCode> blanks = new HashSet<>();
        Set<CellCode> overwritten = new HashSet<>();
        boolean workbook = filled.source() == FilledForm.Source.WORKBOOK;
        filled.entries().forEach((code, entry) -> {
            boolean computed = workbook && filled.form().computedCells().containsKey(code);
            if (computed && entry.formula()) {
                formulas.add(code);
            } else if (entry.isBlank()) {
                blanks.add(code);
            } else if (computed) {
                overwritten.add(code);
            }
        });
        List<Equation> equations = new ArrayList<>();
        for (Map.Entry<Rule, Map<CellCode, Integer>> rule : linear(filled.form(), formulas)) {
            Map<CellCode, Integer> terms = rule.getValue();
            if (entered.keySet().containsAll(terms.keySet())) {
                BigDecimal residual = BigDecimal.ZERO;
                for (Map.Entry<CellCode, Integer> term : terms.entrySet()) {
                    BigDecimal figure = entered.get(term.getKey());
                    int coefficient = term.getValue();
                    residual = coefficient == 1 ? residual.add(figure) : coefficient == -1 ? residual.subtract(figure)
                            : residual.add(figure.multiply(BigDecimal.valueOf(coefficient)));
                }
                equations.add(new Equation(rule.getKey(), terms, residual));
            }
        }
        return new ErrorLocalisation(filled.form(), entered, blanks, overwritten, stated, equations).causes();
    }

    /** The linear rules by edition and formula totals, made once: nearly every workbook keeps all its formulas. */
    private static final Map<List<Object>, List<Map.Entry<Rule, Map<CellCode, Integer>>>> LINEAR =
            new ConcurrentHashMap<>();
    private static final int MOST_KEPT = 64;
    private static final String NONE = "no formulas";
    private static final String ALL = "every total a formula";

    /**
     * The sums and balances of the edition as {@code Σ coefficient × cell = 0} over the cells that can be changed: a
     * total that is a formula replaced by its parts; a rule that then says nothing (its total is its formula) left out.
     */
    private static List<Map.Entry<Rule, Map<CellCode, Integer>>> linear(FormDefinition form, Set<CellCode> formulas) {
        // the two usual cases, a published report (no formulas) and a workbook that kept them all, without hashing
        // the set of formulas
        List<Object> key = formulas.isEmpty() ? List.of(form, NONE)
                : formulas.size() == form.computedCells().size() ? List.of(form, ALL) : List.of(form, formulas);
        List<Map.Entry<Rule, Map<CellCode, Integer>>> known = LINEAR.get(key);
        if (known != null) {
            return known;
        }
        List<Map.Entry<Rule, Map<CellCode, Integer>>> rules = new ArrayList<>();
        for (Rule rule : form.singleReportRules()) {
            Map<CellCode, Integer> terms = new LinkedHashMap<>();
            if (rule instanceof SumRule sum) {
                add(form, formulas, terms, sum.total(), 1);
                sum.parts().forEach(part -> add(form, formulas, terms, part, -1));
            } else if (rule instanceof BalanceRule balance) {
                balance.left().forEach(t -> add(form, formulas, terms, t.code(), t.sign()));
                balance.right().forEach(t -> add(form, formulas, terms, t.code(), -t.sign()));
            } else {
                continue;
            }
            terms.values().removeIf(c -> c == 0);
            if (!terms.isEmpty()) {
                rules.add(Map.entry(rule, Collections.unmodifiableMap(terms)));
            }
        }
        if (LINEAR.size() < MOST_KEPT) {
            LINEAR.put(key.get(1) instanceof Set<?> ? List.of(form, Set.copyOf(formulas)) : key, List.copyOf(rules));
        }
        return rules;
    }

    /** Adds {@code sign × cell} to the terms, a formula total as its parts. */
    private static void add(FormDefinition form, Set<CellCode> formulas, Map<CellCode, Integer> terms,
            CellCode code, int sign) {
        if (formulas.contains(code)) {
            form.computedCells().get(code).parts().forEach(part -> add(form, formulas, terms, part, sign));
        } else {
            terms.merge(code, sign, Integer::sum);
        }
    }

    private List<Cause> causes() {
        List<List<Equation>> groups = failingGroups();
        List<Cause> causes = new ArrayList<>();
        for (List<Equation> group : groups) {
            List<Equation> scope = new ArrayList<>(equations);
            scope.removeIf(e -> e.fails() && !group.contains(e));
            List<Fix> single = singleCellFixes(group, scope);
            causes.add(new Cause(group.stream().map(Equation::rule).toList(),
                    single.isEmpty() ? fixes(independent(scope)) : ordered(single)));
        }
        return causes;
    }

    /**
     * The equations of the scope that no others add up to, the shortest kept first. A rule that is a sum of others
     * (the 总计 column's balance is the sum of the other columns' balances, once the totals are formulas) holds
     * whenever they do and misses by what they miss together, so leaving it out changes no fix; but it shares cells
     * with every one of them, and would make the search try them all.
     */
    private static List<Equation> independent(List<Equation> scope) {
        Map<CellCode, Integer> columns = new HashMap<>();
        scope.forEach(e -> e.terms().keySet().forEach(c -> columns.putIfAbsent(c, columns.size())));
        List<Equation> shortestFirst = new ArrayList<>(scope);
        shortestFirst.sort(Comparator.comparingInt(e -> e.terms().size()));
        List<double[]> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        List<Equation> kept = new ArrayList<>();
        for (Equation equation : shortestFirst) {
            double[] row = new double[columns.size()];
            equation.terms().forEach((cell, coefficient) -> row[columns.get(cell)] = coefficient);
            for (int b = 0; b < basis.size(); b++) {
                double factor = row[pivots.get(b)];
                if (Math.abs(factor) > EPSILON) {
                    for (int c = 0; c < row.length; c++) {
                        row[c] -= factor * basis.get(b)[c];
                    }
                }
            }
            int pivot = -1;
            for (int c = 0; c < row.length && pivot < 0; c++) {
                pivot = Math.abs(row[c]) > EPSILON ? c : -1;
            }
            if (pivot >= 0) {
                double scale = row[pivot];
                for (int c = 0; c < row.length; c++) {
                    row[c] /= scale;
                }
                for (int b = 0; b < basis.size(); b++) {
                    double factor = basis.get(b)[pivot];
                    if (Math.abs(factor) > EPSILON) {
                        for (int c = 0; c < row.length; c++) {
                            basis.get(b)[c] -= factor * row[c];
                        }
                    }
                }
                basis.add(row);
                pivots.add(pivot);
                kept.add(equation);
            }
        }
        kept.sort(Comparator.comparingInt(scope::indexOf));
        return kept;
    }

    /** The failing equations, grouped by the cells they share. */
    private List<List<Equation>> failingGroups() {
        List<List<Equation>> groups = new ArrayList<>();
        for (Equation failing : equations.stream().filter(Equation::fails).toList()) {
            List<Equation> joined = new ArrayList<>(List.of(failing));
            for (var it = groups.iterator(); it.hasNext();) {
                List<Equation> group = it.next();
                if (group.stream().anyMatch(e -> shares(e, failing))) {
                    joined.addAll(group);
                    it.remove();
                }
            }
            groups.add(joined);
        }
        Map<Rule, Integer> order = new HashMap<>();
        for (int i = 0; i < equations.size(); i++) {
            order.put(equations.get(i).rule(), i);
        }
        groups.forEach(g -> g.sort(Comparator.comparingInt(e -> order.get(e.rule()))));
        groups.sort(Comparator.comparingInt(g -> order.get(g.get(0).rule())));
        return groups;
    }

    private static boolean shares(Equation a, Equation b) {
        return a.terms().keySet().stream().anyMatch(b::touches);
    }

    /** The sets of the smallest size that make every equation of the scope hold, the likeliest first. */
    /**
     * The fixes of one cell, found directly (most failures have one): a cell in every failing equation of the group,
     * changed by what the first of them misses, tried against every equation it is in. The same fixes the search
     * finds first, without numbering the scope or leaving out dependent equations.
     */
    private List<Fix> singleCellFixes(List<Equation> group, List<Equation> scope) {
        List<Fix> fixes = new ArrayList<>();
        for (CellCode cell : group.get(0).terms().keySet()) {
            if (group.stream().allMatch(e -> e.touches(cell))) {
                List<Equation> touched = scope.stream().filter(e -> e.touches(cell)).toList();
                solve(List.of(cell), touched).ifPresent(fixes::add);
            }
        }
        return fixes;
    }

    /** The fixes, the likeliest first and then by the position of their first cell, as many as are kept. */
    private List<Fix> ordered(List<Fix> found) {
        List<Fix> fixes = new ArrayList<>(found);
        fixes.sort(Comparator.comparingInt(Fix::prior).thenComparing(f -> position(f.changes().get(0))));
        return fixes.subList(0, Math.min(MOST_FIXES, fixes.size()));
    }

    private List<Fix> fixes(List<Equation> scope) {
        Search search = new Search(scope);
        for (int size = 1; size <= LARGEST_SET; size++) {
            search.start(size);
            search.grow();
            if (!search.found.isEmpty()) {
                return ordered(search.found);
            }
            if (search.exhausted()) {
                break;
            }
        }
        return List.of();
    }

    private int position(Change change) {
        return positions.getOrDefault(change.code(), positions.size());
    }

    /**
     * A depth-first search over sets of one size, on the scope's cells and equations numbered: for each equation how
     * many chosen cells touch it is kept as cells are chosen, so that the open equation is found without looking at
     * the chosen cells again, and a set already seen is known by its packed numbers.
     */
    private final class Search {
        private final List<Equation> scope;
        private int size;
        private final List<CellCode> cells = new ArrayList<>();
        private final int[][] equationsOf;
        private final int[][] cellsOf;
        private final int[] touches;
        private final boolean[] fails;
        private final Set<Long> visited = new HashSet<>();
        private final List<Fix> found = new ArrayList<>();
        private int[] chosen;
        /** The cells to try next, one array for each number of cells chosen. */
        private boolean[][] candidates;
        private int count;

        Search(List<Equation> scope) {
            this.scope = scope;
            Map<CellCode, Integer> numbers = new HashMap<>();
            cellsOf = new int[scope.size()][];
            fails = new boolean[scope.size()];
            List<List<Integer>> equations = new ArrayList<>();
            for (int e = 0; e < scope.size(); e++) {
                fails[e] = scope.get(e).fails();
                cellsOf[e] = new int[scope.get(e).terms().size()];
                int k = 0;
                for (CellCode code : scope.get(e).terms().keySet()) {
                    Integer number = numbers.get(code);
                    if (number == null) {
                        number = cells.size();
                        numbers.put(code, number);
                        cells.add(code);
                        equations.add(new ArrayList<>());
                    }
                    equations.get(number).add(e);
                    cellsOf[e][k++] = number;
                }
            }
            equationsOf = equations.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            touches = new int[scope.size()];
        }

        /** Starts a search over sets of {@code cells} cells. */
        void start(int cells) {
            size = cells;
            chosen = new int[size];
            candidates = new boolean[size][this.cells.size()];
            visited.clear();
            found.clear();
        }

        /** Whether the search has looked at as many sets as it may, or found more fixes than anyone will read. */
        boolean exhausted() {
            return visited.size() >= MOST_VISITS || found.size() >= MOST_FOUND;
        }

        void grow() {
            if (exhausted() || !visited.add(key())) {
                return;
            }
            int open = open();
            if (count == size) {
                if (open < 0) {
                    solve().ifPresent(found::add);
                }
                return;
            }
            boolean[] next = candidates[count];
            Arrays.fill(next, false);
            if (open >= 0) {
                for (int cell : cellsOf[open]) {
                    next[cell] = true;
                }
            } else {
                for (int e = 0; e < scope.size(); e++) {
                    if (touches[e] > 0) {
                        for (int cell : cellsOf[e]) {
                            next[cell] = true;
                        }
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                next[chosen[i]] = false;
            }
            for (int cell = 0; cell < next.length; cell++) {
                if (next[cell]) {
                    choose(cell, 1);
                    grow();
                    choose(cell, -1);
                }
            }
        }

        private void choose(int cell, int change) {
            if (change > 0) {
                chosen[count++] = cell;
            } else {
                count--;
            }
            for (int e : equationsOf[cell]) {
                touches[e] += change;
            }
        }

        /** The chosen cells' numbers, sorted and packed 16 bits each. */
        private long key() {
            int[] sorted = Arrays.copyOf(chosen, count);
            Arrays.sort(sorted);
            long key = count;
            for (int cell : sorted) {
                key = key << 16 | cell + 1;
            }
            return key * 0x9E3779B97F4A7C15L; // a bijection that spreads the packed numbers over the hash table
        }

        /**
         * The equation with the fewest cells that the chosen set leaves open (failing and untouched, or holding and
         * touched by one chosen cell only), or -1.
         */
        private int open() {
            int best = -1;
            for (int e = 0; e < scope.size(); e++) {
                boolean open = fails[e] ? touches[e] == 0 : touches[e] == 1;
                if (open && (best < 0 || cellsOf[e].length < cellsOf[best].length)) {
                    best = e;
                }
            }
            return best;
        }

        /** The values of the chosen cells that make every equation hold, when there is exactly one such set. */
        private Optional<Fix> solve() {
            List<CellCode> codes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                codes.add(cells.get(chosen[i]));
            }
            List<Equation> touched = new ArrayList<>();
            for (int e = 0; e < scope.size(); e++) {
                if (touches[e] > 0) {
                    touched.add(scope.get(e));
                }
            }
            return ErrorLocalisation.this.solve(codes, touched);
        }
    }

    /** The values of the chosen cells that make the touched equations hold, when there is exactly one such set. */
    private Optional<Fix> solve(List<CellCode> chosen, List<Equation> touched) {
        int n = chosen.size();
        double[][] m = new double[touched.size()][n + 1];
        for (int i = 0; i < touched.size(); i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = touched.get(i).terms().getOrDefault(chosen.get(j), 0);
            }
            m[i][n] = -touched.get(i).residual().doubleValue();
        }
        Optional<double[]> deltas = eliminate(m, n);
        if (deltas.isEmpty() || !holdsRoughly(chosen, touched, deltas.get())) {
            return Optional.empty();
        }
        int scale = chosen.stream().mapToInt(c -> Math.max(0, figures.get(c).stripTrailingZeros().scale()))
                .max().orElse(0);
        scale = Math.max(scale, touched.stream()
                .mapToInt(e -> Math.max(0, e.residual().stripTrailingZeros().scale())).max().orElse(0));
        Map<CellCode, BigDecimal> delta = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            BigDecimal d = BigDecimal.valueOf(deltas.get()[j]).setScale(scale, RoundingMode.HALF_UP);
            if (d.signum() == 0) {
                return Optional.empty();
            }
            BigDecimal from = figures.get(chosen.get(j));
            BigDecimal to = from.add(d);
            CellCode code = chosen.get(j);
            if (form.cell(code).map(cell -> !cell.kind().admits(to)).orElse(false)) {
                return Optional.empty();
            }
            delta.put(code, d);
            changes.add(new Change(code, from, to));
        }
        for (Equation e : touched) {
            BigDecimal after = e.residual();
            for (var change : delta.entrySet()) {
                Integer coefficient = e.terms().get(change.getKey());
                if (coefficient != null) {
                    after = after.add(change.getValue().multiply(BigDecimal.valueOf(coefficient)));
                }
            }
            if (after.signum() != 0) {
                return Optional.empty();
            }
        }
        changes.sort(Comparator.comparingInt(this::position));
        long holdingTouched = touched.stream().filter(e -> !e.fails()).count();
        return Optional.of(new Fix(changes, (int) holdingTouched + changes.stream().mapToInt(this::prior).sum()));
    }

    /**
     * Whether the changes make every touched equation hold and leave no figure negative, in floating point: most sets
     * fail here, before the exact check in decimals.
     */
    private boolean holdsRoughly(List<CellCode> chosen, List<Equation> touched, double[] deltas) {
        for (int j = 0; j < deltas.length; j++) {
            if (Math.abs(deltas[j]) < EPSILON || figures.get(chosen.get(j)).doubleValue() + deltas[j] < -EPSILON) {
                return false;
            }
        }
        for (Equation e : touched) {
            double after = e.residual().doubleValue();
            for (int j = 0; j < deltas.length; j++) {
                after += e.terms().getOrDefault(chosen.get(j), 0) * deltas[j];
            }
            if (Math.abs(after) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    /** Gaussian elimination; the unique solution of the first {@code n} columns, if there is one. */
    private static Optional<double[]> eliminate(double[][] m, int n) {
        int rows = m.length;
        int rank = 0;
        int[] pivotRow = new int[n];
        for (int col = 0; col < n && rank < rows; col++) {
            int best = rank;
            for (int r = rank + 1; r < rows; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < EPSILON) {
                return Optional.empty();
            }
            double[] swap = m[best];
            m[best] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < rows; r++) {
                if (r != rank && Math.abs(m[r][col]) > EPSILON) {
                    double f = m[r][col] / m[rank][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[rank][c];
                    }
                }
            }
            pivotRow[col] = rank++;
        }
        if (rank < n) {
            return Optional.empty();
        }
        double[] solution = new double[n];
        for (int col = 0; col < n; col++) {
            solution[col] = m[pivotRow[col]][n] / m[pivotRow[col]][col];
        }
        return Optional.of(solution);
    }

    /**
     * How unlikely a change is on its own (lower is likelier): a cell holding a value its kind does not admit, a
     * total typed over its formula, a blank, a typing slip and a figure the text states are likely wrong.
     */
    private int prior(Change change) {
        int prior = 0;
        CellCode code = change.code();
        if (form.cell(code).map(cell -> !cell.kind().admits(change.from())).orElse(false)) {
            prior -= 3;
        }
        if (overwritten.contains(code)) {
            prior -= 2;
        }
        if (blanks.contains(code)) {
            prior -= 2;
        } else if (TypingSlip.between(change.from(), change.to())) {
            prior -= 1;
        }
        BigDecimal said = stated.get(code);
        if (said != null) {
            prior += said.compareTo(change.to()) == 0 ? -2 : said.compareTo(change.from()) == 0 ? 2 : 0;
        }
        return prior;
    }
}

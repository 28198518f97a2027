package cn.nianbao.annualreport.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the narrative check reads ({@code narrative.yaml}): where clauses end, the words that make a statement about
 * a part, another year or a running total, and the statements recognised, each with the cells whose sum it states.
 *
 * @param clauseEnds   the characters that end a clause, in the text as normalised
 * @param anotherTotal the words, before a statement in its clause, that make it about another total
 * @param statements   the statements recognised, in the order their findings come
 * @param titles       the cells of the statements as a person names them, in one edition ({@link #titled})
 */
public record NarrativeRules(String clauseEnds, Pattern anotherTotal, List<Statement> statements,
        Map<CellCode, String> titles) {

    /** Checks the fields and copies the statements and titles. */
    public NarrativeRules {
        Objects.requireNonNull(clauseEnds, "clauseEnds");
        Objects.requireNonNull(anotherTotal, "anotherTotal");
        statements = List.copyOf(statements);
        titles = Map.copyOf(titles);
    }

    /** Rules that name cells by their codes until {@link #titled} gives them an edition's titles. */
    public NarrativeRules(String clauseEnds, Pattern anotherTotal, List<Statement> statements) {
        this(clauseEnds, anotherTotal, statements, Map.of());
    }

    /** The same rules naming the cells of the statements as {@code title} does (an edition's cells). */
    public NarrativeRules titled(Function<CellCode, Optional<String>> title) {
        Map<CellCode, String> named = new HashMap<>();
        statements.forEach(s -> s.cells().forEach(code -> title.apply(code).ifPresent(t -> named.put(code, t))));
        return new NarrativeRules(clauseEnds, anotherTotal, statements, named);
    }

    /** The cell as a person names it, e.g. 行政复议 › 结果纠正; its code where the edition lacks it. */
    public String title(CellCode code) {
        return titles.getOrDefault(code, code.toString());
    }

    /** The words that make {@code statement} about another total: its own, or else the rules' {@link #anotherTotal}. */
    public Pattern anotherTotal(Statement statement) {
        return statement.anotherTotal().orElse(anotherTotal);
    }

    /**
     * A kind of statement and the table cells whose sum it states. A pattern with a group states that number; one
     * without states that there was none, i.e. zero (“未收到申请”, or an outcome such as “均获维持”, which says the
     * cells of the other outcomes are none).
     *
     * @param id           a stable id, e.g. {@code requests-received}
     * @param pattern      what the statement looks like in the normalised text
     * @param cells        the cells whose sum it states
     * @param anotherTotal the words that make this statement about another total where they differ from the
     *                     rules' (“其中予以公开12件” is about the whole year: 其中 names the part 予以公开 itself)
     */
    public record Statement(String id, Pattern pattern, List<CellCode> cells, Optional<Pattern> anotherTotal) {

        /** Checks the fields and copies the cells. */
        public Statement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(anotherTotal, "anotherTotal");
            cells = List.copyOf(cells);
            if (cells.isEmpty()) {
                throw new IllegalArgumentException("说法 " + id + " 没有对应的单元格（cells）");
            }
        }

        /** A statement that the rules' words make about another total. */
        public Statement(String id, Pattern pattern, List<CellCode> cells) {
            this(id, pattern, cells, Optional.empty());
        }
    }
}

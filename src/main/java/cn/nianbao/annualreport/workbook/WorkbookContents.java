package cn.nianbao.annualreport.workbook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.annualreport.form.CellRef;

/**
 * What a workbook file holds, read without a spreadsheet engine: its sheets in order, its workbook-level defined
 * names that point at one cell, and every non-empty cell.
 *
 * @param sheets the sheet names in tab order
 * @param names  workbook-level defined names pointing at a single cell, by name; names pointing at a range, at
 *               {@code #REF!} or sheet-local names are left out
 * @param cells  every non-empty cell (a value, or a formula), by address
 */
public record WorkbookContents(List<String> sheets, Map<String, CellRef> names, Map<CellRef, RawCell> cells) {

    /** Copies the collections. */
    public WorkbookContents {
        sheets = List.copyOf(sheets);
        names = Map.copyOf(names);
        cells = Map.copyOf(cells);
    }

    /** The cell at an address, if it is not empty. */
    public Optional<RawCell> cell(CellRef where) {
        return Optional.ofNullable(cells.get(where));
    }

    /** The cell a defined name points at, with its address; empty when the name is missing or the cell empty. */
    public Optional<RawCell> named(String name) {
        return Optional.ofNullable(names.get(name)).flatMap(this::cell);
    }

    /**
     * The contents with those of the workbook-level names whose formula is one cell of one of the sheets, e.g.
     * {@code '依申请公开'!$J$5}; other names (ranges, {@code #REF!}, other files) are left out.
     */
    static WorkbookContents withNames(List<String> sheets, Map<String, String> formulas, Map<CellRef, RawCell> cells) {
        Set<String> known = new HashSet<>(sheets);
        Map<String, CellRef> names = new HashMap<>();
        formulas.forEach((name, formula) -> CellRef.parse(formula.strip()).filter(ref -> known.contains(ref.sheet()))
                .ifPresent(ref -> names.put(name, ref)));
        return new WorkbookContents(sheets, names, cells);
    }
}

package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One cell per line: " |" is an empty cell that keeps its position; separator and empty lines are nothing. */
class CellStreamTest {

    @Test
    void readsABlankBeforeTheBarAsAnEmptyCellAndSeparatorLinesAsNothing() {
        List<TextCell> cells = CellStream.of(ReportText.numbered(List.of("规章 |", "1 |", " |", "|", "3 | ||", "||",
                "", "\u3000|", "|||")));
        assertEquals(List.of("规章", "1", "", "3", ""), cells.stream().map(TextCell::text).toList());
        assertEquals(List.of("第 1 行", "第 2 行", "第 3 行", "第 5 行", "第 8 行"),
                cells.stream().map(c -> c.place().toString()).toList());
    }
}

package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.annualreport.Answered;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word files built to make a reader allocate without end or recurse (issue 11) are answered within five seconds in a
 * JVM of 256 MB: read, or refused with a Chinese reason.
 */
@Tag("hostile")
class DocxHostileInputsTest {

    @TempDir
    Path dir;

    /** Loads POI's classes and schemas (seconds on a busy machine) before any answer is timed. */
    @BeforeAll
    static void loadPoi(@TempDir Path warm) throws IOException {
        DocxReport.read(Files.write(warm.resolve("warm.docx"), RawDocx.withBody("<w:tbl>" + RawDocx.row("", "1")
                + "</w:tbl>")));
    }

    @Test
    void refusesACellSpanningTwoBillionColumnsAsTooLarge() {
        // Before fix: 2147483647 empty strings added to the row, OutOfMemoryError after 20-36 s.
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> lines(RawDocx.withBody("<w:tbl>"
                + RawDocx.row("<w:gridSpan w:val=\"2147483647\"/>", "1") + "</w:tbl>")));
        assertEquals("内容过大：表格合并跨度 2147483647 列，超过上限 1000 列", e.getMessage());
    }

    @Test
    void refusesColumnsSkippedBeyondIntegersAsTooLarge() {
        // Before fix: the int sum of two gridBefore of 2147483647 overflowed.
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> lines(RawDocx.withBody("<w:tbl><w:tr><w:trPr>"
                + "<w:gridBefore w:val=\"99999999999999999999\"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl>")));
        assertEquals("内容过大：表格合并跨度 99999999999999999999 列，超过上限 1000 列", e.getMessage());
    }

    @Test
    void refusesARowOfManyWideCellsAsTooLarge() {
        String row = "<w:tc><w:tcPr><w:gridSpan w:val=\"999\"/></w:tcPr><w:p/></w:tc>".repeat(2);
        BudgetExceeded e = assertThrows(BudgetExceeded.class,
                () -> lines(RawDocx.withBody("<w:tbl><w:tr>" + row + "</w:tr></w:tbl>")));
        assertEquals("内容过大：表格一行超过上限 1000 列", e.getMessage());
    }

    @Test
    void readsAVerticalMergeOfAThousandRowsAsOneFigureAndEmptyCells() throws Exception {
        String rows = RawDocx.row("<w:vMerge w:val=\"restart\"/>", "12")
                + RawDocx.row("<w:vMerge/>", "99").repeat(999);
        List<String> lines = lines(RawDocx.withBody("<w:tbl>" + rows + "</w:tbl>"));
        assertEquals(1_000, lines.size());
        assertEquals("12", lines.get(0));
        assertEquals("", lines.get(999));
    }

    @Test
    void refusesATableOfTwentyThousandRowsAsTooLarge() {
        // Before fix: POI reached each row by its position, minutes for 20,000 rows.
        String rows = RawDocx.row("<w:vMerge/>", "1").repeat(20_000);
        BudgetExceeded e = assertThrows(BudgetExceeded.class,
                () -> lines(RawDocx.withBody("<w:tbl>" + rows + "</w:tbl>")));
        assertEquals("内容过大：表格超过上限 1000 行", e.getMessage());
    }

    @Test
    void refusesElevenTablesOfAThousandRowsAsTooLarge() {
        String table = "<w:tbl>" + RawDocx.row("", "1").repeat(1_000) + "</w:tbl>";
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> lines(RawDocx.withBody(table.repeat(11))));
        assertEquals("内容过大：文档中的表格共超过上限 10000 行", e.getMessage());
    }

    @Test
    void refusesARowOfTenThousandCellsAsTooLarge() {
        String row = "<w:tr>" + "<w:tc><w:p/></w:tc>".repeat(10_000) + "</w:tr>";
        BudgetExceeded e = assertThrows(BudgetExceeded.class,
                () -> lines(RawDocx.withBody("<w:tbl>" + row + "</w:tbl>")));
        assertEquals("内容过大：表格一行超过上限 200 个单元格", e.getMessage());
    }

    @Test
    void refusesTablesNestedSixtyDeepAsTooLarge() {
        String open = "<w:tbl><w:tr><w:tc><w:p/>";
        String close = "<w:p/></w:tc></w:tr></w:tbl>";
        BudgetExceeded e = assertThrows(BudgetExceeded.class,
                () -> lines(RawDocx.withBody(open.repeat(60) + close.repeat(60))));
        assertEquals("内容过大：表格或内容控件嵌套超过上限 50 层", e.getMessage());
    }

    @Test
    void refusesABodyThatInflatesAThousandfoldAsAZipBombInChinese() {
        // Before fix: POI's "Zip bomb detected! ..." shown as the reason.
        byte[] bomb = RawDocx.deflated("<w:p/>" + " ".repeat(20_000_000));
        IOException e = assertThrows(IOException.class, () -> lines(bomb));
        assertEquals("文件解压后异常地大（疑似压缩炸弹），已拒绝读取", e.getMessage());
    }

    @Test
    void refusesAZipWithoutAWordDocumentInChinese() {
        IOException e = assertThrows(IOException.class, () -> lines(new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals("不是有效的 .docx 文件（缺少 Word 文档的组成部分）：请在 Word 或 WPS 中打开，另存为 .docx 后再试", e.getMessage());
    }

    private List<String> lines(byte[] docx) throws IOException {
        Path file = Files.write(dir.resolve("hostile.docx"), docx);
        return Answered.within5Seconds(() -> DocxReport.read(file).lines());
    }
}

package cn.nianbao.annualreport.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;

/** A reason shown to a user is Chinese: our own messages are quoted, library texts are named by their meaning. */
class FailureReasonTest {

    @Test
    void quotesOurOwnChineseMessages() {
        assertEquals("文件已加密", FailureReason.of(new IOException("文件已加密")));
        assertEquals("内容过大：PDF 共 20000 页，超过上限 10000 页", FailureReason.of(BudgetExceeded.tooLarge(
                new Reason("pdf.pages", Map.of("pages", 20000, "limit", 10000)))));
        assertEquals("不是 Excel 文件",
                FailureReason.of(new IllegalStateException("wrapped", new IOException("不是 Excel 文件"))));
    }

    @Test
    void neverEchoesALibraryMessage() {
        assertEquals("压缩包结构损坏或内容异常，文件可能已损坏或被篡改",
                FailureReason.of(new ZipException("invalid CEN header (bad signature)")));
        assertEquals("文件不完整：内容意外结束，可能只下载或复制了一部分",
                FailureReason.of(new UncheckedIOException(new EOFException("Unexpected end of ZLIB input stream"))));
        assertEquals("文件内容异常，读取失败（ArithmeticException）",
                FailureReason.of(new ArithmeticException("BigInteger would overflow supported range")));
        assertEquals("读取时发生严重错误（InternalError），已跳过这个文件", FailureReason.of(new InternalError("x")));
    }

    @Test
    void neverQuotesAFileNameAsIfItWereAReason() {
        assertEquals("文件不存在或已被移走", FailureReason.of(new NoSuchFileException("/报告/年报.pdf")));
        assertEquals("没有读取权限", FailureReason.of(new AccessDeniedException("/报告/年报.pdf")));
    }

    @Test
    void saysInEnglishWhatItNamesItselfAndLeavesAReadersOwnWordsToChinese() {
        List<Throwable> named = List.of(new NoSuchFileException("/报告/年报.pdf"), new AccessDeniedException("/x"),
                new ZipException("invalid LOC header"), new EOFException(),
                new OutOfMemoryError(), new StackOverflowError(), BudgetExceeded.timeout(20),
                BudgetExceeded.tooLarge(new Reason("docx.span", Map.of("count", 2147483647L, "limit", 1000))),
                new IllegalStateException("boom"));
        for (Throwable failure : named) {
            String english = FailureReason.english(failure).orElseThrow(() -> new AssertionError(failure));
            assertFalse(english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), english);
            assertFalse(english.contains("boom") || english.contains("LOC"), "a library's words are never echoed");
        }
        assertEquals(Optional.empty(), FailureReason.english(new IOException("不是 Excel 文件")));
    }

    @Test
    void aReadersRefusalIsSaidInBothLanguagesWhereverItIsThrown() {
        ReadRefusal refusal = new ReadRefusal(Reason.of("workbook.not-excel"));
        assertEquals("不是 Excel 文件（文件头既不是 xlsx 的 zip 也不是 xls）", FailureReason.of(refusal));
        assertEquals(Optional.of("not an Excel file (it starts neither as an .xlsx zip nor as an .xls)"),
                FailureReason.english(refusal));
        for (Throwable wrapped : List.of(new UncheckedIOException(refusal), new IllegalStateException("x", refusal))) {
            assertEquals(Optional.of(refusal.reason()), FailureReason.named(wrapped));
        }
        assertEquals(Optional.of("too large: a table cell spans 2147483647 columns, over the limit of 1000"),
                FailureReason.english(BudgetExceeded.tooLarge(new Reason("docx.span",
                        Map.of("count", 2147483647L, "limit", 1000)))));
    }
}

package cn.nianbao.annualreport.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;

/** A reason shown to a user is Chinese: our own messages are quoted, library texts are named by their meaning. */
class FailureReasonTest {

    @Test
    void quotesOurOwnChineseMessages() {
        assertEquals("文件已加密", FailureReason.of(new IOException("文件已加密")));
        assertEquals("内容过大：PDF 共 20000 页", FailureReason.of(BudgetExceeded.tooLarge("PDF 共 20000 页")));
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
                BudgetExceeded.tooLarge("表格合并跨度 2147483647 列，超过上限 1000 列"), new IllegalStateException("boom"));
        for (Throwable failure : named) {
            String english = FailureReason.english(failure).orElseThrow(() -> new AssertionError(failure));
            assertFalse(english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), english);
            assertFalse(english.contains("boom") || english.contains("LOC"), "a library's words are never echoed");
        }
        assertEquals(Optional.empty(), FailureReason.english(new IOException("不是 Excel 文件")));
    }
}

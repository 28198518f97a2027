package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.extract.SpreadsheetReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FailureReason;
import cn.nianbao.annualreport.workbook.HostileWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile workbook is refused by the annotated copy ({@code check --annotate}) and by the foreign-workbook reader
 * ({@code convert}) with the Chinese reason {@code check} gives for it, before a spreadsheet engine parses it.
 */
@Tag("hostile")
class HostileWorkbookCopiesTest {

    private static final Path STANDARD = Path.of("examples", "阿尔山市-2022-有错误.xlsx");
    private static final String ENTITY_BOMB = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">\
            <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet>&lol2;</worksheet>""";

    @TempDir
    private Path dir;

    private BatchChecker checker;

    @BeforeEach
    void checker() throws IOException {
        FormDefinitions forms = FormDefinitions.load();
        checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));
    }

    @Test
    void refusesToAnnotateAZipBombWithTheReasonCheckGives() throws IOException {
        Path bomb = HostileWorkbooks.zipBomb(dir.resolve("bomb.xlsx"));
        assertAnnotationRefused(bomb, "疑似 zip 炸弹：单个部件解压后超过 64 MB");
    }

    @Test
    void refusesToAnnotateAWorkbookWithAnEntityDeclarationWithTheReasonCheckGives() throws IOException {
        Path entity = HostileWorkbooks.withEntries(STANDARD, dir.resolve("entity.xlsx"),
                Map.of("xl/worksheets/sheet3.xml", ENTITY_BOMB.getBytes(StandardCharsets.UTF_8)));
        assertAnnotationRefused(entity,
                "XML 格式错误（xl/worksheets/sheet3.xml）：含有文档类型声明（DTD），Excel 工作簿中不会有");
    }

    @Test
    void refusesToAnnotateAWorkbookPastTheStyleBudgetWithTheReasonCheckGives() throws IOException {
        byte[] styles = ("<styleSheet><cellXfs>" + "<xf numFmtId=\"0\"/>".repeat(150_000)
                + "</cellXfs></styleSheet>").getBytes(StandardCharsets.UTF_8);
        Path file = HostileWorkbooks.withEntries(STANDARD, dir.resolve("styles.xlsx"),
                Map.of("xl/styles.xml", styles));
        assertAnnotationRefused(file, "内容过大：样式表有超过 100000 条样式记录，Excel 自身最多 65490 种单元格格式");
    }

    @Test
    void refusesToAnnotateAWorkbookWithAnEntityInAPartCheckNeverReads() throws IOException {
        Path file = HostileWorkbooks.withEntries(STANDARD, dir.resolve("comments.xlsx"),
                Map.of("xl/comments1.xml", ENTITY_BOMB.getBytes(StandardCharsets.UTF_8)));
        assertFalse(checker.check(file).status() == FileResult.Status.UNREADABLE, "check reads no comments");
        Path copy = dir.resolve("copy.xlsx");
        Throwable refused = assertThrows(IOException.class, annotating(file, copy));
        assertEquals("XML 格式错误（xl/comments1.xml）：含有文档类型声明（DTD），Excel 工作簿中不会有",
                FailureReason.of(refused));
        assertFalse(Files.exists(copy));
    }

    @Test
    void refusesAForeignWorkbookThatIsAZipBombWithTheReasonCheckGives() throws IOException {
        Path bomb = HostileWorkbooks.zipBomb(dir.resolve("pasted.xlsx"));
        Throwable refused = assertThrows(IOException.class, () -> SpreadsheetReport.read(bomb));
        assertEquals(checkReason(bomb), FailureReason.of(refused));
    }

    @Test
    void annotatesTheStandardWorkbookItValidated() throws IOException {
        Path copy = dir.resolve("copy.xlsx");
        new Annotator().annotate(STANDARD, checker.check(STANDARD).findings(), copy);
        assertTrue(Files.size(copy) > 0);
    }

    private void assertAnnotationRefused(Path file, String reason) {
        assertEquals(reason, checkReason(file));
        Path copy = dir.resolve(file.getFileName() + "-copy.xlsx");
        Throwable refused = assertThrows(Exception.class, annotating(file, copy));
        assertEquals(reason, FailureReason.of(refused));
        assertFalse(Files.exists(copy));
    }

    private static Executable annotating(Path file, Path copy) {
        return () -> new Annotator().annotate(file, List.of(), copy);
    }

    private String checkReason(Path file) {
        FileResult result = checker.check(file);
        assertEquals(FileResult.Status.UNREADABLE, result.status());
        return result.findings().get(0).args().get("reason");
    }
}

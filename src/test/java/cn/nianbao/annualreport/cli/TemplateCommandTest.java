package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class TemplateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void writesTheWorkbookWithUnitAndYearOnTheCover() throws Exception {
        Path file = dir.resolve("t.xlsx");
        assertEquals(0, run("template", "--edition", "2021", "--unit", "洪泽区人民政府", "--year", "2024", "-o",
                file.toString()));
        assertTrue(out.toString().contains("已写出 2021 版标准工作簿"), out.toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var ref = new org.apache.poi.ss.util.CellReference(workbook.getName("meta.unit").getRefersToFormula());
            assertEquals("洪泽区人民政府", workbook.getSheet(ref.getSheetName()).getRow(ref.getRow())
                    .getCell(ref.getCol()).getStringCellValue());
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void refusesAnUnknownEditionWithExitCodeTwo() {
        assertEquals(2, run("template", "--edition", "2020", "-o", dir.resolve("t.xlsx").toString()));
        assertTrue(err.toString().startsWith("错误：未知的格式版本“2020”"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one line");
        assertFalse(Files.exists(dir.resolve("t.xlsx")));
    }

    @Test
    void refusesImpossibleYearsAndTheNewEditionForOldYears() {
        assertEquals(2, run("template", "--edition", "2021", "--year", "1999", "-o", dir.resolve("a.xlsx").toString()));
        assertEquals(2, run("template", "--edition", "2021", "--year", "20250", "-o", dir.resolve("b.xlsx").toString()));
        assertEquals(2, run("template", "--edition", "2021", "--year", "2020", "-o", dir.resolve("c.xlsx").toString()));
        assertTrue(err.toString().contains("--edition 2019"), err.toString());
    }

    @Test
    void warnsButWritesTheOldEditionForALaterYear() {
        assertEquals(0, run("template", "--edition", "2019", "--year", "2021", "-o", dir.resolve("t.xlsx").toString()));
        assertTrue(err.toString().contains("2021 版"), err.toString());
    }

    @Test
    void keepsAnExistingFileUnlessForced() throws Exception {
        Path file = dir.resolve("t.xlsx");
        Files.writeString(file, "keep me");
        assertEquals(2, run("template", "--edition", "2021", "-o", file.toString()));
        assertEquals("keep me", Files.readString(file));
        assertTrue(err.toString().contains("--force"), err.toString());
        assertEquals(0, run("template", "--edition", "2021", "-o", file.toString(), "--force"));
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void refusesAPathItCannotWrite() {
        assertEquals(2, run("template", "--edition", "2021", "-o", dir.resolve("missing/t.xlsx").toString()));
        assertTrue(err.toString().contains("不存在"), err.toString());
        assertEquals(2, run("template", "--edition", "2021", "-o", dir.toString()));
        assertTrue(err.toString().contains("是一个目录"), err.toString());
    }

    @Test
    void reportsAMissingOptionInChineseWithExitCodeTwo() {
        assertEquals(2, run("template"));
        assertTrue(err.toString().contains("缺少必需的选项"), err.toString());
    }

    @Test
    void helpListsTheCommandsWithChineseDescriptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("template  生成标准工作簿"), out.toString());
        assertTrue(out.toString().contains("退出码"), out.toString());
    }
}

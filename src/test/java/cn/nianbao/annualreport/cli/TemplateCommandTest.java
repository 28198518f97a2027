package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class TemplateCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesTheWorkbookWithUnitAndYearOnTheCover() throws Exception {
        Path file = dir.resolve("t.xlsx");
        assertEquals(0, run("template", "--edition", "2021", "--unit", "洪泽区人民政府", "--year", "2024", "-o",
                file.toString()));
        assertTrue(cli.out().contains("已写出 2021 版标准工作簿"), cli.out());
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
        assertTrue(cli.err().startsWith("错误：未知的格式版本“2020”"), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), "one line");
        assertFalse(Files.exists(dir.resolve("t.xlsx")));
    }

    @Test
    void refusesImpossibleYearsAndTheNewEditionForOldYears() {
        assertEquals(2, run("template", "--edition", "2021", "--year", "1999", "-o", dir.resolve("a.xlsx").toString()));
        assertEquals(2, run("template", "--edition", "2021", "--year", "20250", "-o",
                dir.resolve("b.xlsx").toString()));
        assertEquals(2, run("template", "--edition", "2021", "--year", "2020", "-o", dir.resolve("c.xlsx").toString()));
        assertTrue(cli.err().contains("--edition 2019"), cli.err());
    }

    @Test
    void warnsButWritesTheOldEditionForALaterYear() {
        assertEquals(0, run("template", "--edition", "2019", "--year", "2021", "-o", dir.resolve("t.xlsx").toString()));
        assertTrue(cli.err().contains("2021 版"), cli.err());
    }

    @Test
    void keepsAnExistingFileUnlessForced() throws Exception {
        Path file = dir.resolve("t.xlsx");
        Files.writeString(file, "keep me");
        assertEquals(2, run("template", "--edition", "2021", "-o", file.toString()));
        assertEquals("keep me", Files.readString(file));
        assertTrue(cli.err().contains("--force"), cli.err());
        assertEquals(0, run("template", "--edition", "2021", "-o", file.toString(), "--force"));
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void refusesAPathItCannotWrite() {
        assertEquals(2, run("template", "--edition", "2021", "-o", dir.resolve("missing/t.xlsx").toString()));
        assertTrue(cli.err().contains("不存在"), cli.err());
        assertEquals(2, run("template", "--edition", "2021", "-o", dir.toString()));
        assertTrue(cli.err().contains("是一个目录"), cli.err());
    }

    @Test
    void reportsAMissingOptionInChineseWithExitCodeTwo() {
        assertEquals(2, run("template"));
        assertTrue(cli.err().contains("缺少必需的选项"), cli.err());
    }

    @Test
    void helpListsTheCommandsWithChineseDescriptions() {
        assertEquals(0, run("--help"));
        assertTrue(cli.out().contains("template  生成标准工作簿"), cli.out());
        assertTrue(cli.out().contains("退出码"), cli.out());
    }
}

package cn.nianbao.annualreport.workbook;

import static cn.nianbao.annualreport.workbook.HostileWorkbooks.ONE_SHEET_WORKBOOK;
import static cn.nianbao.annualreport.workbook.HostileWorkbooks.put;
import static cn.nianbao.annualreport.workbook.HostileWorkbooks.withEntries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {

    private static final String UNIT = "某某市人民政府办公室";
    private static final CellCode FIGURE = CellCode.parse("requests.new.natural_person");
    private static final CellCode TOTAL = CellCode.parse("requests.new.total");

    @TempDir
    static Path dir;

    private static FormDefinition form;
    private static WorkbookWriter writer;
    private static Map<CellCode, BigDecimal> figures;
    private static Path filled;

    @BeforeAll
    static void writeFilledWorkbook() throws IOException {
        form = FormDefinitions.load().edition("2021").orElseThrow();
        writer = new WorkbookWriter(form);
        figures = new HashMap<>(Figures.consistent(form, 7));
        figures.put(FIGURE, BigDecimal.valueOf(7));
        filled = dir.resolve("filled.xlsx");
        writer.write(new TemplateOptions(Optional.of(UNIT), Optional.of(new ReportYear(2024))),
                new Filling(figures, Map.of(), Map.of(), Map.of()), filled, true);
    }

    @Test
    void readsTheStandardWorkbookAsPoiSeesIt() throws Exception {
        WorkbookContents contents = WorkbookReader.read(filled);

        try (XSSFWorkbook poi = new XSSFWorkbook(filled.toFile())) {
            List<String> sheets = new ArrayList<>();
            poi.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(sheets, contents.sheets());
            for (CellDef cell : form.cells()) {
                String code = cell.code().toString();
                Name name = poi.getName(code);
                assertNotNull(name, code);
                assertEquals(CellRef.parse(name.getRefersToFormula()), Optional.ofNullable(contents.names().get(code)),
                        code);
            }
            int cellNames = 0;
            for (Name name : poi.getAllNames()) {
                Optional<CellRef> ref = CellRef.parse(name.getRefersToFormula());
                if (name.getSheetIndex() == -1) {
                    assertEquals(ref, Optional.ofNullable(contents.names().get(name.getNameName())),
                            name.getNameName());
                    cellNames += ref.isPresent() ? 1 : 0;
                }
            }
            assertEquals(cellNames, contents.names().size());
        }
        assertEquals(new RawCell(RawCell.Type.NUMBER, "7", ""), contents.named(FIGURE.toString()).orElseThrow());
        RawCell total = contents.named(TOTAL.toString()).orElseThrow();
        assertTrue(total.isFormula(), total.toString());
        assertEquals(RawCell.Type.NUMBER, total.type());
        assertEquals(0, Figures.value(form, TOTAL, figures).compareTo(new BigDecimal(total.text())), total.text());
        assertEquals(new RawCell(RawCell.Type.TEXT, UNIT, ""), contents.named("meta.unit").orElseThrow());
        assertEquals(new RawCell(RawCell.Type.NUMBER, "2024", ""), contents.named("meta.year").orElseThrow());

        TableLayout table = writer.layout().tables().get(0);
        Span label = table.spans().stream().filter(s -> s.role() == Span.Role.LABEL).findFirst().orElseThrow();
        CellRef at = new CellRef(table.table().sheet(), label.firstRow(), label.firstColumn());
        assertEquals(new RawCell(RawCell.Type.TEXT, label.text(), ""), contents.cell(at).orElseThrow());
    }

    @Test
    void readsTheWorkbookAfterLibreOfficeSavedItAsXlsxAndAsXls() throws IOException {
        WorkbookContents original = WorkbookReader.read(filled);
        Path xlsx = LibreOfficeCalc.saveAs(List.of(filled), LibreOfficeCalc.XLSX).get(0);
        Path xls = LibreOfficeCalc.saveAs(List.of(filled), LibreOfficeCalc.XLS).get(0);
        for (Path saved : List.of(xlsx, xls)) {
            WorkbookContents contents = WorkbookReader.read(saved);
            String what = saved.getFileName().toString();
            assertEquals(original.sheets(), contents.sheets(), what);
            int numbers = 0;
            for (CellDef cell : form.cells()) {
                String code = cell.code().toString();
                assertEquals(original.names().get(code), contents.names().get(code), what + " " + code);
                Optional<RawCell> before = original.named(code);
                if (before.isPresent() && before.get().type() == RawCell.Type.NUMBER) {
                    numbers++;
                    assertEquals(before.get().text(), contents.named(code).map(RawCell::text).orElse("(empty)"),
                            what + " " + code);
                    assertEquals(before.get().isFormula(), contents.named(code).orElseThrow().isFormula(),
                            what + " " + code);
                }
            }
            assertTrue(numbers > 100, what + ": only " + numbers + " numbers compared");
            assertEquals(new RawCell(RawCell.Type.NUMBER, "7", ""), contents.named(FIGURE.toString()).orElseThrow(),
                    what);
            assertEquals(UNIT, contents.named("meta.unit").map(RawCell::text).orElseThrow(), what);
        }
    }

    @Test
    void refusesEmptyAndNonExcelFiles() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertRefused(empty, "文件是空的（0 字节）");
        Path text = Files.writeString(dir.resolve("text.xlsx"), "单位,年度\n某某局,2024\n", StandardCharsets.UTF_8);
        assertRefused(text, "不是 Excel 文件");
        Path pdf = Files.writeString(dir.resolve("report.xlsx"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
                StandardCharsets.ISO_8859_1);
        assertRefused(pdf, "不是 Excel 文件");
    }

    @Test
    void refusesATruncatedWorkbook() throws IOException {
        byte[] bytes = Files.readAllBytes(filled);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(truncated, "zip 文件已损坏");
    }

    @Test
    void refusesZipBombs() throws IOException {
        Path bomb = HostileWorkbooks.zipBomb(dir.resolve("bomb.xlsx"));
        assertTrue(Files.size(bomb) < 1 << 20, "the bomb should be small on disk");
        assertRefused(bomb, "疑似 zip 炸弹");

        // the same bomb declaring 1,000 bytes in the central directory: caught while unzipping
        Path liar = Files.write(dir.resolve("liar.xlsx"),
                HostileWorkbooks.declareSize(Files.readAllBytes(bomb), "xl/worksheets/sheet1.xml", 1000));
        try (ZipFile zip = new ZipFile(liar.toFile())) {
            assertEquals(1000, zip.getEntry("xl/worksheets/sheet1.xml").getSize());
        }
        assertRefused(liar, "疑似 zip 炸弹");
    }

    @Test
    void refusesPartsBuiltToExhaustMemory() throws IOException {
        byte[] letters = new byte[1_000_000];
        Arrays.fill(letters, (byte) 'a');
        Path manyTexts = withSharedStrings("many-texts.xlsx", zip -> {
            zip.write("<sst>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 11; i++) {
                zip.write("<si><t>".getBytes(StandardCharsets.UTF_8));
                zip.write(letters);
                zip.write("</t></si>".getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(manyTexts, "文字过多");
        Path longAttribute = withSharedStrings("long-attribute.xlsx", zip -> {
            zip.write("<sst><si x=\"".getBytes(StandardCharsets.UTF_8));
            zip.write(letters);
            zip.write(letters);
            zip.write("\"/></sst>".getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(longAttribute, "XML 内容异常：单个标签或文字超过 1 MB");
        Path deep = withSharedStrings("deep.xlsx", zip -> {
            zip.write("<sst>".getBytes(StandardCharsets.UTF_8));
            zip.write("<a>".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(deep, "XML 格式错误（xl/sharedStrings.xml）");
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        Path many = dir.resolve("many.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            put(zip, "xl/workbook.xml", ONE_SHEET_WORKBOOK);
            for (int i = 0; i <= 10_000; i++) {
                put(zip, "xl/media/image" + i + ".png", "x");
            }
        }
        assertRefused(many, "zip 条目过多");
    }

    @Test
    void refusesAnEncryptedWorkbook() throws Exception {
        Path encrypted = HostileWorkbooks.encrypted(filled, dir.resolve("encrypted.xlsx"), "口令123");
        assertRefused(encrypted, "文件已加密或设置了打开密码，无法读取");

        Path encryptedXls = dir.resolve("encrypted.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(encryptedXls)) {
            workbook.createSheet("封面").createRow(0).createCell(0).setCellValue(UNIT);
            Biff8EncryptionKey.setCurrentUserPassword("口令123");
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(encryptedXls, "文件已加密或设置了打开密码，无法读取");
    }

    @Test
    void refusesMalformedXml() throws IOException {
        Path broken = withEntries(filled, dir.resolve("broken.xlsx"),
                Map.of("xl/workbook.xml",
                        "<workbook><sheets><sheet name=\"封面\" r:id=".getBytes(StandardCharsets.UTF_8)));
        assertRefused(broken, "XML 格式错误（xl/workbook.xml）");

        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <workbook><definedNames><definedName name="x">&d;&d;&d;&d;&d;&d;&d;&d;</definedName>\
                </definedNames></workbook>""";
        Path entities = withEntries(filled, dir.resolve("entities.xlsx"), Map.of("xl/workbook.xml",
                laughs.getBytes(StandardCharsets.UTF_8)));
        assertRefused(entities, "XML 格式错误（xl/workbook.xml）");

        byte[] latin1 = "<workbook><sheets><sheet name=\"Caf\u00e9\"/></sheets></workbook>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path notUtf8 = withEntries(filled, dir.resolve("not-utf8.xlsx"), Map.of("xl/workbook.xml", latin1));
        assertRefused(notUtf8, "XML 格式错误（xl/workbook.xml）：不是有效的 UTF-8 文本");

        Path noWorkbook = dir.resolve("no-workbook.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noWorkbook))) {
            put(zip, "word/document.xml", "<document/>");
        }
        assertRefused(noWorkbook, "工作簿缺少 xl/workbook.xml");
    }

    @Test
    void readsAMacroWorkbookWithoutTouchingItsMacros() throws IOException {
        Path xlsm = HostileWorkbooks.withMacros(filled, dir.resolve("macros.xlsm"));
        WorkbookContents contents = WorkbookReader.read(xlsm);
        assertEquals(WorkbookReader.read(filled), contents);
        assertEquals("7", contents.named(FIGURE.toString()).map(RawCell::text).orElseThrow());
    }

    @Test
    void readsRichSharedStringsAndInlineStrings() throws IOException {
        Path written = dir.resolve("rich.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("说明");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFRichTextString rich = new XSSFRichTextString("第一段，第二段");
            rich.applyFont(0, 4, bold);
            sheet.createRow(0).createCell(0).setCellValue(rich);
            sheet.createRow(1).createCell(1).setCellValue("placeholder");
            try (OutputStream out = Files.newOutputStream(written)) {
                workbook.write(out);
            }
        }
        String xml;
        try (ZipFile zip = new ZipFile(written.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        String inline = xml.replaceFirst("<c r=\"B2\"[^>]*><v>\\d+</v></c>",
                "<c r=\"B2\" t=\"inlineStr\"><is><r><t>内联</t></r><r><t xml:space=\"preserve\"> 文本 </t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>ないれん</t></rPh></is></c>");
        assertFalse(inline.equals(xml), "the sheet should have had B2 as a shared string: " + xml);
        Path rewritten = withEntries(written, dir.resolve("inline.xlsx"),
                Map.of("xl/worksheets/sheet1.xml", inline.getBytes(StandardCharsets.UTF_8)));

        WorkbookContents contents = WorkbookReader.read(rewritten);
        assertEquals(List.of("说明"), contents.sheets());
        assertEquals(new RawCell(RawCell.Type.TEXT, "第一段，第二段", ""), contents.cell(new CellRef("说明", 0, 0))
                .orElseThrow());
        assertEquals(new RawCell(RawCell.Type.TEXT, "内联 文本 ", ""), contents.cell(new CellRef("说明", 1, 1))
                .orElseThrow());
        assertEquals(2, contents.cells().size());
    }

    @Test
    void readsHandWrittenPartsTheWayExcelMeansThem() throws IOException {
        String workbook = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <x:sheets><x:sheet name="It's 表" sheetId="1" rel:id="rId9"/><x:sheet name="Plain" sheetId="2" \
                rel:id="rId2"/></x:sheets>
                <x:definedNames>
                <x:definedName name="quoted">'It''s 表'!$B$2</x:definedName>
                <x:definedName name="plain">Plain!C3</x:definedName>
                <x:definedName name="range">Plain!$A$1:$B$2</x:definedName>
                <x:definedName name="broken">#REF!</x:definedName>
                <x:definedName name="local" localSheetId="0">Plain!$A$1</x:definedName>
                <x:definedName name="elsewhere">[1]Other!$A$1</x:definedName>
                <x:definedName name="sum">SUM(Plain!$A$1:$A$3)</x:definedName>
                </x:definedNames></x:workbook>""";
        String rels = """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                worksheet" Target="/xl/worksheets/a.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                worksheet" Target="worksheets/../worksheets/b.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                sharedStrings" Target="strings.xml"/>
                </Relationships>""";
        String strings = """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>甲</t></si>\
                <si><r><t>乙</t></r><r><rPr><b/></rPr><t>丙</t></r></si></sst>""";
        String a = """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="2"><c r="B2" t="s"><v>1</v></c><c><v>2.5</v></c><c t="b"><v>1</v></c></row>
                <row><c t="e"><v>#DIV/0!</v></c><c r="C3"/><c r="D3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>
                <row r="10"><c r="A10"><f>SUM(B10:C10)</f></c><c r="B10"><f t="shared" ref="B10:B11" si="0">A1</f>\
                <v>3</v></c><c r="C10" t="inlineStr"><is><t/></is></c></row>
                </sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>""";
        String b = """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <dimension ref="A1:XFD1048576"/><sheetData><row r="3"><c r="C3" t="s"><v>0</v></c>\
                <c r="D3"><v>1.0E-3</v></c><c r="E3"><f t="shared" si="0"/>\
                <v>12.0</v></c></row></sheetData></worksheet>""";
        Path file = dir.resolve("hand.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "xl/workbook.xml", workbook);
            put(zip, "xl/_rels/workbook.xml.rels", rels);
            put(zip, "xl/strings.xml", strings);
            put(zip, "xl/worksheets/a.xml", a);
            put(zip, "xl/worksheets/b.xml", b);
        }

        WorkbookContents contents = WorkbookReader.read(file);
        assertEquals(List.of("It's 表", "Plain"), contents.sheets());
        assertEquals(Map.of("quoted", new CellRef("It's 表", 1, 1), "plain", new CellRef("Plain", 2, 2)),
                contents.names());
        Map<String, RawCell> cells = new LinkedHashMap<>();
        contents.cells().forEach((at, cell) -> cells.put(at.sheet() + "!" + at.a1(), cell));
        Map<String, RawCell> expected = new HashMap<>();
        expected.put("It's 表!B2", new RawCell(RawCell.Type.TEXT, "乙丙", ""));
        expected.put("It's 表!C2", new RawCell(RawCell.Type.NUMBER, "2.5", ""));
        expected.put("It's 表!D2", new RawCell(RawCell.Type.BOOLEAN, "TRUE", ""));
        expected.put("It's 表!A3", new RawCell(RawCell.Type.ERROR, "#DIV/0!", ""));
        expected.put("It's 表!D3", new RawCell(RawCell.Type.TEXT, "ab", "\"a\"&\"b\""));
        expected.put("It's 表!A10", new RawCell(RawCell.Type.NUMBER, "", "SUM(B10:C10)"));
        expected.put("It's 表!B10", new RawCell(RawCell.Type.NUMBER, "3", "A1"));
        expected.put("Plain!C3", new RawCell(RawCell.Type.TEXT, "甲", ""));
        expected.put("Plain!D3", new RawCell(RawCell.Type.NUMBER, "1.0E-3", ""));
        expected.put("Plain!E3", new RawCell(RawCell.Type.NUMBER, "12", "shared"));
        assertEquals(expected, cells);
    }

    @Test
    void refusesTwoZipEntriesOfOneName() throws IOException {
        String sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>%d</v></c></row></sheetData></worksheet>";
        Path twice = dir.resolve("twice.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(twice))) {
            put(zip, "xl/workbook.xml", ONE_SHEET_WORKBOOK);
            put(zip, "xl/_rels/workbook.xml.rels", HostileWorkbooks.ONE_SHEET_RELS);
            put(zip, "xl/worksheets/sheet1.xml", String.format(sheet, 1));
            put(zip, "xl/worksheets/sheet9.xml", String.format(sheet, 2));
        }
        // ZipOutputStream refuses a second entry of one name; rename the second in its headers
        byte[] bytes = Files.readAllBytes(twice);
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1).replace("xl/worksheets/sheet9.xml",
                "xl/worksheets/sheet1.xml");
        Files.write(twice, latin1.getBytes(StandardCharsets.ISO_8859_1));
        try (ZipFile zip = new ZipFile(twice.toFile())) {
            assertEquals(2, zip.stream().filter(e -> e.getName().equals("xl/worksheets/sheet1.xml")).count());
        }
        assertRefused(twice, "zip 中有两个同名条目：xl/worksheets/sheet1.xml，无法确定以哪个为准");

        Path cased = withEntries(filled, dir.resolve("cased.xlsx"),
                Map.of("XL/Workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));
        assertRefused(cased, "zip 中有两个同名条目：XL/Workbook.xml，无法确定以哪个为准");
    }

    @Test
    void refusesTwoSheetsOrTwoDefinedNamesOfOneName() throws IOException {
        String names = """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets><definedNames>\
                <definedName name="_xlnm.Print_Area" localSheetId="0">Sheet1!$A$1:$B$2</definedName>\
                <definedName name="_xlnm.Print_Area">Sheet1!$A$1:$B$2</definedName>\
                <definedName name="figure">Sheet1!$A$1</definedName>\
                <definedName name="FIGURE">Sheet1!$A$2</definedName></definedNames></workbook>""";
        Path twoNames = dir.resolve("two-names.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(twoNames))) {
            put(zip, "xl/workbook.xml", names);
        }
        assertRefused(twoNames, "名称“FIGURE”定义了两次，无法确定以哪个为准");

        Path twoSheets = dir.resolve("two-sheets.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(twoSheets))) {
            put(zip, "xl/workbook.xml", ONE_SHEET_WORKBOOK.replace("</sheets>",
                    "<sheet name=\"SHEET1\" sheetId=\"2\" r:id=\"rId1\"/></sheets>"));
        }
        assertRefused(twoSheets, "有两个工作表同名：SHEET1");
    }

    @Test
    void tellsWhyInChineseWhereLibrariesSayItInEnglish() throws IOException {
        byte[] bytes = Files.readAllBytes(filled);
        Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length - 30));
        assertRefused(truncated, "zip 文件已损坏：找不到 zip 目录，文件不完整或被截断");

        Path unclosed = withEntries(filled, dir.resolve("unclosed.xlsx"), Map.of("xl/workbook.xml",
                "<workbook><sheets><sheet name=\"封面\"/></sheets>".getBytes(StandardCharsets.UTF_8)));
        assertRefused(unclosed, "XML 格式错误（xl/workbook.xml）：XML 在中途结束，内容不完整（第 1 行第 ");
        Path mismatched = withEntries(filled, dir.resolve("mismatched.xlsx"), Map.of("xl/workbook.xml",
                "<workbook><sheets></workbook>".getBytes(StandardCharsets.UTF_8)));
        assertRefused(mismatched, "XML 格式错误（xl/workbook.xml）：开始标签与结束标签不配对（第 1 行第 ");
        Path prefix = withEntries(filled, dir.resolve("prefix.xlsx"), Map.of("xl/workbook.xml",
                "<x:workbook/>".getBytes(StandardCharsets.UTF_8)));
        assertRefused(prefix, "XML 格式错误（xl/workbook.xml）：使用了未声明的命名空间前缀");

        byte[] xls = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, xls, 0, 8);
        Path garbage = Files.write(dir.resolve("garbage.xls"), xls);
        UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class,
                () -> WorkbookReader.read(garbage));
        assertEquals("xls 文件已损坏或不是 Excel 工作簿", e.getMessage());
    }

    @Test
    void stopsAtTheFilesDeadline() {
        BudgetExceeded e = assertThrows(BudgetExceeded.class,
                () -> FileBudget.within(Duration.ofNanos(1), () -> WorkbookReader.read(filled)));
        assertEquals("处理超时：超过 1 秒仍未读完，已放弃这个文件", e.getMessage());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Asserts that reading the file is refused, and nothing else thrown, with a message that starts so. */
    private static void assertRefused(Path file, String messageStart) {
        UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class,
                () -> WorkbookReader.read(file), file.getFileName().toString());
        assertTrue(e.getMessage().startsWith(messageStart), file.getFileName() + ": " + e.getMessage());
    }

    /** Writes the body of a zip entry. */
    @FunctionalInterface
    private interface Body {
        void write(ZipOutputStream zip) throws IOException;
    }

    /** A small zip whose shared strings part is what {@code body} writes, highly compressed. */
    private static Path withSharedStrings(String name, Body body) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "xl/workbook.xml", ONE_SHEET_WORKBOOK);
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            body.write(zip);
            zip.closeEntry();
        }
        return file;
    }
}

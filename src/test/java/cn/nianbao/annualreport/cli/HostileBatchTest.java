package cn.nianbao.annualreport.cli;

import static cn.nianbao.annualreport.workbook.HostileWorkbooks.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.RawPdf;
import cn.nianbao.annualreport.workbook.HostileWorkbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproducers of issue 11 in one batch with good files, checked in a JVM of 256 MB: every file gets its own
 * row, no file brings the batch down (no exit 3), each reason is Chinese, and the good files come out exactly as
 * when each is checked alone.
 */
@Tag("hostile")
class HostileBatchTest {

    private static final String SHEET_START = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
            + "2006/main\"><sheetData>";
    private static final List<Path> GOOD = List.of(Path.of("examples", "开州区民政局-2024-正确.xlsx"),
            Path.of("examples", "华阴市-2020-2019版-正确.xlsx"), Fixtures.seed("001"),
            Path.of("examples", "洪泽区-2024-已发布报告.pdf"));

    @TempDir
    Path dir;

    @Test
    void everyHostileFileHasItsRowAndTheGoodFilesComeOutAsAlone() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, byte[]> hostile = hostileFiles();
        for (Map.Entry<String, byte[]> file : hostile.entrySet()) {
            Files.write(in.resolve(file.getKey()), file.getValue());
        }
        for (Path good : GOOD) {
            Files.copy(good, in.resolve("good-" + good.getFileName()));
        }
        Path report = dir.resolve("r.json");
        CliRun batch = new CliRun();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(5L * (hostile.size() + GOOD.size())),
                () -> batch.run("check", in.toString(), "--threads", "2", "--report", report.toString()));
        assertEquals(1, exit, batch.err());
        JsonNode files = new ObjectMapper().readTree(report.toFile()).get("files");
        assertEquals(hostile.size() + GOOD.size(), files.size(), "one row per file");
        Map<String, JsonNode> byName = new HashMap<>();
        files.forEach(row -> byName.put(Path.of(row.get("file").asText()).getFileName().toString(), row));
        for (String name : hostile.keySet()) {
            JsonNode row = byName.get(name);
            for (JsonNode finding : row.get("findings")) {
                String message = finding.get("message").asText();
                assertFalse(message.matches("(?s).*[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}.*"), name + ": " + message);
            }
        }
        for (Path good : GOOD) {
            Path alone = dir.resolve("alone-" + good.getFileName() + ".json");
            CliRun single = new CliRun();
            single.run("check", in.resolve("good-" + good.getFileName()).toString(), "--report", alone.toString());
            JsonNode row = new ObjectMapper().readTree(alone.toFile()).get("files").get(0);
            assertEquals(row.get("findings"), byName.get("good-" + good.getFileName()).get("findings"),
                    good + " as alone");
            assertEquals(row.get("status"), byName.get("good-" + good.getFileName()).get("status"));
        }
        assertTrue(byName.get("good-开州区民政局-2024-正确.xlsx").get("status").asText().equals("ok"));
    }

    /** The reproducers of the issue, each as small as it can be while doing what it did. */
    private static Map<String, byte[]> hostileFiles() throws IOException {
        byte[] seed = Files.readAllBytes(Fixtures.seed("001"));
        String text = new String(seed, StandardCharsets.UTF_8);
        Map<String, byte[]> files = new HashMap<>();
        files.put("number-900k-zeros.xlsx", xlsx("<row r=\"1\"><c r=\"A1\"><v>1" + "0".repeat(900_000)
                + "</v></c></row>", Map.of()));
        files.put("number-1e10000000.xlsx", xlsx("<row r=\"1\"><c r=\"A1\"><v>1E10000000</v></c></row>", Map.of()));
        files.put("text-in-number.xlsx", xlsx("<row r=\"1\"><c r=\"A1\" t=\"n\"><v>abc</v></c><c r=\"B1\"><v>NaN</v>"
                + "</c></row>", Map.of()));
        files.put("row-1048576.xlsx", xlsx("<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>", Map.of()));
        StringBuilder xfd = new StringBuilder();
        for (int r = 1; r <= 20_000; r++) {
            xfd.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\"><v>1</v></c></row>");
        }
        files.put("xfd-columns.xlsx", xlsx(xfd.toString(), Map.of()));
        files.put("empty-cells-3m.xlsx", xlsx("<row r=\"1\">" + "<c/>".repeat(3_000_000) + "</row>", Map.of()));
        files.put("styles-900k.xlsx", xlsx("", Map.of("xl/styles.xml", "<styleSheet xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"900000\">" + "<xf/>".repeat(900_000)
                + "</cellXfs></styleSheet>")));
        files.put("text-900k-digits.txt", text.replaceFirst("一", "1".repeat(900_000)).getBytes(StandardCharsets.UTF_8));
        files.put("narrative-20000-clauses.txt", (text + "行政复议1件，".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        byte[] stray = new byte[seed.length + 1];
        System.arraycopy(seed, 0, stray, 0, seed.length / 2);
        stray[seed.length / 2] = (byte) 0xFF;
        System.arraycopy(seed, seed.length / 2, stray, seed.length / 2 + 1, seed.length - seed.length / 2);
        files.put("stray-byte.txt", stray);
        files.put("tabs-in-narrative.txt", text.replace("。", "。\t").getBytes(StandardCharsets.UTF_8));
        files.put("html-spans-1000.html", ("<table>" + ("<tr>" + "<td rowspan=1000 colspan=1000>1</td>".repeat(5)
                + "</tr>").repeat(10) + "</table>").getBytes(StandardCharsets.UTF_8));
        files.put("html-nested-100k.html", ("<table><tr><td>".repeat(100_000) + "行政复议"
                + "</td></tr></table>".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        files.put("pdf-page-tree-cycle.pdf", pageTreeHoldingItself());
        files.put("pdf-20000-pages.pdf", twentyThousandPages());
        files.put("pdf-rules-glyphs.pdf", rulesAndGlyphs());
        files.put("docx-gridspan-max.docx", docx("<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/></w:tcPr>"
                + "<w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>"));
        return files;
    }

    private static byte[] xlsx(String rows, Map<String, String> extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "xl/workbook.xml", HostileWorkbooks.ONE_SHEET_WORKBOOK);
            put(zip, "xl/_rels/workbook.xml.rels", HostileWorkbooks.ONE_SHEET_RELS);
            put(zip, "xl/worksheets/sheet1.xml", SHEET_START + rows + "</sheetData></worksheet>");
            for (Map.Entry<String, String> part : extra.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] docx(String rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-"
                    + "types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/"
                    + "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                    + "document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                    + "2006/main\"><w:body><w:tbl>" + rows.repeat(50) + "</w:tbl></w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    private static byte[] pageTreeHoldingItself() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] >>");
        return pdf.bytes();
    }

    private static byte[] twentyThousandPages() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        int pages = pdf.add("");
        int content = pdf.stream("", "BT /F1 12 Tf 72 712 Td (1) Tj ET");
        int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            kids.append(pdf.add("<< /Type /Page /Parent 2 0 R /Contents " + content + " 0 R >>")).append(" 0 R ");
        }
        pdf.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count 20000 /Resources << /Font << /F1 " + font
                + " 0 R >> >> /MediaBox [0 0 600 800] >>");
        return pdf.bytes();
    }

    private static byte[] rulesAndGlyphs() {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            content.append(i % 2 == 1 ? (i % 600) + " 0 m " + (i % 600) + " 800 l S "
                    : "0 " + (i % 800) + " m 600 " + (i % 800) + " l S ");
        }
        content.append("BT /F1 6 Tf ");
        for (int i = 0; i < 20_000; i++) {
            content.append("1 0 0 1 ").append(10 + i % 100 * 5).append(' ').append(10 + i / 100 * 4)
                    .append(" Tm (8) Tj ");
        }
        content.append("ET");
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 "
                + "5 0 R >> >> >>");
        pdf.stream("", content.toString());
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.bytes();
    }
}

package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.nianbao.annualreport.Answered;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs built to make a reader loop, recurse or walk quadratically (issue 11) are answered within five seconds in a
 * JVM of 256 MB: the pages there are read, or the file is refused with a Chinese reason.
 */
@Tag("hostile")
class PdfHostileInputsTest {

    private static final String PAGE_TEXT = "BT /F1 12 Tf 72 700 Td (2023) Tj ET";

    @TempDir
    Path dir;

    /** Loads PDFBox's classes and fonts (seconds on a busy machine) before any answer is timed. */
    @BeforeAll
    static void loadPdfBox(@TempDir Path warm) throws IOException {
        RawPdf pdf = withFontAndContent(PAGE_TEXT);
        pdf.set(2, "<< /Type /Pages /Kids [" + pdf.add(page(2)) + " 0 R] /Count 1 >>");
        PdfReport.read(Files.write(warm.resolve("warm.pdf"), pdf.bytes()));
    }

    @Test
    void readsThePageThereIsOfAPageTreeThatHoldsItself() throws Exception {
        // Before fix: IllegalStateException "Possible recursion found when searching for page 1" (English).
        RawPdf pdf = withFontAndContent(PAGE_TEXT);
        int page = pdf.add(page(2));
        pdf.set(2, "<< /Type /Pages /Kids [2 0 R " + page + " 0 R 2 0 R] /Count 3 >>");
        assertEquals(List.of("2023"), lines(pdf));
    }

    @Test
    void readsThePageThereIsOfAPageTreeWhoseNodeHoldsItsParent() throws Exception {
        RawPdf pdf = withFontAndContent(PAGE_TEXT);
        int inner = pdf.add("");
        int page = pdf.add(page(inner));
        pdf.set(inner, "<< /Type /Pages /Parent 2 0 R /Kids [" + page + " 0 R 2 0 R] /Count 2 >>");
        pdf.set(2, "<< /Type /Pages /Parent " + inner + " 0 R /Kids [" + inner + " 0 R] /Count 3 >>");
        assertEquals(List.of("2023"), lines(pdf));
    }

    @Test
    void readsThePageAtTheFootOfAPageTreeEightThousandNodesDeep() throws Exception {
        // Before fix: StackOverflowError in PDFBox's page tree walk.
        assertEquals(List.of("2023"), lines(deepTree(8_000)));
    }

    @Test
    void refusesAPageTreeTwentyThousandNodesDeepAsTooLarge() throws Exception {
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> lines(deepTree(20_000)));
        assertEquals("内容过大：PDF 的页面树超过上限 10000 个节点", e.getMessage());
    }

    /** One page at the foot of a chain of {@code depth} page tree nodes, each holding the next. */
    private static RawPdf deepTree(int depth) {
        RawPdf pdf = withFontAndContent(PAGE_TEXT);
        int node = pdf.add("");
        pdf.set(node, page(node + 1));
        for (int i = 0; i < depth; i++) {
            node = pdf.add("<< /Type /Pages /Parent " + (node + 2) + " 0 R /Kids [" + node + " 0 R] /Count 1 >>");
        }
        pdf.set(2, "<< /Type /Pages /Kids [" + node + " 0 R] /Count 1 >>");
        return pdf;
    }

    @Test
    void refusesAPageTreeWithoutPagesInChinese() throws Exception {
        RawPdf pdf = withFontAndContent(PAGE_TEXT);
        pdf.set(2, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
        IOException e = assertThrows(IOException.class, () -> lines(pdf));
        assertEquals("PDF 中没有页面，文件可能已损坏", e.getMessage());
    }

    @Test
    void refusesTwentyThousandPagesSharingOneContentStreamAsTooLarge() throws Exception {
        // Before fix: pages walked quadratically (each page looked up and stripped from the first), minutes.
        RawPdf pdf = withFontAndContent(PAGE_TEXT);
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            kids.append(pdf.add(page(2))).append(" 0 R ");
        }
        pdf.set(2, "<< /Type /Pages /Kids [" + kids + "] /Count 20000 >>");
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> lines(pdf));
        assertEquals("内容过大：PDF 共 20000 页，超过上限 2000 页", e.getMessage());
    }

    @Test
    void readsAsManyPagesAsTheLimitSharingOneContentStream() throws Exception {
        RawPdf pdf = withFontAndContent(PAGE_TEXT);
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < PdfPages.MOST_PAGES; i++) {
            kids.append(pdf.add(page(2))).append(" 0 R ");
        }
        pdf.set(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + PdfPages.MOST_PAGES + " >>");
        assertEquals(PdfPages.MOST_PAGES, lines(pdf).size());
    }

    @Test
    void refusesAPageOfFourThousandRulesAndTwentyThousandCharactersAsTooLarge() throws Exception {
        // Before fix: 11 s, each band's cells matched against every rule crossing it, and every box against every band.
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> lines(ruledPage(4_000, 14390, 20_000)));
        assertEquals("内容过大：PDF 第 1 页的字符超过上限 10000 个", e.getMessage());
    }

    @Test
    void readsAPageOfFourThousandShortRulesAndFiveThousandCharactersOutsideThem() throws Exception {
        // Rules that reach past no character: finding the cell of each character walked every rule.
        List<String> lines = lines(ruledPage(4_000, 14, 5_000));
        assertEquals(5_000, digits(lines));
    }

    @Test
    void readsAPageOfFourThousandRulesAndFiveThousandCharactersEachInItsCell() throws Exception {
        List<String> lines = lines(ruledPage(4_000, 14390, 5_000));
        assertEquals(5_000, digits(lines));
        assertEquals(71, lines.size());
    }

    @Test
    void refusesAPageOfTwelveThousandRulesAsTooLarge() throws Exception {
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> lines(ruledPage(12_000, 14390, 10)));
        assertEquals("内容过大：PDF 第 1 页的表格线超过上限 10000 条", e.getMessage());
    }

    /**
     * A page 14,400 points square ruled by {@code rules} lines (half vertical, half horizontal, 7 points apart, from 10
     * to {@code reach}) with {@code characters} digits in a square, far enough apart to stand in cells of their own.
     */
    private static RawPdf ruledPage(int rules, int reach, int characters) {
        StringBuilder content = new StringBuilder("0.5 w\n");
        for (int i = 0; i < rules / 2; i++) {
            float at = 10 + i * 7f;
            content.append(String.format(Locale.ROOT, "%.1f 10 m %.1f %d l S\n10 %.1f m %d %.1f l S\n", at, at,
                    reach, at, reach, at));
        }
        content.append("BT /F1 4 Tf\n");
        int side = (int) Math.ceil(Math.sqrt(characters));
        float pitch = 7f * (rules / 2) / side;
        for (int i = 0; i < characters; i++) {
            content.append(String.format(Locale.ROOT, "1 0 0 1 %.1f %.1f Tm (%d) Tj\n", 12 + i % side * pitch,
                    12 + i / side * pitch, i % 10));
        }
        RawPdf pdf = withFontAndContent(content.append("ET").toString());
        int page = pdf.add(page(2).replace("612 792", "14400 14400"));
        pdf.set(2, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        return pdf;
    }

    /** A PDF whose object 1 is the catalog, 2 the page tree's root (to be set), 3 a font and 4 the content. */
    private static RawPdf withFontAndContent(String content) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("");
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        pdf.stream("", content);
        return pdf;
    }

    private static String page(int parent) {
        return "<< /Type /Page /Parent " + parent + " 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>"
                + " >> /Contents 4 0 R >>";
    }

    private static long digits(List<String> lines) {
        return lines.stream().flatMapToInt(String::chars).filter(Character::isDigit).count();
    }

    private List<String> lines(RawPdf pdf) throws IOException {
        Path file = Files.write(dir.resolve("hostile.pdf"), pdf.bytes());
        return Answered.within5Seconds(() -> PdfReport.read(file).lines());
    }
}

package cn.nianbao.annualreport.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.nianbao.annualreport.check.Annotator;
import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FileBatch;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page as a clerk uses it, in headless Chromium at 1366×768: the examples checked through the check page
 * (rows, findings, the annotated copies and the reports downloaded and read back), a template made, a report
 * converted, data exported, two reports merged, the rules explained. A screenshot of every page is left in
 * target/screenshots, and the check page printed to PDF.
 */
class ServePageBrowserTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path PDF = EXAMPLES.resolve("洪泽区-2024-已发布报告.pdf");
    private static final Path WORKBOOK = EXAMPLES.resolve("开州区民政局-2024-正确.xlsx");
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static LocalServer server;
    private static HeadlessChromium chromium;
    private static BatchChecker checker;
    private static String base;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        FormDefinitions forms = FormDefinitions.load();
        checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));
        server = LocalServer.start(new LocalServer.Settings("127.0.0.1", 0, Optional.empty(), ServeLimits.DEFAULT,
                new FileBatch.Settings(2, Duration.ofSeconds(20))), forms, CommandProcess::run, "测试版");
        base = server.address().toString();
        Path downloads = Path.of("target", "browser-downloads");
        Workspace.delete(downloads);
        chromium = HeadlessChromium.start(downloads);
    }

    @AfterAll
    static void stopBrowserAndServer() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            server.close();
        }
    }

    @AfterEach
    void thePageFitsTheScreenAndRaisedNoError() {
        long width = ((Number) ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth")).longValue();
        assertTrue(width <= HeadlessChromium.WIDTH, "wider than the screen: " + width + " px");
        assertEquals(List.of(), chromium.consoleErrors());
    }

    private static WebDriver driver() {
        return chromium.driver();
    }

    private static void open(String page) {
        driver().get(base + page);
    }

    private static void choose(String inputId, Path... files) {
        List<String> paths = Stream.of(files).map(f -> f.toAbsolutePath().toString()).toList();
        driver().findElement(By.id(inputId)).sendKeys(String.join("\n", paths));
    }

    private static void awaitState(String state) {
        new WebDriverWait(driver(), WAIT).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state",
                state));
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> listed = Files.list(EXAMPLES)) {
            return listed.sorted().toList();
        }
    }

    @Test
    void theExamplesCheckedOnThePageGiveTheirRowsFindingsCopiesAndReports() throws IOException {
        open("");
        assertEquals("校验 · nianbao 年报统计表工具", driver().getTitle());
        chromium.screenshot("check-empty");
        assertTrue(!driver().findElement(By.id("progress-area")).isDisplayed()
                && !driver().findElement(By.id("summary")).isDisplayed(), "nothing to show before files are chosen");
        List<Path> files = examples();

        choose("pick-files", files.toArray(Path[]::new));
        awaitState("done");

        Messages messages = Messages.of(LocalServer.CHINESE);
        List<WebElement> rows = driver().findElements(By.cssSelector("#results tr.file"));
        assertEquals(files.stream().map(f -> f.getFileName().toString()).toList(),
                rows.stream().map(r -> r.findElement(By.cssSelector("td.name")).getText()).toList(),
                "one row per file, in the order chosen");
        Map<String, FileResult> expected = new java.util.HashMap<>();
        for (Path file : files) {
            expected.put(file.getFileName().toString(), checker.check(file));
        }
        for (WebElement row : rows) {
            String name = row.findElement(By.cssSelector("td.name")).getText();
            FileResult result = expected.get(name);
            assertEquals(messages.text("status." + result.status().code()),
                    row.findElement(By.cssSelector("td.status")).getText(), name);
            assertEquals(Long.toString(result.errors()), row.findElement(By.cssSelector("td.errors")).getText());
        }
        assertEquals("共 6 个文件：通过 2，有错误 2，部分读取 0，无法读取 1。".replace("6", Integer.toString(files.size()))
                .replace("通过 2", "通过 " + count(expected, FileResult.Status.OK))
                .replace("有错误 2", "有错误 " + count(expected, FileResult.Status.ERRORS))
                .replace("无法读取 1", "无法读取 " + count(expected, FileResult.Status.UNREADABLE)),
                driver().findElement(By.id("summary-text")).getText());

        String wrong = "阿尔山市-2022-有错误.xlsx";
        WebElement row = rows.stream().filter(r -> r.getText().startsWith(wrong)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button.toggle")).click();
        WebElement findings = row.findElement(By.xpath("following-sibling::tr[1]"));
        List<String> shown = findings.findElements(By.cssSelector("td.message")).stream().map(WebElement::getText)
                .toList();
        assertEquals(expected.get(wrong).findings().stream().map(messages::render).toList(), shown);
        assertTrue(findings.findElements(By.cssSelector("td.where")).stream().anyMatch(w -> w.getText()
                .matches(".*'?[^!]+'?!\\$?[A-Z]+\\$?\\d+.*")), "findings name their cells");
        chromium.screenshot("check-results");
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView()", row);
        chromium.screenshot("check-findings");
        Path printed = chromium.printed("check-results");
        assertTrue(Files.size(printed) > 10_000);

        row.findElement(By.cssSelector("a.copy")).click();
        Path copy = chromium.awaitDownload(wrong, WAIT);
        try (XSSFWorkbook annotated = new XSSFWorkbook(Files.newInputStream(copy))) {
            assertTrue(annotated.getSheet(Annotator.SHEET) != null, "the annotated copy lists the findings");
        }
        driver().findElement(By.id("report-xlsx")).click();
        Path report = chromium.awaitDownload("校验报告.xlsx", WAIT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report))) {
            List<String> names = new ArrayList<>();
            workbook.getSheetAt(0).forEach(r -> names.add(r.getCell(0).getStringCellValue()));
            assertEquals(files.stream().map(f -> f.getFileName().toString()).sorted().toList(),
                    names.subList(1, names.size()).stream().sorted().toList());
        }
        driver().findElement(By.id("report-csv")).click();
        String csv = Files.readString(chromium.awaitDownload("校验报告.csv", WAIT), StandardCharsets.UTF_8);
        assertEquals(expected.values().stream().mapToInt(r -> Math.max(1, r.findings().size())).sum() + 1,
                csv.lines().count() - multiLineMessages(csv));
        driver().findElement(By.id("copies")).click();
        assertEquals(new TreeSet<>(expected.entrySet().stream()
                .filter(e -> e.getValue().status() != FileResult.Status.UNREADABLE)
                .map(e -> e.getKey().replaceFirst("\\.[^.]+$", ".xlsx")).toList()),
                zipEntries(chromium.awaitDownload("标注副本.zip", WAIT)));

        String checkPage = driver().getWindowHandle();
        findings.findElement(By.cssSelector("td a")).click();
        String rulesPage = driver().getWindowHandles().stream().filter(h -> !h.equals(checkPage)).findFirst()
                .orElseThrow(() -> new AssertionError("the rule opens in a tab of its own, keeping the results"));
        driver().switchTo().window(rulesPage);
        assertTrue(driver().getCurrentUrl().contains("/rules#rule-"), driver().getCurrentUrl());
        String anchor = driver().getCurrentUrl().replaceFirst(".*#", "");
        assertTrue(driver().findElement(By.id(anchor)).isDisplayed(), "the finding's rule is explained");
        chromium.screenshot("rules");
        driver().close();
        driver().switchTo().window(checkPage);
        driver().findElement(By.id("report-csv")).click();
        assertTrue(Files.size(chromium.awaitDownload(".csv", WAIT)) > 0, "the results are still there");
    }

    private static long count(Map<String, FileResult> results, FileResult.Status status) {
        return results.values().stream().filter(r -> r.status() == status).count();
    }

    /** Lines of the CSV that continue a quoted message across a line break. */
    private static long multiLineMessages(String csv) {
        long quotes = 0;
        long continued = 0;
        for (String line : csv.lines().toList()) {
            if (quotes % 2 == 1) {
                continued++;
            }
            quotes += line.chars().filter(c -> c == '"').count();
        }
        return continued;
    }

    private static TreeSet<String> zipEntries(Path zip) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void theTemplatePageGivesTheWorkbookOfTheEditionUnitAndYearChosen() throws IOException {
        open("template");
        new Select(driver().findElement(By.id("edition"))).selectByValue("2019");
        driver().findElement(By.id("unit")).sendKeys("某某县民政局");
        driver().findElement(By.id("year")).sendKeys("2020");
        chromium.screenshot("template");

        driver().findElement(By.id("template-download")).click();

        FileResult template = checker.check(chromium.awaitDownload("年报统计表-2019版-某某县民政局-2020年度.xlsx", WAIT));
        assertEquals(Optional.of("某某县民政局"), template.unit());
        assertEquals(Optional.of("2019"), template.edition());
    }

    @Test
    void theConvertPageGivesTheStandardWorkbookOfAPublishedReport() throws IOException {
        open("convert");
        choose("inputs", PDF);
        driver().findElement(By.name("json")).click();
        driver().findElement(By.cssSelector("form.operation button[type=submit]")).click();
        awaitState("done");

        assertTrue(driver().findElement(By.cssSelector("pre.printed")).getText()
                .startsWith("洪泽区-2024-已发布报告.pdf → 转换结果/洪泽区-2024-已发布报告.xlsx"));
        chromium.screenshot("convert");
        driver().findElement(By.id("result-download")).click();
        assertEquals(new TreeSet<>(List.of("洪泽区-2024-已发布报告.xlsx", "洪泽区-2024-已发布报告.json")),
                zipEntries(chromium.awaitDownload("转换结果.zip", WAIT)));
    }

    @Test
    void theExportPageGivesOneRowPerFileInTheWideLayout() throws IOException {
        open("export");
        choose("inputs", PDF, WORKBOOK);
        driver().findElement(By.cssSelector("input[name=format][value=wide]")).click();
        driver().findElement(By.cssSelector("form.operation button[type=submit]")).click();
        awaitState("done");
        chromium.screenshot("export");

        driver().findElement(By.id("result-download")).click();
        List<String> lines = Files.readString(chromium.awaitDownload("数据.csv", WAIT)).lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFfile,unit,year,edition,errors,warnings,"), lines.get(0));
        assertEquals(Stream.of(PDF, WORKBOOK).map(f -> f.getFileName().toString()).sorted().toList(),
                lines.subList(1, lines.size()).stream().map(l -> l.replaceFirst(",.*", "")).sorted().toList());
    }

    @Test
    void theMergePageAddsUpTwoUnitsIntoOneWorkbook() throws IOException {
        open("merge");
        choose("inputs", PDF, WORKBOOK);
        driver().findElement(By.id("merge-unit")).sendKeys("两单位汇总");
        driver().findElement(By.cssSelector("form.operation button[type=submit]")).click();
        awaitState("done");
        chromium.screenshot("merge");

        driver().findElement(By.id("result-download")).click();
        FileResult merged = checker.check(chromium.awaitDownload("汇总.xlsx", WAIT));
        assertEquals(Optional.of("两单位汇总"), merged.unit());
        assertEquals(FileResult.Status.OK, merged.status(), merged.findings().toString());
    }

    @Test
    void aMergeTheCommandRefusesSaysWhyOnThePage() {
        open("merge");
        choose("inputs", EXAMPLES.resolve("华阴市-2020-2019版-正确.xlsx"), WORKBOOK);
        driver().findElement(By.id("merge-unit")).sendKeys("汇总");
        driver().findElement(By.cssSelector("form.operation button[type=submit]")).click();
        awaitState("done");

        assertTrue(driver().findElement(By.cssSelector("p.download")).getText().contains("没有完成"));
        String printed = driver().findElement(By.cssSelector("pre.printed")).getText();
        assertTrue(printed.contains("--allow-mixed") && printed.contains("2020"), printed);
        assertTrue(driver().findElements(By.id("result-download")).isEmpty());
        chromium.screenshot("merge-refused");
    }
}

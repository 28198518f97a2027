package cn.nianbao.annualreport.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The browser the page tests use works, without nianbao's own server: a tiny page served here by the JDK's HTTP
 * server is read, photographed at 1366×768, printed to A4, and a file it offers under a Chinese name is downloaded.
 */
class HeadlessChromiumTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TITLE = "年报统计表网页测试";
    private static final String HEADING = "政府信息公开工作年度报告";
    private static final String FILE_NAME = "年度报告 2025（汇总）.xlsx";
    private static final byte[] FILE_CONTENT = "PK 不是真的工作簿，只是几个字节".getBytes(StandardCharsets.UTF_8);
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>%s</title>
            <style>body { font-family: sans-serif; margin: 2em; } td, th { border: 1px solid #888; padding: .3em; }
            </style></head>
            <body>
            <h1>%s</h1>
            <p id="text">本页只用于检验测试所用的浏览器：中文字形、截图、打印和下载。</p>
            <table><tr><th>行</th><th>项目</th><th>数量</th></tr>
            <tr><td>一</td><td>本年新收政府信息公开申请数量</td><td>12</td></tr>
            <tr><td>二</td><td>上年结转政府信息公开申请数量</td><td>3</td></tr></table>
            <p><a id="download" href="/file">下载汇总表</a></p>
            </body></html>
            """.formatted(TITLE, HEADING);

    @TempDir
    static Path downloads;

    private static HttpServer server;
    private static String address;
    private static final List<String> ACCEPTED_LANGUAGES = new CopyOnWriteArrayList<>();
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            ACCEPTED_LANGUAGES.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Language")));
            respond(exchange, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/file", exchange -> {
            String encoded = URLEncoder.encode(FILE_NAME, StandardCharsets.UTF_8).replace("+", "%20");
            exchange.getResponseHeaders().add("Content-Disposition",
                    "attachment; filename=\"report.xlsx\"; filename*=UTF-8''" + encoded);
            respond(exchange, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FILE_CONTENT);
        });
        server.start();
        address = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        chromium = HeadlessChromium.start(downloads);
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterAll
    static void stopBrowserAndServer() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void readsTheChineseTitleAndTextAndAsksForChinese() {
        chromium.driver().get(address);

        assertEquals(TITLE, chromium.driver().getTitle());
        assertEquals(HEADING, chromium.await(By.tagName("h1"), WAIT).getText());
        assertTrue(ACCEPTED_LANGUAGES.get(ACCEPTED_LANGUAGES.size() - 1).startsWith("zh-CN"),
                ACCEPTED_LANGUAGES::toString);
    }

    @Test
    void screenshotShowsAViewportOf1366By768() throws IOException {
        chromium.driver().get(address);
        chromium.await(By.id("text"), WAIT);
        Object viewport = ((JavascriptExecutor) chromium.driver())
                .executeScript("return [window.innerWidth, window.innerHeight, window.devicePixelRatio]");

        Path png = chromium.screenshot("headless-chromium");

        assertEquals(List.of(1366L, 768L, 1L), viewport);
        assertEquals(HeadlessChromium.SCREENSHOTS.resolve("headless-chromium.png").toAbsolutePath(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(HeadlessChromium.WIDTH, image.getWidth());
        assertEquals(HeadlessChromium.HEIGHT, image.getHeight());
    }

    @Test
    void downloadArrivesUnderItsChineseNameWithItsBytesAndASecondOneIsAwaitedApart() throws IOException {
        chromium.driver().get(address);

        chromium.await(By.id("download"), WAIT).click();
        Path first = chromium.awaitDownload(".xlsx", WAIT);
        chromium.await(By.id("download"), WAIT).click();
        Path second = chromium.awaitDownload(".xlsx", WAIT);

        assertEquals(downloads.toAbsolutePath().resolve(FILE_NAME), first);
        assertArrayEquals(FILE_CONTENT, Files.readAllBytes(first));
        assertNotEquals(first, second);
        assertArrayEquals(FILE_CONTENT, Files.readAllBytes(second));
    }

    @Test
    void printedPageIsAnA4PdfWithTheChineseText() throws IOException {
        chromium.driver().get(address);
        chromium.await(By.id("text"), WAIT);

        Path pdf = chromium.printed("headless-chromium");

        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1.0);
            assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 1.0);
            assertTrue(new PDFTextStripper().getText(document).contains(HEADING));
        }
    }
}

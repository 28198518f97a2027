package cn.nianbao.annualreport.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FileBatch;
import cn.nianbao.annualreport.workbook.HostileWorkbooks;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web page's server alone, as a browser's scripts use it: limits, names, many uploads, tokens, clean-up. */
class LocalServerTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path WORKBOOK = EXAMPLES.resolve("开州区民政局-2024-正确.xlsx");

    @TempDir
    Path dir;

    private final List<LocalServer> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(LocalServer::close);
    }

    private LocalServer start(String host, Optional<String> token, ServeLimits limits) throws IOException {
        LocalServer server = LocalServer.start(new LocalServer.Settings(host, 0, token, limits,
                new FileBatch.Settings(2, Duration.ofSeconds(20))), FormDefinitions.load(), CommandProcess::run,
                "测试版");
        started.add(server);
        return server;
    }

    private LocalServer start() throws IOException {
        return start("127.0.0.1", Optional.empty(), ServeLimits.DEFAULT);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithAMessageNamingTheFileAndNothingOfItIsKept() throws IOException {
        LocalServer server = start("127.0.0.1", Optional.empty(), ServeLimits.DEFAULT.withFileBytes(1 << 20));
        PageClient page = new PageClient(server.address());
        String session = page.session();
        byte[] big = new byte[(1 << 20) + 1];
        new Random(7).nextBytes(big);
        Path file = Files.write(dir.resolve("big.pdf"), big);

        HttpResponse<String> answer = page.upload(session, file, "太大的报告.pdf", true);

        assertEquals(413, answer.statusCode());
        String message = (String) PageClient.json(answer.body()).get("error");
        assertTrue(message.contains("太大的报告.pdf") && message.contains("1 MB"), message);
        assertEquals(List.of(), files(server.folder()));
        HttpResponse<String> small = page.upload(session, WORKBOOK, "小的.xlsx", true);
        assertEquals(200, small.statusCode(), "the page goes on after a refusal");
    }

    @Test
    void namesFromTheBrowserNeverBecomePathsOutsideTheServersFolder() throws IOException {
        LocalServer server = start();
        PageClient page = new PageClient(server.address());
        String session = page.session();
        List<String> sent = List.of("../../x.xlsx", "..\\..\\y.xlsx", "/etc/z.xlsx", "C:\\Windows\\w.xlsx",
                "CON.xlsx", "a\u0000b.xlsx", "文件夹/../../子/v.xlsx", "", "..");
        List<String> shown = new ArrayList<>();
        for (String name : sent) {
            HttpResponse<String> answer = page.upload(session, WORKBOOK, name, true);
            assertEquals(200, answer.statusCode(), name);
            Map<String, Object> row = PageClient.json(answer.body());
            boolean named = !name.isEmpty() && !name.equals("..");
            assertEquals(named ? "ok" : "unreadable", row.get("status"), "a file without a name has no type: " + name);
            shown.add((String) row.get("name"));
        }

        assertEquals(List.of("x.xlsx", "y.xlsx", "etc/z.xlsx", "C_/Windows/w.xlsx", "CON.xlsx", "a_b.xlsx",
                "文件夹/子/v.xlsx", "未命名文件", "未命名文件"), shown);
        Path uploads = server.folder().resolve(session).resolve("uploads");
        for (Path file : files(server.folder())) {
            assertEquals(uploads, file.getParent().getParent(), "stored in a numbered folder of its own: " + file);
        }
        try (Stream<Path> around = Files.list(server.folder().getParent())) {
            assertTrue(around.noneMatch(p -> p.getFileName().toString().matches("[xyzwv]\\.xlsx")));
        }
        assertTrue(Files.exists(uploads.resolve("4").resolve("_CON.xlsx")), "a device name of Windows is never one");
    }

    @Test
    void aNameThatASpreadsheetWouldRunIsOnlyTextInTheReports() throws IOException {
        LocalServer server = start();
        PageClient page = new PageClient(server.address());
        String session = page.session();
        String name = "=cmd|' /C calc'!A0.xlsx";
        assertEquals(200, page.upload(session, WORKBOOK, name, true).statusCode());
        page.finish(session);

        String csv = new String(page.get("api/s/" + session + "/report-csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.lines().skip(1).allMatch(line -> line.startsWith("'=cmd")), csv);
        byte[] xlsx = page.get("api/s/" + session + "/report-xlsx").body();
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = report.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=cmd_'/C calc'!A0.xlsx", cell.getStringCellValue());
        }
    }

    @Test
    void fiftyUploadsAtOnceAreEachAnsweredWithTheirOwnFilesRowAndSessionsNeverMix() throws IOException {
        LocalServer server = start();
        PageClient page = new PageClient(server.address());
        List<Path> examples;
        try (Stream<Path> listed = Files.list(EXAMPLES)) {
            examples = listed.sorted().toList();
        }
        FormDefinitions forms = FormDefinitions.load();
        BatchChecker checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));
        Map<Path, FileResult> expected = new java.util.HashMap<>();
        examples.forEach(file -> expected.put(file, checker.check(file)));
        List<String> sessions = List.of(page.session(), page.session(), page.session(), page.session(),
                page.session());

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Path file = examples.get(i % examples.size());
            String name = i + "-" + file.getFileName();
            answers.add(page.http().sendAsync(HttpRequest.newBuilder(page.uri("api/s/" + sessions.get(i % 5)
                    + "/check?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString()));
        }

        for (int i = 0; i < 50; i++) {
            Path file = examples.get(i % examples.size());
            Map<String, Object> row = PageClient.json(answers.get(i).join().body());
            assertEquals(i + "-" + file.getFileName(), row.get("name"));
            assertEquals(expected.get(file).status().code(), row.get("status"), file.toString());
            assertEquals(expected.get(file).errors(), ((Number) row.get("errors")).longValue(), file.toString());
            assertEquals(expected.get(file).findings().size(), ((List<?>) row.get("findings")).size(),
                    file.toString());
        }
        for (int s = 0; s < 5; s++) {
            List<Map<String, Object>> rows = page.finish(sessions.get(s));
            assertEquals(10, rows.size());
            for (Map<String, Object> row : rows) {
                int number = Integer.parseInt(((String) row.get("name")).replaceFirst("-.*", ""));
                assertEquals(s, number % 5, "a row of another page's session: " + row.get("name"));
            }
        }
    }

    @Test
    void hostileUploadsAreRefusedWithTheCommandsOwnReasonsAndTheOthersAreKept() throws IOException {
        LocalServer server = start();
        PageClient page = new PageClient(server.address());
        String session = page.session();
        FormDefinitions forms = FormDefinitions.load();
        BatchChecker checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));
        List<Path> hostile = List.of(HostileWorkbooks.zipBomb(dir.resolve("bomb.xlsx")),
                HostileWorkbooks.encrypted(WORKBOOK, dir.resolve("encrypted.xlsx"), "secret"),
                HostileWorkbooks.withMacros(WORKBOOK, dir.resolve("macros.xlsm")));
        for (Path file : hostile) {
            Map<String, Object> row = PageClient.json(page.upload(session, file, file.getFileName().toString(),
                    true).body());
            FileResult command = checker.check(file);
            assertEquals(command.status().code(), row.get("status"), file.toString());
            assertEquals(Messages.render(command), messages(row), file.toString());
        }
        assertEquals("ok", PageClient.json(page.upload(session, WORKBOOK, "好的.xlsx", true).body()).get("status"));
        assertEquals(4, page.finish(session).size());
    }

    @Test
    void noUploadedFileIsLeftOnceASessionEndsOrTheServerStops() throws IOException {
        LocalServer server = start();
        PageClient page = new PageClient(server.address());
        String ended = page.session();
        String open = page.session();
        page.upload(ended, WORKBOOK, "a.xlsx", true);
        page.upload(open, WORKBOOK, "b.xlsx", true);
        page.get("api/s/" + open + "/copies");
        assertFalse(files(server.folder()).isEmpty());

        page.post("api/s/" + ended + "/end", HttpRequest.BodyPublishers.noBody());
        assertFalse(Files.exists(server.folder().resolve(ended)));
        assertTrue(Files.exists(server.folder().resolve(open)));
        server.close();

        assertFalse(Files.exists(server.folder()), "the server's folder is deleted when it stops");
    }

    @Test
    void withAHostTheAccessTokenIsRequiredAndKeptInACookieOnceGiven() throws IOException {
        LocalServer server = start("0.0.0.0", Optional.of("s3cret-token"), ServeLimits.DEFAULT);
        PageClient page = new PageClient(server.address());
        assertTrue(server.address().toString().endsWith("/?token=s3cret-token"));

        HttpResponse<byte[]> without = page.get("");
        HttpResponse<String> postWithout = page.post("api/sessions", HttpRequest.BodyPublishers.noBody());
        HttpResponse<byte[]> wrong = page.get("?token=guess");

        assertEquals(403, without.statusCode());
        assertTrue(new String(without.body(), StandardCharsets.UTF_8).contains("需要访问口令"));
        assertEquals(403, postWithout.statusCode());
        assertEquals(403, wrong.statusCode());
        HttpResponse<byte[]> given = page.get("?token=s3cret-token");
        assertEquals(200, given.statusCode());
        String cookie = given.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "");
        HttpResponse<String> withCookie = page.send(HttpRequest.newBuilder(page.uri("api/sessions"))
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withCookie.statusCode());
    }

    @Test
    void aRequestNamingAnotherHostOrPostedFromAnotherSiteIsRefused() throws IOException {
        LocalServer server = start();
        int port = server.address().getPort();

        assertEquals(403, status(port, "GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\n"));
        assertEquals(403, status(port, "POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nOrigin: http://evil.example\r\nContent-Length: 0\r\n"));
        assertEquals(200, status(port, "POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nOrigin: http://127.0.0.1:" + port + "\r\nContent-Length: 0\r\n"));
        assertEquals(200, status(port, "GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\n"));
    }

    private static int status(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port); OutputStream out = socket.getOutputStream()) {
            out.write((request + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> messages(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("findings")).stream().map(f -> (String) f.get("message"))
                .toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    /** The messages of a result as the check command renders them. */
    private static final class Messages {
        private static final cn.nianbao.annualreport.check.Messages CHINESE =
                cn.nianbao.annualreport.check.Messages.of(LocalServer.CHINESE);

        static List<String> render(FileResult result) {
            return result.findings().stream().map(CHINESE::render).toList();
        }
    }
}

package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.FormDefinitions;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao serve} as a user starts it: the page, the commands run through it, its address and its end. */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("http://[^\\s]+");
    private static final Path PDF = Path.of("examples", "洪泽区-2024-已发布报告.pdf");
    private static final Path WORKBOOK = Path.of("examples", "开州区民政局-2024-正确.xlsx");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** The command, running until stopped, and the address it printed. */
    private record Running(CliRun cli, CompletableFuture<Integer> exit, URI address) {
    }

    private static Running serve(String... options) throws InterruptedException {
        CliRun cli = new CliRun();
        String[] args = new String[options.length + 1];
        args[0] = "serve";
        System.arraycopy(options, 0, args, 1, options.length);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.run(args));
        for (int i = 0; i < 300 && !exit.isDone(); i++) {
            Matcher printed = ADDRESS.matcher(cli.out());
            if (printed.find()) {
                return new Running(cli, exit, URI.create(printed.group()));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no address: " + cli.out() + cli.err());
    }

    private HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Map<String, Object> post(URI uri, String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.readValue(answer.body(), Map.class);
        return body;
    }

    private void upload(URI base, String session, Path file, String name) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/s/" + session
                + "/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void thePageRunsTemplateConvertExportAndMergeAsTheCommandsAndStopsFromThePage() throws Exception {
        Running serve = serve("--port", "0", "--no-browser");
        URI base = serve.address();
        FormDefinitions forms = FormDefinitions.load();
        BatchChecker checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));

        String page = new String(get(base.resolve("/template")).body(), StandardCharsets.UTF_8);
        ResourceBundle help = ResourceBundle.getBundle(Main.HELP, java.util.Locale.ROOT);
        assertTrue(page.contains(help.getString("nianbao.template.unit")), "the page says what the option says");
        HttpResponse<byte[]> template = get(base.resolve("/api/template?edition=2019&year=2020&unit="
                + URLEncoder.encode("某某县民政局", StandardCharsets.UTF_8)));
        assertEquals(200, template.statusCode());
        assertTrue(template.headers().firstValue("Content-Disposition").orElseThrow().contains("UTF-8''"));
        FileResult blank = checker.check(Files.write(dir.resolve("t.xlsx"), template.body()));
        assertEquals("某某县民政局", blank.unit().orElseThrow());
        assertEquals("2019", blank.edition().orElseThrow());
        assertEquals(2020, blank.year().orElseThrow().value());

        String session = (String) post(base.resolve("/api/sessions"), "").get("session");
        upload(base, session, PDF, "各区/洪泽区-2024.pdf");
        upload(base, session, WORKBOOK, "开州.xlsx");
        Map<String, Object> converted = post(base.resolve("/api/s/" + session + "/convert"), "files=0&json=on");
        assertEquals(0, converted.get("exitCode"), converted.toString());
        assertTrue(((String) converted.get("output")).startsWith("各区/洪泽区-2024.pdf → 转换结果/洪泽区-2024.xlsx"));
        Map<String, byte[]> zip = unzip(get(base.resolve((String) converted.get("download"))).body());
        assertEquals(java.util.Set.of("洪泽区-2024.xlsx", "洪泽区-2024.json"), zip.keySet());
        FileResult workbook = checker.check(Files.write(dir.resolve("c.xlsx"), zip.get("洪泽区-2024.xlsx")));
        assertEquals(checker.check(PDF).findings().stream().filter(f -> f.isError()).count(), workbook.errors());

        Map<String, Object> exported = post(base.resolve("/api/s/" + session + "/export"), "files=0,1&format=long");
        String csv = new String(get(base.resolve((String) exported.get("download"))).body(), StandardCharsets.UTF_8);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.startsWith("各区/洪泽区-2024.pdf,") || l.startsWith("开州.xlsx,")),
                "the data names the files as the browser did");
        Map<String, Object> merged = post(base.resolve("/api/s/" + session + "/merge"), "files=0,1&unit="
                + URLEncoder.encode("两单位汇总", StandardCharsets.UTF_8));
        assertEquals(0, merged.get("exitCode"), merged.toString());
        FileResult sum = checker.check(Files.write(dir.resolve("m.xlsx"),
                get(base.resolve((String) merged.get("download"))).body()));
        assertEquals("两单位汇总", sum.unit().orElseThrow());
        Map<String, Object> refused = post(base.resolve("/api/s/" + session + "/merge"), "files=0,1&year=1990");
        assertEquals(ExitCodes.USAGE, refused.get("exitCode"));
        assertFalse(refused.containsKey("download"));

        post(base.resolve("/api/quit"), "");
        assertEquals(ExitCodes.OK, serve.exit().get(20, TimeUnit.SECONDS));
        assertTrue(serve.cli().out().contains("nianbao 网页已停止"), serve.cli().out());
    }

    @Test
    void withAHostItPrintsTheAddressWithAnAccessTokenThatThePageRequires() throws Exception {
        Running serve = serve("--host", "0.0.0.0", "--port", "0", "--no-browser");
        String address = serve.address().toString();
        assertTrue(address.matches("http://0\\.0\\.0\\.0:\\d+/\\?token=[0-9a-f]{36}"), address);
        assertTrue(serve.cli().out().contains("访问口令"), serve.cli().out());
        URI local = URI.create(address.replace("0.0.0.0", "127.0.0.1"));

        assertEquals(403, get(local.resolve("/")).statusCode());
        assertEquals(200, get(local).statusCode());

        post(URI.create(local.resolve("/api/quit") + "?" + local.getRawQuery()), "");
        assertEquals(ExitCodes.OK, serve.exit().get(20, TimeUnit.SECONDS));
    }

    @Test
    void aPortInUseIsAUsageErrorInChinese() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun cli = new CliRun();
            int port = taken.getLocalPort();
            assertEquals(ExitCodes.USAGE, cli.run("serve", "--port", Integer.toString(port), "--no-browser"));
            assertTrue(cli.err().contains("端口 " + port), cli.err());
        }
    }

    @Test
    void withoutArgumentsTheJarStartsThePage() {
        assertArrayEquals(new String[] {"serve"}, Main.orServe(new String[0]));
        assertArrayEquals(new String[] {"check", "x"}, Main.orServe(new String[] {"check", "x"}));
    }
}

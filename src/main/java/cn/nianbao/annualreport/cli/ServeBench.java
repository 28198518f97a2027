package cn.nianbao.annualreport.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nianbao bench --serve}: checking a batch through the web page against {@code nianbao check DIR --report}
 * on the same files. The page is {@code nianbao serve} started through the launcher; this class plays the browser
 * as the check page does: it opens a session, uploads every file with three uploads at a time (each answered with
 * its row), asks for the rows of the whole batch, downloads the report (.xlsx) and ends the session. The first
 * batch is timed from the start of the serve process (a clerk's double-click), the later rounds against a running
 * page, each beside a run of the command; the figure is the median of the rounds' ratios (target: at most 2).
 */
final class ServeBench {

    /** Uploads at once, as the check page sends them. */
    private static final int UPLOADS_AT_ONCE = 3;
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");
    private static final Pattern SESSION = Pattern.compile("\"session\":\"([0-9a-f]{32})\"");

    private final List<String> launcher;
    private final PrintWriter out;
    private final TerminalText text;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ServeBench(List<String> launcher, PrintWriter out, TerminalText text) {
        this.launcher = List.copyOf(launcher);
        this.out = out;
        this.text = text;
    }

    /** Times the first batch through a page just started, then {@code rounds} rounds of command and page. */
    void run(Path sample, int copies, int rounds) throws IOException, InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path scratch = Files.createTempDirectory("nianbao-bench-serve-");
        Process serve = null;
        try {
            Path batch = Files.createDirectory(scratch.resolve("batch"));
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                files.add(Files.copy(sample, batch.resolve(String.format("copy-%05d.xlsx", i))));
            }
            out.println(text.get("bench-serve-sample", sample.getFileName(), copies, rounds, UPLOADS_AT_ONCE,
                    Runtime.getRuntime().availableProcessors(), String.join(" ", launcher)));
            out.flush();
            ProcessBench.seconds(check(batch, scratch.resolve("warm.xlsx")), scratch); // files in the page cache
            long start = System.nanoTime();
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of("serve", "--port", "0", "--no-browser"));
            serve = new ProcessBuilder(command).redirectErrorStream(true).start();
            URI page = address(serve);
            batch(page, files);
            out.println(text.get("bench-serve-cold", ProcessBench.twoPlaces((System.nanoTime() - start) / 1e9)));
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double checked = ProcessBench.seconds(check(batch, scratch.resolve("report-" + round + ".xlsx")),
                        scratch);
                start = System.nanoTime();
                batch(page, files);
                double paged = (System.nanoTime() - start) / 1e9;
                ratios.add(paged / checked);
                out.println(text.get("bench-serve-round", round, ProcessBench.twoPlaces(checked),
                        ProcessBench.twoPlaces(paged), ProcessBench.twoPlaces(paged / checked)));
                out.flush();
            }
            out.println(text.get("bench-serve-batch", ProcessBench.twoPlaces(ProcessBench.median(ratios)), rounds));
            send(HttpRequest.newBuilder(page.resolve("/api/quit")).POST(HttpRequest.BodyPublishers.noBody()));
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                throw new IOException("nianbao serve 在页面要求关闭后 30 秒内没有退出");
            }
            ProcessBench.printLoad(out, text, loadBefore);
        } finally {
            if (serve != null) {
                serve.destroy();
            }
            ProcessBench.remove(scratch);
        }
    }

    /** One batch as the check page runs it; every row must come back 通过, as the sample is a correct workbook. */
    private void batch(URI page, List<Path> files) throws IOException, InterruptedException {
        Matcher session = SESSION.matcher(send(HttpRequest.newBuilder(page.resolve("/api/sessions"))
                .POST(HttpRequest.BodyPublishers.noBody())));
        if (!session.find()) {
            throw new IOException("nianbao serve 没有开启会话");
        }
        URI base = page.resolve("/api/s/" + session.group(1) + "/");
        ExecutorService uploads = Executors.newFixedThreadPool(UPLOADS_AT_ONCE);
        try {
            List<Future<String>> rows = new ArrayList<>();
            for (Path file : files) {
                rows.add(uploads.submit(() -> send(HttpRequest.newBuilder(base.resolve("check?name="
                        + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofFile(file)))));
            }
            for (Future<String> row : rows) {
                String answer = row.get();
                if (!answer.contains("\"status\":\"ok\"")) {
                    throw new IOException("网页校验的结果不是“通过”：" + answer);
                }
            }
        } catch (ExecutionException e) {
            throw new IOException("上传失败：" + e.getCause(), e.getCause());
        } finally {
            uploads.shutdown();
        }
        send(HttpRequest.newBuilder(base.resolve("finish")).POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<byte[]> report = http.send(HttpRequest.newBuilder(base.resolve("report-xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (report.statusCode() != 200 || report.body().length < 2 || report.body()[0] != 'P') {
            throw new IOException("网页没有给出校验报告（HTTP " + report.statusCode() + "）");
        }
        send(HttpRequest.newBuilder(base.resolve("end")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("nianbao serve 回答 HTTP " + answer.statusCode() + "：" + answer.body());
        }
        return answer.body();
    }

    /** The page's address, as {@code serve} prints it when it has started. */
    private static URI address(Process serve) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher address = ADDRESS.matcher(line);
            if (address.find()) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "nianbao-bench-serve-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(address.group());
            }
            seen.append(line).append('\n');
        }
        throw new IOException("nianbao serve 没有启动：\n" + seen);
    }

    private List<String> check(Path input, Path report) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("check", input.toString(), "--report", report.toString()));
        return command;
    }
}

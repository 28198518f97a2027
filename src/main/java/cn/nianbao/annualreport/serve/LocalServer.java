package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FileBatch;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code nianbao serve}: the web page, on 127.0.0.1 unless another address is asked for, where it then wants the
 * access token printed at start. Every page and script is served from the jar; files uploaded go to the server's
 * own folder ({@link Workspace}) and are read exactly as the commands read them.
 */
public final class LocalServer implements AutoCloseable {

    /** The cookie a browser keeps the access token in, once it came with {@code ?token=}. */
    static final String TOKEN_COOKIE = "nianbao_token";

    private static final Pattern SESSION_PATH = Pattern.compile("/api/s/([0-9a-f]{32})/([a-z-]+)(?:/(\\d{1,9}))?");
    private static final List<String> PAGES = List.of("check", "template", "convert", "export", "merge", "rules");

    /**
     * How the server is started.
     *
     * @param host     the address to listen on: 127.0.0.1, or what {@code --host} gives
     * @param port     the port (0 for any free one)
     * @param token    the access token a browser must bring, with {@code --host}
     * @param limits   what uploads may be
     * @param checking the threads that check at once and each file's deadline
     */
    public record Settings(String host, int port, Optional<String> token, ServeLimits limits,
            FileBatch.Settings checking) {

        /** Whether only this computer can reach the server. */
        public boolean local() {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }

    private final Settings settings;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
            "nianbao-serve-sweeper"));
    private final Workspace workspace;
    private final Pages pages;
    private final Checking checking;
    private final Operations operations;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalServer(Settings settings, HttpServer http, FormDefinitions forms, CommandRun.Runner commands,
            String version) throws IOException {
        this.settings = settings;
        this.http = http;
        this.workspace = new Workspace(settings.limits(), Clock.systemUTC());
        this.pages = new Pages(forms, settings.limits(), version);
        this.checking = new Checking(forms, settings.checking());
        this.operations = new Operations(commands);
        this.handlers = Executors.newFixedThreadPool(Math.max(8, settings.checking().threads() * 4),
                r -> daemon(r, "nianbao-serve"));
        http.setExecutor(handlers);
        http.createContext("/", this::handle);
        long sweep = Math.max(1, settings.limits().idle().toSeconds() / 4);
        sweeper.scheduleAtFixedRate(workspace::endIdle, sweep, sweep, TimeUnit.SECONDS);
    }

    /**
     * Starts a server; the commands of the page run through {@code commands} as on the command line.
     *
     * @throws IOException when the address cannot be listened on (a port in use)
     */
    public static LocalServer start(Settings settings, FormDefinitions forms, CommandRun.Runner commands,
            String version) throws IOException {
        // Without this the JDK's server writes each answer's head and body as two small packets and waits for the
        // first's acknowledgement, which a browser delays by up to 40 ms: on a kept-alive connection every upload
        // of a batch stalled that long (read once, when the first server of the JVM is made).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.host()),
                settings.port()), 64);
        LocalServer server = new LocalServer(settings, http, forms, commands, version);
        http.start();
        return server;
    }

    /** The address of the page, with the access token when one is needed. */
    public URI address() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + http.getAddress().getPort() + "/"
                + settings.token().map(t -> "?token=" + t).orElse(""));
    }

    /** The server's folder of uploads (deleted when it stops). */
    public Path folder() {
        return workspace.root();
    }

    /** Waits until the server is stopped (from the page or by {@link #close()}). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server and deletes every uploaded file. */
    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        http.stop(0);
        sweeper.shutdownNow();
        handlers.shutdownNow();
        try {
            handlers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workspace.close();
        stopped.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<String> refused = refusal(exchange);
            if (refused.isPresent()) {
                Replies.drain(exchange, settings.limits().fileBytes());
                Replies.refuse(exchange, 403, refused.get(), pages);
                return;
            }
            route(exchange);
        } catch (IllegalArgumentException e) {
            Replies.refuse(exchange, 400, "请求无法识别：" + e.getMessage(), pages);
        } catch (IOException e) {
            // the browser went away: nothing to answer
        } catch (RuntimeException e) {
            Replies.refuse(exchange, 500, "内部故障：" + e, pages);
        }
    }

    /**
     * Why a request is refused before anything else: a Host that is not this server's (a page elsewhere reaching
     * 127.0.0.1 through its own name), a post from another site's page, a missing or wrong access token.
     */
    private Optional<String> refusal(HttpExchange exchange) throws IOException {
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
        if (settings.local() && !host.matches("(127\\.0\\.0\\.1|localhost|\\[::1\\]):\\d+")) {
            return Optional.of("只接受本机的访问（请求的主机名为“" + host + "”）");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !"GET".equals(exchange.getRequestMethod()) && !origin.equals("http://" + host)) {
            return Optional.of("只接受 nianbao 自己页面的提交（来源为“" + origin + "”）");
        }
        if (settings.token().isEmpty()) {
            return Optional.empty();
        }
        String given = Replies.parameters(exchange.getRequestURI().getRawQuery()).get("token");
        if (given != null && same(given, settings.token().get())) {
            exchange.getResponseHeaders().add("Set-Cookie", TOKEN_COOKIE + "=" + given
                    + "; Path=/; HttpOnly; SameSite=Strict");
            return Optional.empty();
        }
        String cookies = String.join(";", Optional.ofNullable(exchange.getRequestHeaders().get("Cookie"))
                .orElse(List.of()));
        Matcher cookie = Pattern.compile("(?:^|;\\s*)" + TOKEN_COOKIE + "=([^;]*)").matcher(cookies);
        if (cookie.find() && same(cookie.group(1), settings.token().get())) {
            return Optional.empty();
        }
        return Optional.of("需要访问口令：请打开启动 nianbao serve 时显示的完整网址（带 ?token=…）");
    }

    private static boolean same(String given, String token) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("GET")) {
            get(exchange, path);
            return;
        }
        if (!method.equals("POST")) {
            Replies.refuse(exchange, 405, "不支持的请求方法：" + method, pages);
            return;
        }
        if (path.equals("/api/sessions")) {
            Replies.json(exchange, 200, Map.of("session", workspace.open().id()));
            return;
        }
        if (path.equals("/api/quit")) {
            Replies.json(exchange, 200, Map.of("stopped", true));
            new Thread(this::close, "nianbao-serve-stop").start();
            return;
        }
        Matcher matcher = SESSION_PATH.matcher(path);
        Optional<Session> session = matcher.matches() ? workspace.session(matcher.group(1)) : Optional.empty();
        if (session.isEmpty()) {
            Replies.drain(exchange, settings.limits().fileBytes());
            Replies.refuse(exchange, 404, notFound(matcher, path), pages);
            return;
        }
        String action = matcher.group(2);
        switch (action) {
            case "check" -> checking.upload(exchange, session.get(), true, pages);
            case "files" -> checking.upload(exchange, session.get(), false, pages);
            case "finish" -> Replies.json(exchange, 200, Map.of("rows", checking.finish(session.get())));
            case "end" -> {
                workspace.end(session.get().id());
                Replies.json(exchange, 200, Map.of("ended", true));
            }
            case "convert", "export", "merge" -> operations.run(exchange, session.get(), action, pages);
            default -> Replies.refuse(exchange, 404, "没有这个地址：" + path, pages);
        }
    }

    private void get(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/")) {
            Replies.html(exchange, 200, pages.page("check"));
        } else if (path.length() > 1 && PAGES.contains(path.substring(1))) {
            Replies.html(exchange, 200, pages.page(path.substring(1)));
        } else if (path.startsWith("/static/") && pages.asset(path.substring(8)).isPresent()) {
            String name = path.substring(8);
            Replies.send(exchange, 200, Pages.type(name), pages.asset(name).get());
        } else if (path.equals("/api/template")) {
            operations.template(exchange, Replies.parameters(exchange.getRequestURI().getRawQuery()), workspace,
                    pages);
        } else {
            Matcher matcher = SESSION_PATH.matcher(path);
            Optional<Session> session = matcher.matches() ? workspace.session(matcher.group(1)) : Optional.empty();
            if (session.isEmpty()) {
                Replies.refuse(exchange, 404, notFound(matcher, path), pages);
                return;
            }
            int number = matcher.group(3) == null ? -1 : Integer.parseInt(matcher.group(3));
            switch (matcher.group(2)) {
                case "report-xlsx" -> checking.report(exchange, session.get(), ".xlsx");
                case "report-csv" -> checking.report(exchange, session.get(), ".csv");
                case "copy" -> checking.copy(exchange, session.get(), number, pages);
                case "copies" -> checking.copies(exchange, session.get(), pages);
                case "result" -> operations.download(exchange, session.get(), number, pages);
                default -> Replies.refuse(exchange, 404, "没有这个地址：" + path, pages);
            }
        }
    }

    /** Why a path names nothing: a session that ended (left unused, or the server restarted), or no such page. */
    private static String notFound(Matcher sessionPath, String path) {
        return sessionPath.matches() ? "页面已过期（长时间未使用、已关闭或服务已重启），结果已删除；请刷新页面重新开始"
                : "没有这个地址：" + path;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The default language's locale of the page's reports and copies. */
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
}

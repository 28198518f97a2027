package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/** How the server answers: JSON, pages, downloads and refusals, each with headers that keep the page to itself. */
final class Replies {

    /** The longest form a page sends (its options, never a file), in bytes. */
    static final int LONGEST_FORM = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private Replies() {
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void html(HttpExchange exchange, int status, String page) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** A refusal: a JSON {@code {"error": …}} to the page's scripts, a page of its own to a browser. */
    static void refuse(HttpExchange exchange, int status, String message, Pages pages) throws IOException {
        if (exchange.getRequestURI().getPath().startsWith("/api/")
                && !"GET".equals(exchange.getRequestMethod())) {
            json(exchange, status, Map.of("error", message));
        } else {
            html(exchange, status, pages.message(message));
        }
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        headers(exchange, type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends a file to be saved under {@code name}, which may hold Chinese (RFC 6266 and 5987). */
    static void download(HttpExchange exchange, Path file, String name) throws IOException {
        headers(exchange, type(name));
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\""
                + name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        exchange.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = exchange.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    private static String type(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (lower.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        if (lower.endsWith(".zip")) {
            return "application/zip";
        }
        if (lower.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (lower.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        return "application/octet-stream";
    }

    private static void headers(HttpExchange exchange, String type) {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", POLICY);
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
    }

    /** The parameters of a query string or of a form sent as application/x-www-form-urlencoded. */
    static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The form a page posted; null when it is longer than any form of the pages. */
    static Map<String, String> form(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(LONGEST_FORM + 1);
            return body.length > LONGEST_FORM ? null : parameters(new String(body, StandardCharsets.UTF_8));
        }
    }

    /** Reads and drops what is left of a request body, so that the browser hears the answer. */
    static void drain(HttpExchange exchange, long most) {
        try (InputStream in = exchange.getRequestBody()) {
            long skipped = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0 && skipped < most; n = in.read(buffer)) {
                skipped += n;
            }
        } catch (IOException e) {
            // the browser stopped sending: nothing is left to read
        }
    }
}

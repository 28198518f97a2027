package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the page's scripts do, from a test: open a session, upload, ask for rows and downloads. */
final class PageClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    PageClient(URI address) {
        this.base = URI.create(address.getScheme() + "://" + address.getAuthority() + "/");
    }

    HttpClient http() {
        return http;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    String session() {
        return (String) json(post("api/sessions", HttpRequest.BodyPublishers.noBody()).body()).get("session");
    }

    /** Uploads a file under the name a browser would send; {@code check} to check it too. */
    HttpResponse<String> upload(String session, Path file, String name, boolean check) {
        try {
            return post("api/s/" + session + (check ? "/check" : "/files") + "?name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8), HttpRequest.BodyPublishers.ofFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> form(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of the session's files once all are in (compared across years). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> finish(String session) {
        return (List<Map<String, Object>>) json(post("api/s/" + session + "/finish",
                HttpRequest.BodyPublishers.noBody()).body()).get("rows");
    }

    static Map<String, Object> json(String text) {
        try {
            return JSON.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CI：发布包中的 nianbao serve 真的能用。读出它打印的网址，像网页那样上传一本工作簿校验、取回校验报告和模板，
 * 然后从网页关闭它。用法：java .ci/ServeSmoke.java 日志文件 工作簿
 */
public class ServeSmoke {
    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        Path workbook = Path.of(args[1]);
        Matcher address = null;
        for (int i = 0; i < 600 && address == null; i++) {
            Matcher found = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/").matcher(Files.exists(log)
                    ? Files.readString(log) : "");
            if (found.find()) {
                address = found;
            } else {
                Thread.sleep(100);
            }
        }
        if (address == null) {
            throw new AssertionError("serve 没有打印网址：" + (Files.exists(log) ? Files.readString(log) : ""));
        }
        URI base = URI.create(address.group());
        HttpClient http = HttpClient.newHttpClient();
        String page = http.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString()).body();
        check(page.contains("校验年报统计表"), "首页不是校验页");
        String session = http.send(HttpRequest.newBuilder(base.resolve("/api/sessions"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body()
                .replaceAll(".*\"session\":\"([0-9a-f]+)\".*", "$1");
        String row = http.send(HttpRequest.newBuilder(base.resolve("/api/s/" + session + "/check?name="
                + URLEncoder.encode(workbook.getFileName().toString(), StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofFile(workbook)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        check(row.contains("\"status\":\"ok\""), "上传的工作簿没有校验通过：" + row);
        byte[] report = http.send(HttpRequest.newBuilder(base.resolve("/api/s/" + session + "/report-xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        check(report.length > 1000 && report[0] == 'P' && report[1] == 'K', "校验报告不是 .xlsx");
        HttpResponse<byte[]> template = http.send(HttpRequest.newBuilder(base.resolve("/api/template?edition=2021"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        check(template.statusCode() == 200 && template.body()[0] == 'P', "没有取回模板");
        http.send(HttpRequest.newBuilder(base.resolve("/api/quit")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("serve 可用：" + base);
    }

    private static void check(boolean holds, String failure) {
        if (!holds) {
            throw new AssertionError(failure);
        }
    }
}

package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;

/**
 * The pages, made once from the files in {@code web/} inside the jar: each page's body laid into the layout, with
 * {@code {{help:key}}} replaced by the command line's own help text of that key (so the page's options say what the
 * command's options say), {@code {{inputs:key}}} by the choice of input files headed by that help text,
 * {@code {{editions}}} by the editions' choices and {@code {{limit}}} by the largest file.
 */
final class Pages {

    /** The pages, by name, with their titles, in the order of the menu. */
    private static final Map<String, String> TITLES = titles();

    /** The files besides the pages, served as they are. */
    private static final List<String> ASSETS = List.of("site.css", "page.js", "check.js", "operations.js", "icon.svg");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)(?::([a-z.-]+))?}}");
    private static final String HELP = "cn.nianbao.annualreport.cli.help";

    private final Map<String, String> pages = new LinkedHashMap<>();
    private final Map<String, byte[]> assets = new LinkedHashMap<>();
    private final String layout;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final ResourceBundle help = ResourceBundle.getBundle(HELP, LocalServer.CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    Pages(FormDefinitions forms, ServeLimits limits, String version) {
        this.layout = text("layout.html");
        values.put("version", escape(version));
        values.put("limit", Checking.megabytes(limits.fileBytes()));
        values.put("limit-bytes", Long.toString(limits.fileBytes()));
        values.put("editions", editions(forms));
        values.put("last-year", Integer.toString(Year.now().getValue() - 1));
        for (String name : TITLES.keySet()) {
            pages.put(name, page(name, name.equals("rules") ? RulesPage.html(forms) : fill(text(name + ".html"))));
        }
        for (String asset : ASSETS) {
            assets.put(asset, bytes(asset));
        }
    }

    private static Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("check", "校验");
        titles.put("template", "生成模板");
        titles.put("convert", "转换已发布的报告");
        titles.put("export", "导出数据");
        titles.put("merge", "汇总");
        titles.put("rules", "规则说明");
        return titles;
    }

    /** A page, whole. */
    String page(String name) {
        return pages.get(name);
    }

    /** A page that says one thing (why a request was refused), with the way back. */
    String message(String text) {
        return page("message", "<h1>无法完成</h1>\n<p class=\"refusal\" id=\"refusal\">" + escape(text)
                + "</p>\n<p><a href=\"/\">返回首页</a></p>");
    }

    Optional<byte[]> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    static String type(String name) {
        return name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".svg") ? "image/svg+xml"
                : "text/javascript; charset=utf-8";
    }

    private String page(String name, String body) {
        StringBuilder menu = new StringBuilder();
        TITLES.forEach((page, title) -> menu.append("<a href=\"/").append(page.equals("check") ? "" : page)
                .append('"').append(page.equals(name) ? " aria-current=\"page\"" : "").append('>').append(title)
                .append("</a>"));
        return layout.replace("{{title}}", TITLES.getOrDefault(name, "nianbao")).replace("{{menu}}", menu)
                .replace("{{page}}", name).replace("{{version}}", values.get("version")).replace("{{body}}", body);
    }

    private String fill(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "help" -> help(matcher.group(2));
                case "inputs" -> text("inputs.html").replace("{{help}}", help(matcher.group(2)));
                default -> values.get(matcher.group(1));
            };
            if (value == null) {
                throw new IllegalStateException("页面中的占位符没有值：" + matcher.group());
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    /** The command line's help text of a key, for the page. */
    private String help(String key) {
        return escape(help.getString(key).replace("%n", " ").replace("%%", "%"));
    }

    private static String editions(FormDefinitions forms) {
        StringBuilder options = new StringBuilder();
        for (FormDefinition form : forms.all()) {
            options.append("<option value=\"").append(escape(form.edition())).append("\">").append(
                    escape(form.edition())).append(" 版（").append(form.firstYear()).append(" 年度起）</option>");
        }
        return options.toString();
    }

    /** Text made safe inside HTML, in an element or a quoted attribute. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("jar 中缺少网页文件 web/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

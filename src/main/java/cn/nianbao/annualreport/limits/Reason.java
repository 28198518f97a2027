package cn.nianbao.annualreport.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a file cannot be read, as data: a stable key and its arguments. Its words come from
 * {@code reasons_zh.properties} and {@code reasons_en.properties}, one template per key naming its placeholders
 * ({@code {limit}}, or {@code {limit.wan}} for a number counted in 万). An argument is a text or a number from the
 * file or the reader, a list of texts (joined with 、 or a comma), or a reason itself, said in the same language.
 *
 * <pre>{@code
 * Reason tooMany = new Reason("workbook.too-many", Map.of("what", Reason.of("workbook.many.sheets"), "limit", 10000));
 * tooMany.chinese(); // 工作表过多：超过 10000 个
 * tooMany.english(); // too many sheets: more than 10000
 * }</pre>
 *
 * @param key  the template's key, stable: {@code workbook.not-excel}
 * @param args the arguments by placeholder name
 */
public record Reason(String key, Map<String, Object> args) {

    private static final String BUNDLE = "cn.nianbao.annualreport.limits.reasons";
    /** {@code {name}}, or {@code {name.wan}} for a number counted in 万 (Chinese counts large numbers so). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)(\\.wan)?}");
    private static final long WAN = 10_000;
    /** The key of what separates the items of a list: 、 in Chinese, a comma in English. */
    private static final String SEPARATOR = "list.separator";

    /** A reason of {@code key}; every argument a text, a number, a list of texts or a reason. */
    public Reason {
        Objects.requireNonNull(key, "key");
        Map<String, Object> copied = new HashMap<>(args);
        copied.replaceAll((name, value) -> checked(key, value));
        args = Map.copyOf(copied);
    }

    /** A reason without arguments. */
    public static Reason of(String key) {
        return new Reason(key, Map.of());
    }

    /** A reason with one argument. */
    public static Reason of(String key, String name, Object value) {
        return new Reason(key, Map.of(name, value));
    }

    /** The reason in Chinese, as users read it by default. */
    public String chinese() {
        return in(Locale.CHINESE);
    }

    /** The reason in English. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The reason in English for an English locale, in Chinese otherwise. */
    public String in(Locale locale) {
        Locale chosen = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.CHINESE;
        ResourceBundle texts = bundle(chosen);
        Matcher m = PLACEHOLDER.matcher(template(texts, chosen));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("reason " + key + " needs " + m.group(1) + ", given " + args.keySet());
            }
            m.appendReplacement(text, Matcher.quoteReplacement(said(value, m.group(2) != null, texts, chosen)));
        }
        m.appendTail(text);
        return text.toString();
    }

    private static String said(Object value, boolean inWan, ResourceBundle texts, Locale locale) {
        if (value instanceof Reason reason) {
            return reason.in(locale);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(texts.getString(SEPARATOR)));
        }
        if (inWan && value instanceof Number number) {
            return String.valueOf(number.longValue() / WAN);
        }
        return String.valueOf(value);
    }

    private String template(ResourceBundle texts, Locale locale) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("reason " + key + " has no text in " + BUNDLE + "_"
                    + locale.getLanguage(), e);
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Object checked(String key, Object value) {
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return List.copyOf(list);
        }
        if (value instanceof String || value instanceof Number || value instanceof Reason) {
            return value;
        }
        throw new IllegalArgumentException("reason " + key + ": an argument is a text, a number, a list of texts or "
                + "a reason, not " + value.getClass().getSimpleName());
    }
}

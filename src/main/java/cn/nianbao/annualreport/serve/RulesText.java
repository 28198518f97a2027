package cn.nianbao.annualreport.serve;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.form.Severity;

/**
 * The fixed words of the rules page and the sentence templates its wording is made of, from
 * {@code rules_zh.properties}; the severity words are the reports' own ({@link Messages}).
 */
final class RulesText {

    private static final String BUNDLE = "cn.nianbao.annualreport.serve.rules";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final ResourceBundle bundle;
    private final Messages messages;

    private RulesText(ResourceBundle bundle, Messages messages) {
        this.bundle = bundle;
        this.messages = messages;
    }

    /** The texts in Chinese, the page's only language. */
    static RulesText chinese() {
        return new RulesText(ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), Messages.of(Locale.CHINESE));
    }

    /** The text of {@code key} with its placeholders filled in from {@code args}. */
    String get(String key, Map<String, String> args) {
        Matcher m = PLACEHOLDER.matcher(template(key));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(BUNDLE + " " + key + " needs " + m.group(1) + ", given "
                        + args.keySet());
            }
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        return m.appendTail(text).toString();
    }

    /** The text of {@code key}, which has no placeholders. */
    String get(String key) {
        return get(key, Map.of());
    }

    /** The severity in a word, as the reports write it: 错误, 提示. */
    String severity(Severity severity) {
        return messages.text("severity." + severity.name().toLowerCase(Locale.ROOT));
    }

    private String template(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in " + BUNDLE, e);
        }
    }
}

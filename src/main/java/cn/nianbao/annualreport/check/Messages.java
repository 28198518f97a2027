package cn.nianbao.annualreport.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.Location;

/**
 * The text of findings, one template per rule id in {@code messages_zh.properties} (the default) and
 * {@code messages_en.properties}. A template names its placeholders: {@code {cell}}, {@code {where}},
 * {@code {expected}}, {@code {actual}} and the finding's own arguments; a part between {@code [[name|} and
 * {@code ]]} is written only when the value it names is not empty.
 */
public final class Messages {

    private static final String BUNDLE = "cn.nianbao.annualreport.check.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /** A part of a template written only when its value is not empty: {@code [[expected|；此格应为 {expected}]]}. */
    private static final Pattern OPTIONAL = Pattern.compile("\\[\\[([a-z_]+)\\|(.*?)]]");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The messages in English for an English locale, in Chinese otherwise. */
    public static Messages of(Locale locale) {
        Locale chosen = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.CHINESE;
        return new Messages(ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), chosen);
    }

    /** Where the finding stands, in the messages' language ("" when the whole file is concerned). */
    public String where(Finding finding) {
        return finding.where().map(w -> w.describe(locale)).orElse("");
    }

    /** Whether there is a template for the rule id. */
    public boolean has(String ruleId) {
        return bundle.containsKey(ruleId);
    }

    /** The template of a rule id as written in the bundle. */
    String template(String ruleId) {
        try {
            return bundle.getString(ruleId);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("规则 " + ruleId + " 没有消息模板（" + BUNDLE + "）", e);
        }
    }

    /**
     * A text of the reports themselves (sheet names, column headers, statuses), not of a finding: the bundle's
     * {@code key} with the placeholders filled in from {@code args}.
     */
    public String text(String key, Map<String, String> args) {
        Matcher m = PLACEHOLDER.matcher(bundle.getString(key));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(key + " needs " + m.group(1) + ", given " + args.keySet());
            }
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        m.appendTail(text);
        return text.toString();
    }

    /** A text of the reports themselves without placeholders, as {@link #text(String, Map)}. */
    public String text(String key) {
        return text(key, Map.of());
    }

    /** A list of texts (column headers), written in the bundle separated by {@code |}. */
    public List<String> texts(String key) {
        return List.of(text(key).split("\\|"));
    }

    /** The finding's message: its rule's template with the placeholders filled in. */
    public String render(Finding finding) {
        Matcher optional = OPTIONAL.matcher(template(finding.ruleId()));
        StringBuilder template = new StringBuilder();
        while (optional.find()) {
            String name = optional.group(1);
            boolean given = switch (name) {
                case "expected" -> !finding.expected().isEmpty();
                case "actual" -> !finding.actual().isEmpty();
                default -> !finding.args().getOrDefault(name, "").isEmpty();
            };
            optional.appendReplacement(template, Matcher.quoteReplacement(given ? optional.group(2) : ""));
        }
        optional.appendTail(template);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Matcher.quoteReplacement(value(finding, m.group(1))));
        }
        m.appendTail(text);
        return text.toString();
    }

    private String value(Finding finding, String name) {
        return switch (name) {
            case "cell" -> finding.cell().map(Object::toString).orElse("");
            case "where" -> where(finding);
            case "expected" -> finding.expected();
            case "actual" -> finding.actual();
            default -> {
                // an argument given in both languages (a variant's note) has its English under name_en
                String english = finding.args().get(name + "_en");
                String value = english != null && Location.english(locale) ? english : finding.args().get(name);
                if (value == null) {
                    throw new IllegalStateException("规则 " + finding.ruleId() + " 的消息需要参数 " + name
                            + "，而发现项只有 " + finding.args().keySet());
                }
                // an argument that names one of a set of things (a kind of file, say) has its word in the bundle
                String word = name + "." + value;
                yield bundle.containsKey(word) ? bundle.getString(word) : value;
            }
        };
    }
}

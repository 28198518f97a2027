package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import cn.nianbao.annualreport.limits.FailureReason;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The framing text the commands print around the data (a file's line, summaries, refusals, usage errors, progress),
 * in the language of {@code --lang}, from {@code terminal_zh.properties} / {@code terminal_en.properties}.
 */
final class TerminalText {

    private final Properties texts;
    private final boolean english;

    /** Each template parsed once: a batch prints one line per file with the same few. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private TerminalText(Properties texts, boolean english) {
        this.texts = texts;
        this.english = english;
    }

    /** Why something failed, in this language where {@link FailureReason} can say it in English, else in Chinese. */
    String reason(Throwable failure) {
        return english ? FailureReason.english(failure).orElseGet(() -> FailureReason.of(failure))
                : FailureReason.of(failure);
    }

    /** The texts in the language the command line asks for with {@code --lang}. */
    static TerminalText of(CommandSpec spec) {
        return of(language(spec));
    }

    /** The language the command line asks for with {@code --lang}: {@code zh} (the default) or {@code en}. */
    static String language(CommandSpec spec) {
        OptionSpec lang = spec.findOption("--lang");
        Object value = lang == null ? null : lang.getValue();
        return Main.LANGUAGES.contains(value) ? value.toString() : Main.LANGUAGES.get(0);
    }

    /** The locale of the language the command line asks for, for the finding messages and reports. */
    static Locale locale(CommandSpec spec) {
        return Locale.forLanguageTag(language(spec));
    }

    /** The texts of a language: {@code zh} or {@code en}. */
    static TerminalText of(String language) {
        Properties texts = new Properties();
        try (InputStream in = TerminalText.class.getResourceAsStream("terminal_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TerminalText(texts, language.equals("en"));
    }

    /** The text of {@code key} with its arguments in place, each as {@link String#valueOf} writes it. */
    String get(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(key, k -> {
            String template = texts.getProperty(k);
            if (template == null) {
                throw new IllegalArgumentException("no terminal text " + k);
            }
            return new MessageFormat(template);
        });
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        synchronized (format) {
            return format.format(texts);
        }
    }
}

package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Every text the command line shows exists in Chinese and in English: the same keys, the same arguments. */
class LanguageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}|\\{([a-z_]+)}");

    @ParameterizedTest
    @CsvSource({"terminal_zh.properties, terminal_en.properties", "help.properties, help_en.properties"})
    void everyChineseKeyHasAnEnglishOneWithTheSameArgumentsAndViceVersa(String chinese, String english)
            throws IOException {
        Properties zh = load(chinese);
        Properties en = load(english);
        assertTrue(zh.size() > 20, chinese);
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertEquals(arguments(zh.getProperty(key)), arguments(en.getProperty(key)), key);
            assertFalse(Pattern.compile("\\p{IsHan}").matcher(en.getProperty(key)).find(), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyOptionAndParameterOfEveryCommandIsDescribedInBothLanguages(String language) {
        CommandLine root = Main.commandLine();
        Main.speak(root, language);
        for (CommandLine command : root.getSubcommands().values()) {
            for (ArgSpec arg : command.getCommandSpec().args()) {
                String where = command.getCommandName() + " " + arg;
                assertTrue(arg.description().length > 0 && !arg.description()[0].isBlank(), where);
                boolean chinese = Pattern.compile("\\p{IsHan}").matcher(String.join("", arg.description())).find();
                assertEquals(language.equals("zh"), chinese, where);
                if (language.equals("en")) {
                    assertFalse(Pattern.compile("\\p{IsHan}").matcher(arg.paramLabel()).find(), where);
                }
            }
            assertTrue(command.getCommandSpec().usageMessage().description().length > 0, command.getCommandName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyStatusAReportShowsHasItsWordsInBothLanguages(String language) {
        Messages messages = Messages.of(Locale.forLanguageTag(language));
        for (FileResult.Status status : FileResult.Status.values()) {
            assertFalse(messages.text("status." + status.code()).isBlank(), status.code());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = Main.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}

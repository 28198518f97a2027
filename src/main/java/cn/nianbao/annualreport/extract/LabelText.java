package cn.nianbao.annualreport.extract;

import java.util.regex.Pattern;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Label text made comparable: traditional characters to simplified, full-width to half-width, no white space,
 * no quotation marks, one form of brackets and of item numbers ({@code 1、} and {@code 1．} read as {@code 1.}).
 */
public final class LabelText {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000|]+");
    private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’]");
    private static final Pattern ITEM_NUMBER = Pattern.compile("(\\d)[、．]");

    /** Traditional-to-simplified conversion is the costliest step of reading; labels recur everywhere. */
    private static final RememberedTexts<String> REMEMBERED = new RememberedTexts<>(LabelText::compute);

    private LabelText() {
    }

    /** The text made comparable, e.g. {@code （一） 予以公開} and {@code (一)予以公开} both read {@code (一)予以公开}. */
    public static String normalise(String text) {
        return REMEMBERED.of(text);
    }

    private static String compute(String text) {
        String simple = ZhConverterUtil.toSimple(PrintedValue.halfWidth(text));
        String plain = SPACE.matcher(simple).replaceAll("")
                .replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':');
        return ITEM_NUMBER.matcher(QUOTES.matcher(plain).replaceAll("")).replaceAll("$1.");
    }
}

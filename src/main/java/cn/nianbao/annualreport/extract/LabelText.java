package cn.nianbao.annualreport.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Labels recur in every table and every report of a batch, and traditional-to-simplified conversion is the
     * costliest step of reading, so short texts are remembered (and forgotten all at once past a bound).
     */
    private static final Map<String, String> REMEMBERED = new ConcurrentHashMap<>();
    private static final int REMEMBERED_COUNT = 50_000;
    private static final int LONGEST_REMEMBERED = 200;

    private LabelText() {
    }

    /** The text made comparable, e.g. {@code （一） 予以公開} and {@code (一)予以公开} both read {@code (一)予以公开}. */
    public static String normalise(String text) {
        if (text.length() > LONGEST_REMEMBERED) {
            return compute(text);
        }
        String known = REMEMBERED.get(text);
        if (known == null) {
            if (REMEMBERED.size() >= REMEMBERED_COUNT) {
                REMEMBERED.clear();
            }
            known = compute(text);
            REMEMBERED.put(text, known);
        }
        return known;
    }

    private static String compute(String text) {
        String simple = ZhConverterUtil.toSimple(PrintedValue.halfWidth(text));
        String plain = SPACE.matcher(simple).replaceAll("")
                .replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':');
        return ITEM_NUMBER.matcher(QUOTES.matcher(plain).replaceAll("")).replaceAll("$1.");
    }
}

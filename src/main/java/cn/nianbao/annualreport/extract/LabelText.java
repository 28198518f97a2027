package cn.nianbao.annualreport.extract;

import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.RememberedTexts;
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
    /**
     * A long text is simplified piece by piece, each piece remembered: converting one long text costs about two
     * microseconds a character, and a narrative repeating one clause thousands of times is converted once per
     * distinct piece. Pieces are cut after a character that is not Chinese, so that no phrase is broken.
     */
    private static final int PIECE = 200;
    /** The first code point of the CJK blocks (radicals); no character before it is Chinese. */
    private static final int CJK_START = 0x2E80;
    /** Pieces remembered: a few hundred kilobytes, enough for the repetitions within one report. */
    private static final int PIECES_REMEMBERED = 2_000;
    private static final RememberedTexts<String> SIMPLIFIED_PIECES = new RememberedTexts<>(
            LabelText::simplifiedPiece, PIECES_REMEMBERED);

    private LabelText() {
    }

    /** The text made comparable, e.g. {@code （一） 予以公開} and {@code (一)予以公开} both read {@code (一)予以公开}. */
    public static String normalise(String text) {
        return REMEMBERED.of(text);
    }

    private static String compute(String text) {
        String simple = simplified(PrintedValue.halfWidth(text));
        String plain = SPACE.matcher(simple).replaceAll("")
                .replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':');
        return ITEM_NUMBER.matcher(QUOTES.matcher(plain).replaceAll("")).replaceAll("$1.");
    }

    /** The text in simplified characters; a long text piece by piece ({@link #PIECE}). */
    private static String simplified(String text) {
        if (text.length() <= PIECE) {
            return simplifiedPiece(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = pieceEnd(text, start);
            out.append(SIMPLIFIED_PIECES.of(text.substring(start, end)));
            start = end;
        }
        return out.toString();
    }

    /**
     * Where the piece starting at {@code start} ends: after its last character that is not Chinese (and not the
     * first half of a pair), if any.
     */
    private static int pieceEnd(String text, int start) {
        int limit = Math.min(text.length(), start + PIECE);
        if (limit == text.length()) {
            return limit;
        }
        for (int end = limit; end > start + PIECE / 2; end--) {
            char last = text.charAt(end - 1);
            if (!isChinese(last) && !Character.isHighSurrogate(last)) {
                return end;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** A piece in simplified characters; one without Chinese characters is already. */
    private static String simplifiedPiece(String piece) {
        return piece.chars().anyMatch(LabelText::isChinese) ? ZhConverterUtil.toSimple(piece) : piece;
    }

    private static boolean isChinese(int ch) {
        return ch >= CJK_START && Character.isIdeographic(ch);
    }
}

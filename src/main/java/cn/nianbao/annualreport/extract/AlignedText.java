package cn.nianbao.annualreport.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Printed text made comparable character by character ({@link LabelText#normalise} of each character), keeping for
 * every comparable character where it was printed, so that a name found in the comparable text is taken back with
 * its printed characters: 華陰市 stays 華陰市, though 华阴市 is what matched.
 *
 * @param printed the text as printed
 * @param text    the comparable text
 * @param origin  for each character of {@code text}, its index in {@code printed}
 */
record AlignedText(String printed, String text, int[] origin) {

    /** Each character made comparable, kept: a report's head is read character by character. */
    private static final Map<Integer, String> COMPARABLE = new ConcurrentHashMap<>();

    /** The text of one printed line or passage. */
    static AlignedText of(String printed) {
        StringBuilder text = new StringBuilder();
        int[] origin = new int[printed.length()];
        int n = 0;
        for (int i = 0; i < printed.length(); i += Character.charCount(printed.codePointAt(i))) {
            String one = COMPARABLE.computeIfAbsent(printed.codePointAt(i),
                    c -> LabelText.normalise(new String(Character.toChars(c))));
            for (int k = 0; k < one.length(); k++) {
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2 + 1);
                }
                text.append(one.charAt(k));
                origin[n++] = i;
            }
        }
        return new AlignedText(printed, text.toString(), Arrays.copyOf(origin, n));
    }

    /** This text followed by another, as if printed in one piece. */
    AlignedText join(AlignedText next) {
        int[] joined = Arrays.copyOf(origin, origin.length + next.origin.length);
        for (int k = 0; k < next.origin.length; k++) {
            joined[origin.length + k] = printed.length() + next.origin[k];
        }
        return new AlignedText(printed + next.printed, text + next.text, joined);
    }

    /** The printed characters of comparable characters {@code start} (inclusive) to {@code end}, without spaces. */
    String printed(int start, int end) {
        if (start >= end) {
            return "";
        }
        int last = origin[end - 1];
        return printed.substring(origin[start], last + Character.charCount(printed.codePointAt(last)))
                .replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}

package cn.nianbao.annualreport.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a costly function makes of short texts, remembered: the same few texts (0, 1, the row labels) are read again
 * and again by every table reader, edition and report of a batch. Past a bound everything is forgotten at once, so
 * memory stays bounded whatever the batch; long texts are never kept.
 *
 * @param <V> what the function makes of a text
 */
final class RememberedTexts<V> {

    private static final int MOST = 50_000;
    private static final int LONGEST = 200;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final Function<String, V> function;
    private final int most;

    RememberedTexts(Function<String, V> function) {
        this(function, MOST);
    }

    /** Remembers at most {@code most} texts at a time. */
    RememberedTexts(Function<String, V> function, int most) {
        this.function = function;
        this.most = most;
    }

    /** The function's value for the text, computed once while remembered. */
    V of(String text) {
        if (text.length() > LONGEST) {
            return function.apply(text);
        }
        V value = known.get(text);
        if (value == null) {
            if (known.size() >= most) {
                known.clear();
            }
            value = function.apply(text);
            known.put(text, value);
        }
        return value;
    }
}

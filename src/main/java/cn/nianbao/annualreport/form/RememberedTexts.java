package cn.nianbao.annualreport.form;

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a costly function makes of short texts, remembered: the same few texts (0, 1, the row labels) are read again
 * and again by every table reader, edition and report of a batch. Past a bound everything is forgotten at once, so
 * memory stays bounded whatever the batch. Long texts are not kept by value; the last few long texts each thread
 * read are known by identity (the same line or cell read by every edition's reader), held only as long as the text
 * itself lives and memory allows, so that a cell of a million characters is not worked through hundreds of times.
 *
 * @param <V> what the function makes of a text
 */
public final class RememberedTexts<V> {

    private static final int MOST = 50_000;
    private static final int LONGEST = 200;

    /** How many long texts each thread knows by identity: a hostile file holds one or two. */
    private static final int LONG_KNOWN = 4;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final ThreadLocal<Deque<LongText<V>>> recentLong = ThreadLocal.withInitial(ArrayDeque::new);
    private final Function<String, V> function;
    private final int most;

    public RememberedTexts(Function<String, V> function) {
        this(function, MOST);
    }

    /** Remembers at most {@code most} texts at a time. */
    public RememberedTexts(Function<String, V> function, int most) {
        this.function = function;
        this.most = most;
    }

    /** The function's value for the text, computed once while remembered. */
    public V of(String text) {
        if (text.length() > LONGEST) {
            return ofLong(text);
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

    private V ofLong(String text) {
        Deque<LongText<V>> recent = recentLong.get();
        for (LongText<V> entry : recent) {
            if (entry.text().get() == text) {
                V value = entry.value().get();
                if (value != null) {
                    return value;
                }
            }
        }
        V value = function.apply(text);
        recent.addFirst(new LongText<>(new WeakReference<>(text), new SoftReference<>(value)));
        if (recent.size() > LONG_KNOWN) {
            recent.removeLast();
        }
        return value;
    }

    /** A long text known by identity, and what the function made of it, while both are still in memory. */
    private record LongText<V>(WeakReference<String> text, SoftReference<V> value) {
    }
}

package cn.nianbao.annualreport;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * For tests of hostile inputs (tagged {@code hostile}, run by {@code verify} in a JVM of 256 MB): the input must
 * be answered, not hang. Five seconds is a bound on termination, far above what a good answer takes; it measures
 * no speed.
 */
public final class Answered {

    /** The longest a hostile input may keep a reader busy. */
    public static final Duration BOUND = Duration.ofSeconds(5);

    private Answered() {
    }

    /** The answer of {@code work}, failing the test when it takes longer than {@link #BOUND}. */
    public static <T> T within5Seconds(ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(BOUND, work, "未在 5 秒内答复：读取陷入长时间计算");
    }
}

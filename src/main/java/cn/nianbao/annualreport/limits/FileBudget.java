package cn.nianbao.annualreport.limits;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The deadline of the file the current thread is working on. {@link #within} sets it for one file's work;
 * {@link #checkpoint()}, called by readers in their loops, throws {@link BudgetExceeded} once it has passed (or the
 * thread was interrupted), so that a file that would run for minutes stops at its deadline. Outside
 * {@code within} there is no deadline and a checkpoint costs one thread-local read.
 */
public final class FileBudget {

    /** How long one file may take, by default: real reports take well under a second. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(20);

    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    private FileBudget() {
    }

    /** Runs one file's work with the given deadline on this thread; nested calls keep the earlier deadline. */
    public static <T> T within(Duration time, Callable<T> work) throws Exception {
        Deadline outer = DEADLINE.get();
        Deadline mine = new Deadline(System.nanoTime() + time.toNanos(), Math.max(1, time.toSeconds()));
        DEADLINE.set(outer != null && outer.before(mine) ? outer : mine);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    /**
     * Throws {@link BudgetExceeded} when the current file's deadline has passed or the thread was interrupted (the
     * batch gave up on this file).
     */
    public static void checkpoint() {
        Deadline deadline = DEADLINE.get();
        if (deadline != null && (System.nanoTime() - deadline.nanos() > 0 || Thread.currentThread().isInterrupted())) {
            throw BudgetExceeded.timeout(deadline.seconds());
        }
    }

    private record Deadline(long nanos, long seconds) {
        boolean before(Deadline other) {
            return nanos - other.nanos < 0;
        }
    }
}

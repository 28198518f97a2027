package cn.nianbao.annualreport.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The deadline of the file the current thread is working on, in processor time of that thread (so that eight
 * threads sharing two cores do not make a good file late). {@link #within} sets it for one file's work;
 * {@link #checkpoint()}, called by readers in their loops, throws {@link BudgetExceeded} once it has passed (or the
 * thread was interrupted because the batch gave up on the file). A checkpoint reads the clock; only when the
 * wall-clock time has run out does it ask for the thread's processor time. Outside {@code within} there is no
 * deadline.
 */
public final class FileBudget {

    /** How long one file may take, by default: real reports take well under a second. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(20);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    private FileBudget() {
    }

    /** Runs one file's work with the given deadline on this thread; a nested call keeps the outer deadline. */
    public static <T> T within(Duration time, Callable<T> work) throws Exception {
        if (DEADLINE.get() != null) {
            return work.call();
        }
        DEADLINE.set(new Deadline(System.nanoTime() + time.toNanos(), processorTime() + time.toNanos(),
                Math.max(1, time.toSeconds())));
        try {
            return work.call();
        } finally {
            DEADLINE.remove();
        }
    }

    /**
     * Throws {@link BudgetExceeded} when the current file's deadline has passed or the thread was interrupted (the
     * batch gave up on this file).
     */
    public static void checkpoint() {
        Deadline deadline = DEADLINE.get();
        if (deadline == null) {
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw BudgetExceeded.timeout(deadline.seconds());
        }
        long now = System.nanoTime();
        if (now - deadline.wall() < 0) {
            return;
        }
        long left = deadline.processor() - processorTime();
        if (left <= 0) {
            throw BudgetExceeded.timeout(deadline.seconds());
        }
        DEADLINE.set(new Deadline(now + left, deadline.processor(), deadline.seconds()));
    }

    /** The processor time of the current thread, or the wall-clock time where the platform cannot tell. */
    private static long processorTime() {
        long time = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return time < 0 ? System.nanoTime() : time;
    }

    /**
     * @param wall      when the clock next needs asking for processor time (System.nanoTime)
     * @param processor the thread's processor time at which the file is late
     * @param seconds   the deadline, for the message
     */
    private record Deadline(long wall, long processor, long seconds) {
    }
}

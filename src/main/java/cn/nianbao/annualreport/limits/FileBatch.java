package cn.nianbao.annualreport.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Works through a batch of files on several threads, each file with its deadline and its share of memory, so that
 * one file never stops the rest: whatever one file throws (an exception, a stack overflow, running out of memory)
 * becomes that file's failure with a Chinese reason; a file that runs past its deadline without reaching a
 * checkpoint is given up (its thread is interrupted and replaced). A file that ran out of memory while others were
 * being read is tried again alone before it is called too large, so that a neighbour's appetite never fails a good
 * file. Results are told in the order of the files, each as soon as it and every file before it are done.
 *
 * @param <R> what one file comes to
 */
public final class FileBatch<R> {

    /** The heap one file may use: the batch runs no more threads than the heap holds shares. */
    public static final long MEMORY_SHARE_MB = 128;

    /** How long past its deadline a file that reaches no checkpoint keeps its thread before it is given up. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long POLL_MILLIS = 100;

    /** What one file comes to; anything it throws is that file's failure. */
    public interface Work<R> {
        /** Reads (and checks, converts…) one file. */
        R apply(Path file) throws Exception;
    }

    /** Told on the calling thread as files are done. */
    public interface Listener<R> {
        /** The file at {@code index} came to {@code result}; called in the order of the files. */
        void finished(int index, R result);

        /** One more file is done, in whatever order they finish. */
        default void progress(int done, int total) {
        }
    }

    /**
     * How a batch runs.
     *
     * @param threads  how many files are read at once
     * @param deadline the processor time one file may take
     */
    public record Settings(int threads, Duration deadline) {

        /** Checks the fields. */
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads " + threads);
            }
            if (deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("deadline " + deadline);
            }
        }

        /** The threads this JVM's heap can give a share of {@link #MEMORY_SHARE_MB} each (at least one). */
        public static int threadsTheHeapHolds() {
            return (int) Math.max(1, Runtime.getRuntime().maxMemory() / (MEMORY_SHARE_MB * 1024 * 1024));
        }
    }

    private final Settings settings;
    private final Work<R> work;
    private final BiFunction<Path, Throwable, R> failed;

    /**
     * A batch that makes {@code work} of each file, and {@code failed} of a file and what kept it from being done
     * (thrown by the work, running out of memory, or the deadline passed: {@link FailureReason} says it to a person).
     */
    public FileBatch(Settings settings, Work<R> work, BiFunction<Path, Throwable, R> failed) {
        this.settings = settings;
        this.work = work;
        this.failed = failed;
    }

    /** Works through the files; one result per file, in their order. */
    public List<R> run(List<Path> files, Listener<R> listener) {
        Run run = new Run(files, listener, settings.threads());
        run.go();
        List<Integer> alone = run.outOfMemory.stream().sorted().toList();
        for (int index : alone) {
            Run single = new Run(List.of(files.get(index)), (i, result) -> { }, 1);
            single.go();
            R result = single.outOfMemory.isEmpty() ? single.results.get(0)
                    : failed.apply(files.get(index), new OutOfMemoryError());
            run.results.set(index, result);
        }
        run.deliver(run.results.length());
        return IntStream.range(0, files.size()).mapToObj(run.results::get).toList();
    }

    /** One pass over the files. */
    private final class Run {
        private final List<Path> files;
        private final Listener<R> listener;
        private final int threads;
        private final AtomicReferenceArray<R> results;
        /** Per file: 0 while it is being worked on, 1 once it is settled (a result, or out of memory). */
        private final AtomicIntegerArray states;
        private final AtomicInteger next = new AtomicInteger();
        private final BlockingQueue<Integer> settled = new LinkedBlockingQueue<>();
        private final Set<Integer> outOfMemory = ConcurrentHashMap.newKeySet();
        private final List<Worker> workers = new ArrayList<>();
        private int delivered;

        Run(List<Path> files, Listener<R> listener, int threads) {
            this.files = files;
            this.listener = listener;
            this.threads = threads;
            this.results = new AtomicReferenceArray<>(files.size());
            this.states = new AtomicIntegerArray(files.size());
        }

        void go() {
            for (int i = 0; i < Math.min(threads, files.size()); i++) {
                start();
            }
            int done = 0;
            try {
                while (done < files.size()) {
                    Integer index = settled.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (index != null) {
                        done++;
                        listener.progress(done, files.size());
                        deliver(files.size());
                    }
                    giveUpLateFiles();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("批处理被中断", e);
            } finally {
                workers.forEach(Thread::interrupt);
            }
        }

        /** Tells every result not yet told whose predecessors are all told, up to {@code limit}. */
        void deliver(int limit) {
            while (delivered < limit && results.get(delivered) != null) {
                listener.finished(delivered, results.get(delivered));
                delivered++;
            }
        }

        private void start() {
            Worker worker = new Worker(this);
            workers.add(worker);
            worker.start();
        }

        /** Gives up the files whose thread ran past the deadline and grace without reaching a checkpoint. */
        private void giveUpLateFiles() {
            for (Worker worker : List.copyOf(workers)) {
                int index = worker.current;
                if (index < 0 || !worker.isLate()) {
                    continue;
                }
                if (settle(index, failed.apply(files.get(index),
                        BudgetExceeded.timeout(settings.deadline().toSeconds())))) {
                    worker.abandoned = true;
                    worker.interrupt();
                    workers.remove(worker);
                    start();
                }
            }
        }

        /** Keeps the file's result unless it is already settled; a null result means it ran out of memory. */
        boolean settle(int index, R result) {
            if (!states.compareAndSet(index, 0, 1)) {
                return false;
            }
            if (result == null) {
                outOfMemory.add(index);
            } else {
                results.set(index, result);
            }
            settled.add(index);
            return true;
        }
    }

    /** A thread that reads files one after another until none is left or the batch gives up on it. */
    private final class Worker extends Thread {
        private final Run run;
        private volatile int current = -1;
        private volatile long startedWall;
        private volatile long startedProcessor;
        private volatile boolean abandoned;

        Worker(Run run) {
            super("nianbao-file");
            setDaemon(true);
            this.run = run;
        }

        @Override
        public void run() {
            while (!abandoned) {
                int index = run.next.getAndIncrement();
                if (index >= run.files.size()) {
                    return;
                }
                startedWall = System.nanoTime();
                startedProcessor = processorTime();
                current = index;
                R result = one(index);
                current = -1;
                run.settle(index, result);
            }
        }

        /** The file's result, or null when it ran out of memory. */
        private R one(int index) {
            Path file = run.files.get(index);
            try {
                return FileBudget.within(settings.deadline(), () -> work.apply(file));
            } catch (OutOfMemoryError e) {
                return null;
            } catch (Throwable e) {
                return failed.apply(file, e);
            }
        }

        boolean isLate() {
            long limit = settings.deadline().plus(GRACE).toNanos();
            long processor = processorTime();
            long wall = System.nanoTime() - startedWall;
            return processor >= 0 && processor - startedProcessor > limit || wall > 10 * limit;
        }

        private long processorTime() {
            return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(getId()) : -1;
        }
    }
}

package cn.nianbao.annualreport.cli;

import java.io.PrintWriter;

import cn.nianbao.annualreport.limits.FileBatch;

/**
 * A one-line progress bar on the terminal's error stream, redrawn in place; silent when the output is not a
 * terminal (CI logs, pipes) or there is only one file.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final TerminalText text;
    private final int total;
    private final boolean visible;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private int finished;

    private ProgressBar(PrintWriter err, TerminalText text, int total, boolean visible) {
        this.err = err;
        this.text = text;
        this.total = total;
        this.visible = visible;
    }

    /** A bar for {@code total} files, its words in the language of {@code text}. */
    static ProgressBar onTerminal(PrintWriter err, int total, TerminalText text) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new ProgressBar(err, text, total, terminal && total > 1);
    }

    /**
     * A listener that tells {@code inner} of each file with the bar cleared first (so that result lines printed
     * as files finish are never drawn over) and redraws the bar as files are done.
     */
    <R> FileBatch.Listener<R> around(FileBatch.Listener<R> inner) {
        return new FileBatch.Listener<>() {
            @Override
            public void finished(int index, R result) {
                clear();
                inner.finished(index, result);
                draw(true);
            }

            @Override
            public void progress(int done, int all) {
                show(done, all);
                inner.progress(done, all);
            }
        };
    }

    synchronized void show(int done, int ignoredTotal) {
        finished = done;
        draw(false);
    }

    private synchronized void draw(boolean now) {
        long time = System.nanoTime();
        if (!visible || (!now && finished < total && time - lastDrawn < 100_000_000L)) {
            return;
        }
        lastDrawn = time;
        int filled = (int) ((long) WIDTH * finished / total);
        double seconds = Math.max(1e-9, (time - start) / 1e9);
        err.print("\r" + text.get("progress", "#".repeat(filled) + "-".repeat(WIDTH - filled), finished, total,
                String.format("%.0f", finished / seconds)));
        err.flush();
    }

    synchronized void clear() {
        if (visible) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}

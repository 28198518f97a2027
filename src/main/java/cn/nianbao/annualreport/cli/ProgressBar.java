package cn.nianbao.annualreport.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on the terminal's error stream, redrawn in place; silent when the output is not a
 * terminal (CI logs, pipes) or there is only one file.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final long start = System.nanoTime();
    private long lastDrawn;

    private ProgressBar(PrintWriter err, int total, boolean visible) {
        this.err = err;
        this.total = total;
        this.visible = visible;
    }

    static ProgressBar onTerminal(PrintWriter err, int total) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new ProgressBar(err, total, terminal && total > 1);
    }

    synchronized void show(int finished, int ignoredTotal) {
        long now = System.nanoTime();
        if (!visible || (finished < total && now - lastDrawn < 100_000_000L)) {
            return;
        }
        lastDrawn = now;
        int filled = (int) ((long) WIDTH * finished / total);
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        err.printf("\r校验中 [%s%s] %d/%d  %.0f 个/秒 ", "#".repeat(filled), "-".repeat(WIDTH - filled), finished,
                total, finished / seconds);
        err.flush();
    }

    synchronized void clear() {
        if (visible) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}

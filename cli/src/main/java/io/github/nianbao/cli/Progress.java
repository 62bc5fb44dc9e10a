package io.github.nianbao.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, drawn only when standard error is a terminal, so that
 * redirected output and logs stay clean. Thread-safe.
 */
final class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final long total;
    private long done;
    private long lastDraw;

    private Progress(PrintStream err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    /** A progress bar when {@code err} is the process's standard error and a console is attached. */
    static Progress on(PrintStream err, long total) {
        return new Progress(err, err == System.err && System.console() != null, total);
    }

    synchronized void advance(long n) {
        done += n;
        long now = System.nanoTime();
        if (enabled && now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            draw();
        }
    }

    private void draw() {
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, done * width / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        } else {
            err.print("\r" + done);
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (enabled && lastDraw != 0) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}

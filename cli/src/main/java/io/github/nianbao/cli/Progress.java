package io.github.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on the process's standard error: reports done, their rate, and when the
 * size of the input is known, a bar, the share read and the time left. It is drawn whenever
 * standard error is a terminal, even when standard output is redirected to a file, and never
 * otherwise, so that logs and pipes stay clean. Thread-safe.
 */
final class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintStream err;
    private final long totalBytes;
    private final long started;
    private long reports;
    private long bytes;
    private long lastDraw;
    private int lastWidth;

    private Progress(PrintStream err, long totalBytes, long started) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.started = started;
    }

    /**
     * A progress bar on standard error if it is a terminal, else one that draws nothing.
     *
     * @param totalBytes the size of the input, or 0 when it is not known (standard input, pipes)
     */
    static Progress onStandardError(long totalBytes) {
        PrintStream err = isTerminal(2) ? new PrintStream(new FileOutputStream(FileDescriptor.err), false, StandardCharsets.UTF_8) : null;
        return new Progress(err, totalBytes, System.nanoTime());
    }

    /** A progress bar that draws nothing, and only computes its line: for tests. */
    static Progress detached(long totalBytes, long started) {
        return new Progress(null, totalBytes, started);
    }

    /**
     * Whether a file descriptor of this process is a terminal. Java has no call for it
     * ({@code System.console()} needs standard input and output to be terminals too); on Linux the
     * descriptor's link names the terminal device. {@code NIANBAO_PROGRESS=1} or {@code 0} overrides.
     */
    static boolean isTerminal(int fd) {
        String forced = System.getenv("NIANBAO_PROGRESS");
        if (forced != null) {
            return forced.equals("1");
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Some bytes of the input have been read. */
    synchronized void read(long n) {
        bytes += n;
    }

    /** A report is done. */
    synchronized void report() {
        reports++;
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            String line = line(now);
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
            err.flush();
        }
    }

    /** The line drawn at {@code now}: count, rate, and with a known size, bar, share and time left. */
    synchronized String line(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        long rate = Math.round(reports / seconds);
        StringBuilder sb = new StringBuilder().append(String.format(Locale.ROOT, "%,d", reports)).append(" · ").append(String.format(Locale.ROOT, "%,d", rate)).append("/s");
        if (totalBytes > 0) {
            double share = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(share * BAR);
            sb.append(" [").append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                    .append(Math.round(share * 100)).append('%');
            if (share > 0) {
                long left = Math.round(seconds * (1 - share) / share);
                sb.append(" · ETA ").append(left / 60).append(':').append(String.format(Locale.ROOT, "%02d", left % 60));
            }
        }
        return sb.toString();
    }

    @Override
    public synchronized void close() {
        if (err != null && lastDraw != 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}

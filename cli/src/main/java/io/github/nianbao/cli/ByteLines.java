package io.github.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, so that the decoder, not a character decoder that would
 * silently replace bad bytes, judges each line's encoding. A line longer than the limit is skipped
 * to its end and reported as too long, in constant memory; a line that goes on past the skip limit
 * without a line end (a stream of zeros, a file with no newline at all) ends the stream: reading
 * is bounded, whatever arrives.
 */
final class ByteLines {

    /**
     * One line: its number from 1, its bytes (without the line end), or null if it was too long.
     * An endless line is too long and had no end within the skip limit: nothing follows it.
     */
    record Line(long number, byte[] bytes, boolean isEndless) {
        Line(long number, byte[] bytes) {
            this(number, bytes, false);
        }

        boolean isTooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineLength;
    private final long maxSkip;
    private long consumed;
    private boolean ended;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    // A line that spans chunks is gathered here; a line inside one chunk is copied out of it once.
    private byte[] pending = new byte[1 << 12];
    private int pendingLength;
    private long number;

    /** Lines of at most {@code maxLineLength} bytes; a longer line is skipped however long it is. */
    ByteLines(InputStream in, long maxLineLength) {
        this(in, maxLineLength, Long.MAX_VALUE);
    }

    /**
     * @param maxLineLength the longest line read, in bytes
     * @param maxSkip how many bytes of a longer line are skipped in search of its end before the
     *     line is taken as endless and the stream ends
     */
    ByteLines(InputStream in, long maxLineLength, long maxSkip) {
        this.in = in;
        this.maxLineLength = maxLineLength;
        this.maxSkip = maxSkip;
    }

    /** {@return how many bytes of the stream have been read into lines so far} */
    long consumed() {
        return consumed;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        pendingLength = 0;
        boolean tooLong = false;
        boolean any = false;
        long lineLength = 0;
        while (true) {
            if (position == limit) {
                limit = in.read(chunk);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    break;
                }
            }
            any = true;
            int start = position;
            position = lineEnd(chunk, position, limit);
            boolean ends = position < limit;
            consumed += position - start + (ends ? 1 : 0);
            lineLength += position - start;
            if (tooLong && !ends && lineLength - maxLineLength > maxSkip) {
                ended = true;
                number++;
                return new Line(number, null, true);
            }
            if (!tooLong) {
                int n = position - start;
                if (ends && pendingLength == 0 && n <= maxLineLength) {
                    position++; // the line end
                    number++;
                    int end = n > 0 && chunk[position - 2] == '\r' ? position - 2 : position - 1;
                    return new Line(number, Arrays.copyOfRange(chunk, start, end));
                }
                if (pendingLength + (long) n > maxLineLength) {
                    tooLong = true;
                    pendingLength = 0;
                } else {
                    gather(start, n);
                }
            }
            if (ends) {
                position++; // the line end
                break;
            }
        }
        if (!any) {
            return null;
        }
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        int end = pendingLength;
        if (end > 0 && pending[end - 1] == '\r') {
            end--;
        }
        return new Line(number, Arrays.copyOf(pending, end));
    }

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = '\n' * ONES;

    // The first '\n' from position on, or limit. Eight bytes are looked at in one step: a report line
    // is thousands of bytes, and the reading thread scans every one of them.
    static int lineEnd(byte[] b, int position, int limit) {
        int i = position;
        while (i + 8 <= limit) {
            long x = (long) EIGHT_BYTES.get(b, i) ^ NEWLINES;
            // A byte of x is zero where the input has '\n'; this sets its high bit (and possibly
            // that of a later byte, which the first set bit, found from the low end, ignores).
            long zero = (x - ONES) & ~x & HIGH_BITS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            i += 8;
        }
        while (i < limit && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private void gather(int start, int n) {
        if (pendingLength + n > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pendingLength + n, pending.length * 2));
        }
        System.arraycopy(chunk, start, pending, pendingLength, n);
        pendingLength += n;
    }

    static boolean isBlank(byte[] bytes) {
        for (byte x : bytes) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }
}

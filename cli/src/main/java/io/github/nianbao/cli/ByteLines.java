package io.github.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, so that the decoder, not a character decoder that would
 * silently replace bad bytes, judges each line's encoding. A line longer than the limit is skipped
 * to its end and reported as too long, in constant memory.
 */
final class ByteLines {

    /** One line: its number from 1, its bytes (without the line end), or null if it was too long. */
    record Line(long number, byte[] bytes) {
        boolean isTooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineLength;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long number;

    ByteLines(InputStream in, long maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        buffer.reset();
        boolean tooLong = false;
        boolean any = false;
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
            while (position < limit && chunk[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                buffer.write(chunk, start, position - start);
                if (buffer.size() > maxLineLength) {
                    tooLong = true;
                    buffer.reset();
                }
            }
            if (position < limit) {
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
        byte[] bytes = buffer.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return new Line(number, end == bytes.length ? bytes : Arrays.copyOf(bytes, end));
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

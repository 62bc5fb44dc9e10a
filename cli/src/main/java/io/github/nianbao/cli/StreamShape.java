package io.github.nianbao.cli;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Tells a stream of one JSON document (pretty-printed over many lines) from a stream of JSON Lines,
 * looking only at its start, so that memory stays bounded by the maximum document length however
 * much arrives. It is one document when it holds a single line, or when its first line opens an
 * object or array that it does not close and the next line that is not blank does not start a
 * value of its own. Everything else is JSON Lines: a first line that is bad JSON, cut short or too
 * long is then that line's problem, and the lines after it are still read.
 */
final class StreamShape {

    /** How much whitespace after the first line is looked through for the next line's start. */
    private static final int LOOK_AHEAD = 64 * 1024;

    private StreamShape() {
    }

    /**
     * Decides, and leaves the stream where it was.
     *
     * @param in the stream, buffered; it is marked and reset
     * @param max the longest line looked at
     * @return whether the stream is one document
     */
    static boolean isOneDocument(BufferedInputStream in, int max) throws IOException {
        in.mark(max + LOOK_AHEAD + 2);
        try {
            byte[] first = new byte[Math.min(max, 64 * 1024)];
            int length = 0;
            int c;
            while ((c = in.read()) != -1 && c != '\n' && length < max) {
                if (length == first.length) {
                    first = java.util.Arrays.copyOf(first, (int) Math.min(max, 2L * first.length));
                }
                first[length++] = (byte) c;
            }
            if (c == -1) {
                return true;
            }
            if (c != '\n' || !opensADocument(first, length)) {
                return false;
            }
            for (int i = 0; i < LOOK_AHEAD; i++) {
                c = in.read();
                if (c == -1) {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                    return c != '{' && c != '[';
                }
            }
            return true;
        } finally {
            in.reset();
        }
    }

    /**
     * Whether a first line opens a JSON object or array that it does not close: the start of a
     * pretty-printed document, or a line cut short.
     */
    static boolean opensADocument(byte[] line, int length) {
        int i = 0;
        if (length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
            i++;
        }
        if (i == length || (line[i] != '{' && line[i] != '[')) {
            return false;
        }
        int depth = 0;
        boolean inString = false;
        for (; i < length; i++) {
            byte b = line[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth == 0) {
                    return false;
                }
            }
        }
        return depth > 0;
    }
}

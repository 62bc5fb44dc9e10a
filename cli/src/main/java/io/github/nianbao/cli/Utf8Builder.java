package io.github.nianbao.cli;

import java.util.Arrays;

/**
 * Output text built straight as UTF-8 bytes. A report's verdict block is written once, as the
 * bytes that go to standard output: building it in a {@code StringBuilder}, copying that into a
 * {@code String} and encoding the string would pass over the same text three times. Text that
 * never changes (labels, locations) is appended as bytes encoded once. Not thread-safe: each
 * worker reuses its own.
 */
final class Utf8Builder {

    private byte[] bytes;
    private int length;
    private char[] chars = new char[256];

    Utf8Builder(int capacity) {
        this.bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    /**
     * Appends text encoded as {@link String#getBytes(java.nio.charset.Charset)} with UTF-8 encodes it:
     * a character outside the BMP as 4 bytes, a lone surrogate as {@code ?}.
     */
    Utf8Builder append(String text) {
        int n = text.length();
        // A char takes at most 3 bytes (a surrogate pair, two chars, takes 4).
        ensure(3 * n);
        // The chars are copied out in one go: reading them one by one through charAt checks the
        // string's coder and bounds for each, which costs more than the encoding itself.
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        char[] cs = chars;
        text.getChars(0, n, cs, 0);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(low = cs[i + 1])) {
                    int cp = Character.toCodePoint(c, low);
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                } else {
                    b[at++] = '?';
                }
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
        return this;
    }

    /** Appends bytes that are already UTF-8. */
    Utf8Builder append(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        return this;
    }

    /** Appends one ASCII character. */
    Utf8Builder append(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Appends {@code count} spaces (none if it is not positive). */
    Utf8Builder spaces(int count) {
        return repeat(' ', count);
    }

    /** Appends an ASCII character {@code count} times (none if it is not positive). */
    Utf8Builder repeat(char ascii, int count) {
        if (count > 0) {
            ensure(count);
            Arrays.fill(bytes, length, length + count, (byte) ascii);
            length += count;
        }
        return this;
    }

    /**
     * Drops the whitespace at the end, back to {@code start} at most: the characters for which
     * {@link Character#isWhitespace(int)} holds, as a table line is trimmed.
     */
    void trimWhitespace(int start) {
        while (length > start) {
            int end = length;
            int first = end - 1;
            // A code point starts at the first byte that is not a continuation byte (10xxxxxx).
            while (first > start && (bytes[first] & 0xC0) == 0x80) {
                first--;
            }
            if (!Character.isWhitespace(codePointAt(first, end))) {
                return;
            }
            length = first;
        }
    }

    private int codePointAt(int at, int end) {
        int b0 = bytes[at] & 0xFF;
        int n = end - at;
        if (b0 < 0x80 || n == 1) {
            return b0;
        }
        if (n == 2) {
            return (b0 & 0x1F) << 6 | bytes[at + 1] & 0x3F;
        }
        if (n == 3) {
            return (b0 & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F;
        }
        return (b0 & 0x07) << 18 | (bytes[at + 1] & 0x3F) << 12 | (bytes[at + 2] & 0x3F) << 6 | bytes[at + 3] & 0x3F;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
        }
    }
}

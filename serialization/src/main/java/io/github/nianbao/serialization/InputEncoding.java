package io.github.nianbao.serialization;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ReportPath;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text, accepting only UTF-8 (with or without a byte-order mark). Anything
 * else is recognised as far as it can be (UTF-16 and UTF-32 by their byte-order mark or their
 * zero bytes, GBK by decoding cleanly as GB18030) and rejected with a problem that names it, since
 * decoding it as UTF-8 would silently corrupt every Chinese label.
 */
final class InputEncoding {

    /** The decoded text, or the problem that prevented decoding. */
    record Text(String text, JsonProblem problem) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final char REPLACEMENT = '\uFFFD';
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private InputEncoding() {
    }

    static Text decode(byte[] b, int offset, int length) {
        int start = offset;
        int end = offset + length;
        String bom = byteOrderMark(b, start, end);
        if ("UTF-8".equals(bom)) {
            start += 3;
        } else if (bom != null) {
            return rejected(bom + " (BOM)", 1, 1);
        }
        String wide = zeroBytePattern(b, start, end);
        if (wide != null) {
            return rejected(wide, 1, 1);
        }
        // The fast path: the JDK's own UTF-8 decoding, which replaces every malformed sequence with
        // U+FFFD. Without a U+FFFD in the result there was none, and the text is exactly what the
        // strict decoder below would give; with one, the strict decoder decides.
        String text = new String(b, start, end - start, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) < 0) {
            return new Text(text, null);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start);
        CoderResult r = utf8.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            return rejected(guess(b, start, end), lineOf(b, start, bad), columnOf(b, start, bad));
        }
        utf8.flush(out);
        out.flip();
        return new Text(out.toString(), null);
    }

    /**
     * Tells where the text of input that needs no judging starts: well-formed UTF-8, without a
     * byte-order mark or after a UTF-8 one. Such input can be parsed as bytes, and {@link #decode}
     * would give exactly its characters.
     *
     * @return the offset of the text, or -1 if {@link #decode} must judge the input
     */
    static int utf8Start(byte[] b, int offset, int length) {
        int start = offset;
        int end = offset + length;
        String bom = byteOrderMark(b, start, end);
        if ("UTF-8".equals(bom)) {
            start += 3;
        } else if (bom != null) {
            return -1;
        }
        if (zeroBytePattern(b, start, end) != null || !isWellFormed(b, start, end)) {
            return -1;
        }
        return start;
    }

    /**
     * Tells whether bytes are well-formed UTF-8 (RFC 3629): what the strict decoder accepts, no
     * overlong forms, no surrogates, nothing above U+10FFFF, no cut sequence.
     */
    static boolean isWellFormed(byte[] b, int from, int end) {
        int i = from;
        while (i < end) {
            // ASCII eight bytes at a time, read as one long: the keys and numbers of a report are
            // most of it, and a long read checks its bounds once where eight byte reads check eight.
            while (i + 8 <= end && ((long) EIGHT_BYTES.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= end) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2) {
                return false; // a continuation byte, or the lead of an overlong 2-byte form
            }
            if (c < 0xE0) {
                if (i + 1 >= end || !continues(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= end) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                boolean second = c == 0xE0 ? c1 >= 0xA0 && c1 <= 0xBF // not overlong
                        : c == 0xED ? c1 >= 0x80 && c1 <= 0x9F // not a surrogate
                        : continues(b[i + 1]);
                if (!second || !continues(b[i + 2])) {
                    return false;
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= end) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                boolean second = c == 0xF0 ? c1 >= 0x90 && c1 <= 0xBF // not overlong
                        : c == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F // not above U+10FFFF
                        : continues(b[i + 1]);
                if (!second || !continues(b[i + 2]) || !continues(b[i + 3])) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continues(byte x) {
        return (x & 0xC0) == 0x80;
    }

    private static Text rejected(String detected, long line, int column) {
        return new Text(null, new JsonProblem(ProblemCode.ENCODING_NOT_UTF8, Severity.ERROR, ReportPath.root(),
                line, column, detected));
    }

    private static String byteOrderMark(byte[] b, int start, int end) {
        int n = end - start;
        if (n >= 3 && u(b[start]) == 0xEF && u(b[start + 1]) == 0xBB && u(b[start + 2]) == 0xBF) {
            return "UTF-8";
        }
        if (n >= 4 && b[start] == 0 && b[start + 1] == 0 && u(b[start + 2]) == 0xFE && u(b[start + 3]) == 0xFF) {
            return "UTF-32BE";
        }
        if (n >= 4 && u(b[start]) == 0xFF && u(b[start + 1]) == 0xFE && b[start + 2] == 0 && b[start + 3] == 0) {
            return "UTF-32LE";
        }
        if (n >= 2 && u(b[start]) == 0xFE && u(b[start + 1]) == 0xFF) {
            return "UTF-16BE";
        }
        if (n >= 2 && u(b[start]) == 0xFF && u(b[start + 1]) == 0xFE) {
            return "UTF-16LE";
        }
        return null;
    }

    // JSON text starts with an ASCII character, so zero bytes among the first four give UTF-16/32 away (RFC 4627 §3).
    private static String zeroBytePattern(byte[] b, int start, int end) {
        int n = end - start;
        if (n >= 4 && b[start] == 0 && b[start + 1] == 0 && b[start + 2] == 0 && b[start + 3] != 0) {
            return "UTF-32BE";
        }
        if (n >= 4 && b[start] != 0 && b[start + 1] == 0 && b[start + 2] == 0 && b[start + 3] == 0) {
            return "UTF-32LE";
        }
        if (n >= 2 && b[start] == 0 && b[start + 1] != 0) {
            return "UTF-16BE";
        }
        if (n >= 2 && b[start] != 0 && b[start + 1] == 0) {
            return "UTF-16LE";
        }
        return null;
    }

    private static String guess(byte[] b, int start, int end) {
        try {
            GB18030.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, end - start));
            return "GBK";
        } catch (CharacterCodingException e) {
            return "?";
        }
    }

    private static long lineOf(byte[] b, int start, int position) {
        long line = 1;
        for (int i = start; i < position; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] b, int start, int position) {
        int lineStart = position;
        while (lineStart > start && b[lineStart - 1] != '\n') {
            lineStart--;
        }
        return new String(b, lineStart, position - lineStart, StandardCharsets.UTF_8).length() + 1;
    }

    private static int u(byte x) {
        return x & 0xFF;
    }
}

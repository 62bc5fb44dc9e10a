package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines come out as the bytes between line ends, however the stream hands its bytes over. */
class ByteLinesTest {

    /** A stream that hands over at most {@code step} bytes per read, so lines span reads. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    // The reference: split at \n, drop one \r before it, no line after a final \n; too long is
    // more than max bytes counting the \r.
    private static List<byte[]> expected(byte[] bytes, int max) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length && start == bytes.length) {
                break;
            }
            if (i == bytes.length || bytes[i] == '\n') {
                byte[] line = Arrays.copyOfRange(bytes, start, i);
                if (line.length > max) {
                    lines.add(null);
                } else {
                    int end = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
                    lines.add(Arrays.copyOf(line, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static List<byte[]> actual(InputStream in, int max) {
        try {
            ByteLines lines = new ByteLines(in, max);
            List<byte[]> out = new ArrayList<>();
            long n = 0;
            for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
                assertEquals(++n, l.number());
                out.add(l.bytes());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void linesAreTheBytesBetweenLineEnds() {
        // Bytes from a small alphabet rich in line ends; reads of 1 to 9 bytes; limits of 0 to 12.
        qt().withExamples(5_000)
                .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 60), integers().between(1, 9), integers().between(0, 12))
                .checkAssert((codes, step, max) -> {
                    byte[] bytes = new byte[codes.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) "ab\r\n{".charAt(codes.get(i));
                    }
                    List<byte[]> want = expected(bytes, max);
                    List<byte[]> got = actual(trickle(bytes, step), max);
                    assertEquals(want.size(), got.size());
                    for (int i = 0; i < want.size(); i++) {
                        if (want.get(i) == null) {
                            assertNull(got.get(i));
                        } else {
                            assertArrayEquals(want.get(i), got.get(i));
                        }
                    }
                });
    }

    @Test
    void longLinesAcrossTheReadBuffer() {
        byte[] line = new byte[200_000];
        Arrays.fill(line, (byte) 'x');
        byte[] bytes = new byte[line.length * 2 + 3];
        System.arraycopy(line, 0, bytes, 0, line.length);
        bytes[line.length] = '\r';
        bytes[line.length + 1] = '\n';
        System.arraycopy(line, 0, bytes, line.length + 2, line.length);
        bytes[bytes.length - 1] = '\n';
        List<byte[]> got = actual(new ByteArrayInputStream(bytes), 300_000);
        assertEquals(2, got.size());
        assertArrayEquals(line, got.get(0));
        assertArrayEquals(line, got.get(1));
        List<byte[]> tooLong = actual(new ByteArrayInputStream(bytes), 199_999);
        assertEquals(2, tooLong.size());
        assertNull(tooLong.get(0));
        assertNull(tooLong.get(1));
    }

    @Test
    void theLineEndIsTheFirstNewlineAfterThePosition() {
        // Bytes near '\n' in value (0x0A with the high bit, 0x09, 0x0B, 0x00) test the eight-byte scan.
        byte[] alphabet = {'\n', (byte) 0x8A, 0x09, 0x0B, 0x00, 'a', (byte) 0xE4, (byte) 0xFF};
        qt().withExamples(3000).forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 40),
                integers().between(0, 40), integers().between(0, 40)).checkAssert((picks, from, to) -> {
            byte[] b = new byte[picks.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[picks.get(i)];
            }
            int limit = Math.min(b.length, to);
            int position = Math.min(from, limit);
            int expected = position;
            while (expected < limit && b[expected] != '\n') {
                expected++;
            }
            assertEquals(expected, ByteLines.lineEnd(b, position, limit));
        });
    }
}

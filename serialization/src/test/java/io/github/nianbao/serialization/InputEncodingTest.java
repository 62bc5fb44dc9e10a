package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link InputEncoding} accepts exactly what the strict UTF-8 decoder accepts, and
 * gives exactly its text.
 */
class InputEncodingTest {

    // What the decoder accepted before the fast path: the JDK's strict decoder, nothing else.
    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] bytes(List<Integer> values) {
        // A leading '{' keeps the byte-order-mark and UTF-16/32 checks out of the way.
        byte[] b = new byte[values.size() + 1];
        b[0] = '{';
        for (int i = 0; i < values.size(); i++) {
            b[i + 1] = (byte) (int) values.get(i);
        }
        return b;
    }

    @Test
    void acceptsExactlyWhatTheStrictDecoderAccepts() {
        // Bytes biased towards the lead and continuation bytes of multi-byte sequences.
        qt().withExamples(20_000).forAll(lists().of(integers().between(0x70, 0xFF)).ofSizeBetween(0, 12))
                .checkAssert(InputEncodingTest::sameAsStrict);
    }

    @Test
    void longerRunsWithAsciiStretchesToo() {
        // Runs of ASCII long enough for the eight-bytes-at-a-time check, broken anywhere.
        qt().withExamples(10_000).forAll(lists().of(integers().between(0x5F, 0xFF)).ofSizeBetween(0, 40))
                .checkAssert(v -> sameAsStrict(v.stream().map(x -> x < 0x80 ? x : x < 0xA0 ? 0x41 : x).toList()));
    }

    private static void sameAsStrict(List<Integer> v) {
        byte[] b = bytes(v);
        String expected = strict(b);
        InputEncoding.Text t = InputEncoding.decode(b, 0, b.length);
        assertEquals(expected, t.text());
        if (expected == null) {
            assertNotNull(t.problem());
        } else {
            assertNull(t.problem());
        }
        assertEquals(expected != null, InputEncoding.isWellFormed(b, 0, b.length), () -> v.toString());
        assertEquals(expected != null ? 0 : -1, InputEncoding.utf8Start(b, 0, b.length));
    }

    @Test
    void aGenuineReplacementCharacterIsText() {
        byte[] b = "{\"agency\":\"\uFFFD局\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("{\"agency\":\"\uFFFD局\"}", InputEncoding.decode(b, 0, b.length).text());
    }

    @Test
    void malformedBytesAreReportedWhereTheyAre() {
        byte[] b = "{\n  \"a\": \"局\u0000\"}".getBytes(StandardCharsets.UTF_8);
        b[b.length - 3] = (byte) 0xC0;
        JsonProblem p = InputEncoding.decode(b, 0, b.length).problem();
        assertEquals(ProblemCode.ENCODING_NOT_UTF8, p.code());
        assertEquals(2, p.line());
        assertEquals(10, p.column());
    }
}

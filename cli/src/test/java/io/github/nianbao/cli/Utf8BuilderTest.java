package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8BuilderTest {

    private static final List<String> EDGES = List.of("", "a", "é", "总计", "𠀀😀", "a\ud800b", "\udc00", "x\ud83d",
            "\ud83d\ude00\ud83d", "\u3000", "尾 \t\u3000\u2028", " \u00a0", "\u0000", "\uffff", "\u07ff\u0800");

    @Test
    void encodesAsStringGetBytesDoes() {
        for (String s : EDGES) {
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), new Utf8Builder(1).append(s).toByteArray(), s);
        }
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(s -> {
            Utf8Builder out = new Utf8Builder(4).append("前").append(s).append('.').append(s.getBytes(StandardCharsets.UTF_8));
            assertArrayEquals(("前" + s + "." + s).getBytes(StandardCharsets.UTF_8), out.toByteArray());
        });
    }

    @Test
    void trimsTheWhitespaceThatCharacterIsWhitespaceNames() {
        for (String s : EDGES) {
            assertTrimmed(s);
        }
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(Utf8BuilderTest::assertTrimmed);
        qt().withExamples(500).forAll(strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 8)).checkAssert(s ->
                assertTrimmed(s + " \u3000\t"));
    }

    @Test
    void trimmingStopsAtTheStartGiven() {
        Utf8Builder out = new Utf8Builder(8).append("  ").spaces(3);
        out.trimWhitespace(1);
        assertEquals(1, out.length());
        out.clear();
        assertEquals(6, out.append("  a").repeat('-', 3).repeat('-', 0).spaces(-1).length());
    }

    // As TextTable trims a line: chars from the end while Character.isWhitespace holds.
    private static void assertTrimmed(String s) {
        String prefix = "  前";
        Utf8Builder out = new Utf8Builder(2).append(prefix);
        int start = out.length();
        out.append(s).trimWhitespace(start);
        String whole = prefix + s;
        int end = whole.length();
        while (end > 0 && Character.isWhitespace(whole.charAt(end - 1))) {
            end--;
        }
        String expected = whole.substring(0, Math.max(end, prefix.length()));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
    }
}

package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The number of reports read from one JSON Lines stream is limited, with its own problem code. */
class StreamLimitTest {

    private static final String LINE = ReportJson.create().encode(Fixtures.distinct(Edition.V2019, Edition.V2019));

    private static List<DecodedLine> read(ReportJson json, InputStream in) {
        try (Stream<DecodedLine> lines = json.decodeLines(in)) {
            return lines.toList();
        }
    }

    @Test
    void theDefaultIsOneMillion() {
        assertEquals(1_000_000L, ReportJson.DEFAULT_MAX_LINES);
        assertEquals(ReportJson.DEFAULT_MAX_LINES, ReportJson.create().maxLines());
        assertEquals(7, ReportJson.builder().maxLines(7).build().toBuilder().build().maxLines());
        assertThrows(IllegalArgumentException.class, () -> ReportJson.builder().maxLines(0));
    }

    @Test
    void theLineAfterTheLimitIsReportedAndReadingStops() {
        ReportJson json = ReportJson.builder().maxLines(5).maxDocumentLength(LINE.getBytes(StandardCharsets.UTF_8).length).build();
        // Blank lines count, and so does a line that is too long.
        String stream = LINE + "\n\n  \r\n" + LINE + "x".repeat(10) + "\n" + LINE + "\n" + LINE + "\n" + LINE + "\n";
        List<DecodedLine> lines = read(json, new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(1L, 4L, 5L, 6L), lines.stream().map(DecodedLine::lineNumber).toList());
        assertTrue(lines.get(0).result().isSuccess());
        assertEquals(ProblemCode.DOCUMENT_TOO_LARGE, lines.get(1).result().problems().get(0).code());
        assertTrue(lines.get(2).result().isSuccess());
        List<JsonProblem> last = lines.get(3).result().problems();
        assertEquals(1, last.size());
        JsonProblem p = last.get(0);
        assertEquals(ProblemCode.TOO_MANY_LINES, p.code());
        assertTrue(p.code().isFatal());
        assertEquals(6, p.line());
        assertEquals(List.of(5L), p.arguments());
        assertEquals("JSON Lines 流的报告行数超过上限 5，其后的行未读取", p.message());
        assertEquals("The JSON Lines stream holds more report lines than the limit of 5; the rest was not read", p.message(Locale.ENGLISH));
        // Exactly at the limit nothing is reported, and a final line end makes no further line.
        ReportJson three = json.toBuilder().maxLines(3).build();
        assertTrue(read(three, new ByteArrayInputStream((LINE + "\n\n" + LINE + "\n").getBytes(StandardCharsets.UTF_8)))
                .stream().allMatch(l -> l.result().isSuccess()));
        assertEquals(ProblemCode.TOO_MANY_LINES, read(three, new ByteArrayInputStream((LINE + "\n\n" + LINE + "\n\n")
                .getBytes(StandardCharsets.UTF_8))).get(2).result().problems().get(0).code());
    }

    /** An input stream that repeats a pattern for ever. */
    private static InputStream endless(String pattern) {
        byte[] bytes = pattern.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                return bytes[(int) (position++ % bytes.length)];
            }
        };
    }

    @Test
    void anEndlessStreamOfBlankLinesEndsAtTheLimit() {
        for (String blank : new String[] {"\n", "\r\n", " \t\n"}) {
            List<DecodedLine> lines = read(ReportJson.builder().maxLines(10_000).build(), endless(blank));
            assertEquals(1, lines.size(), blank);
            assertEquals(10_001, lines.get(0).lineNumber());
            assertEquals(ProblemCode.TOO_MANY_LINES, lines.get(0).result().problems().get(0).code());
        }
    }

    @Test
    void anEndlessLineEndsTheStreamWithItsProblem() {
        ReportJson json = ReportJson.builder().maxDocumentLength(100).maxSkippedLineLength(10_000).build();
        for (String pattern : new String[] {"x", "{\"a\":[", " ", "\r"}) {
            InputStream in = new java.io.SequenceInputStream(new ByteArrayInputStream((LINE + "\n\n").getBytes(StandardCharsets.UTF_8)),
                    endless(pattern));
            List<DecodedLine> lines = read(json, in);
            assertEquals(List.of(1L, 3L), lines.stream().map(DecodedLine::lineNumber).toList(), pattern);
            JsonProblem p = lines.get(1).result().problems().get(0);
            assertEquals(ProblemCode.LINE_NOT_ENDED, p.code());
            assertTrue(p.code().isFatal());
            assertEquals(3, p.line());
            assertEquals(List.of(10_100L), p.arguments());
            assertEquals("这一行超过 10100 字节仍未结束，流中其余内容未读取", p.message());
            assertEquals("The line has not ended after 10100 bytes; the rest of the stream was not read", p.message(Locale.ENGLISH));
        }
        // A long line that does end within the search is skipped, and reading goes on.
        String stream = "y".repeat(10_000) + "\n" + LINE + "\n";
        List<DecodedLine> lines = read(json.toBuilder().maxDocumentLength(LINE.getBytes(StandardCharsets.UTF_8).length).build(),
                new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ProblemCode.DOCUMENT_TOO_LARGE, lines.get(0).result().problems().get(0).code());
        assertTrue(lines.get(1).result().isSuccess());
    }

    @Test
    void longMaxValueMeansNoLimit() {
        ReportJson unlimited = ReportJson.builder().maxLines(Long.MAX_VALUE).maxDocumentLength(Long.MAX_VALUE)
                .maxSkippedLineLength(Long.MAX_VALUE).maxProblems(Integer.MAX_VALUE).maxNestingDepth(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).build();
        byte[] bytes = LINE.getBytes(StandardCharsets.UTF_8);
        assertTrue(unlimited.decode(LINE).isSuccess());
        assertTrue(unlimited.decode(bytes).isSuccess());
        assertTrue(unlimited.decode(new ByteArrayInputStream(bytes)).isSuccess());
        assertTrue(unlimited.decode(new java.io.StringReader(LINE)).isSuccess());
        List<DecodedLine> lines = read(unlimited, new ByteArrayInputStream((LINE + "\n\n" + LINE + "\n" + LINE).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(1L, 3L, 4L), lines.stream().map(DecodedLine::lineNumber).toList());
        assertTrue(lines.stream().allMatch(l -> l.result().isSuccess()), lines::toString);
        // Each limit alone at its largest.
        for (ReportJson json : new ReportJson[] {ReportJson.builder().maxLines(Long.MAX_VALUE).build(),
                ReportJson.builder().maxDocumentLength(Long.MAX_VALUE).build(),
                ReportJson.builder().maxSkippedLineLength(Long.MAX_VALUE).build()}) {
            assertEquals(2, read(json, new ByteArrayInputStream((LINE + "\n" + LINE).getBytes(StandardCharsets.UTF_8))).stream()
                    .filter(l -> l.result().isSuccess()).count());
            assertTrue(json.decode(new ByteArrayInputStream(bytes)).isSuccess());
        }
        assertEquals(Long.MAX_VALUE, unlimited.toBuilder().build().maxSkippedLineLength());
    }

    @Test
    void nullInputIsRefusedWithAMessage() {
        ReportJson json = ReportJson.create();
        for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
                () -> json.decode((java.io.Reader) null), () -> json.decode((String) null), () -> json.decode((byte[]) null),
                () -> json.decode((InputStream) null), () -> json.decodeLines(null))) {
            NullPointerException e = assertThrows(NullPointerException.class, call);
            assertTrue(e.getMessage() != null && e.getMessage().contains("null"), String.valueOf(e.getMessage()));
        }
    }

    @Test
    void anEndlessStreamEndsAtTheLimit() {
        byte[] line = ("{}\n").getBytes(StandardCharsets.US_ASCII);
        InputStream endless = new InputStream() {
            long position;

            @Override
            public int read() {
                return line[(int) (position++ % line.length)];
            }
        };
        List<DecodedLine> lines = read(ReportJson.builder().maxLines(1000).build(), endless);
        assertEquals(1001, lines.size());
        assertEquals(ProblemCode.TOO_MANY_LINES, lines.get(1000).result().problems().get(0).code());
    }
}

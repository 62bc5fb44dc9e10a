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
        ReportJson json = ReportJson.builder().maxLines(3).maxDocumentLength(LINE.getBytes(StandardCharsets.UTF_8).length).build();
        // Blank lines do not count; a line that is too long does.
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
        assertEquals(List.of(3L), p.arguments());
        assertEquals("JSON Lines 流的报告行数超过上限 3，其后的行未读取", p.message());
        assertEquals("The JSON Lines stream holds more report lines than the limit of 3; the rest was not read", p.message(Locale.ENGLISH));
        // Exactly at the limit nothing is reported.
        assertTrue(read(json, new ByteArrayInputStream((LINE + "\n" + LINE + "\n" + LINE).getBytes(StandardCharsets.UTF_8)))
                .stream().allMatch(l -> l.result().isSuccess()));
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

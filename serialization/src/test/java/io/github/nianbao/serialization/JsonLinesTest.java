package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.nianbao.core.AnnualReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static final ReportJson JSON = ReportJson.builder().prettyPrint(true).build();

    private static List<AnnualReport> reports(int n) {
        List<AnnualReport> out = new ArrayList<>();
        qt().withFixedSeed(42).withExamples(n).forAll(ReportGen.reports()).checkAssert(out::add);
        return out.subList(0, n);
    }

    @Test
    void writtenLinesReadBack() {
        List<AnnualReport> reports = reports(20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = JSON.linesWriter(out)) {
            reports.forEach(w::write);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(20, text.split("\n", -1).length - 1, "one compact line per report, even when the codec pretty-prints");
        try (Stream<DecodedLine> lines = JSON.decodeLines(new ByteArrayInputStream(out.toByteArray()))) {
            List<DecodedLine> decoded = lines.toList();
            assertEquals(20, decoded.size());
            for (int i = 0; i < 20; i++) {
                assertEquals(i + 1, decoded.get(i).lineNumber());
                assertEquals(reports.get(i), decoded.get(i).result().orElseThrow());
            }
        }
    }

    @Test
    void aBadLineIsReportedWithItsLineNumberAndTheStreamGoesOn() {
        List<AnnualReport> reports = reports(3);
        ReportJson compact = ReportJson.create();
        String bad = compact.encode(reports.get(1)).replace("\"formatVersion\":1", "\"formatVersion\":1,\"x\":[");
        String stream = compact.encode(reports.get(0)) + "\r\n"
                + "\n"
                + "   \n"
                + bad + "\n"
                + "{\"formatVersion\":1, \"metadata\": 5" + "\n"
                + compact.encode(reports.get(2));
        ReportJson small = ReportJson.builder().build();
        List<DecodedLine> lines;
        try (Stream<DecodedLine> s = small.decodeLines(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)))) {
            lines = s.toList();
        }
        assertEquals(List.of(1L, 4L, 5L, 6L), lines.stream().map(DecodedLine::lineNumber).toList());
        assertEquals(reports.get(0), lines.get(0).result().orElseThrow());
        List<JsonProblem> p = lines.get(1).result().problems();
        assertEquals(List.of(ProblemCode.UNKNOWN_PROPERTY, ProblemCode.MALFORMED_JSON), p.stream().map(JsonProblem::code).toList());
        assertTrue(p.stream().allMatch(x -> x.line() == 4), p::toString);
        JsonProblem q = lines.get(2).result().problems().get(0);
        assertEquals(5, q.line());
        assertEquals(reports.get(2), lines.get(3).result().orElseThrow());
    }

    @Test
    void aTooLongLineIsSkippedWithoutBeingStored() {
        ReportJson small = ReportJson.builder().maxDocumentLength(100).build();
        String stream = "x".repeat(10_000) + "\n" + "{}\n";
        List<DecodedLine> lines = small.decodeLines(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8))).toList();
        assertEquals(ProblemCode.DOCUMENT_TOO_LARGE, lines.get(0).result().problems().get(0).code());
        assertEquals(1, lines.get(0).result().problems().get(0).line());
        assertEquals(2, lines.get(1).lineNumber());
        assertTrue(lines.get(1).result().problems().stream().allMatch(p -> p.line() == 2));
    }

    @Test
    void linesAreReadLazily() throws IOException {
        List<AnnualReport> reports = reports(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = JSON.linesWriter(out)) {
            reports.forEach(w::write);
        }
        byte[] all = out.toByteArray();
        long[] read = {0};
        boolean[] closed = {false};
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(all)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(0, n);
                return n;
            }

            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        try (Stream<DecodedLine> lines = JSON.decodeLines(counting)) {
            Iterator<DecodedLine> it = lines.iterator();
            assertEquals(reports.get(0), it.next().result().orElseThrow());
            assertTrue(read[0] < all.length / 4, "read " + read[0] + " of " + all.length + " bytes for one line");
        }
        assertTrue(closed[0]);
        assertFalse(all.length == 0);
    }
}

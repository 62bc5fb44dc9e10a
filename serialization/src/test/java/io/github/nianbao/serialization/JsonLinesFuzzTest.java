package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.nianbao.core.Edition;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of {@link ReportJson#decodeLines}: every line comes out once, in order,
 * with its own consistent result, a line longer than the limit as {@link ProblemCode#DOCUMENT_TOO_LARGE},
 * and a stream holding more than the stream limit ends with {@link ProblemCode#TOO_MANY_LINES}.
 * The CLI's own line reader is fuzzed against this one in the cli module.
 */
class JsonLinesFuzzTest {

    // Small limits, so that short fuzz inputs reach the too-long and too-many paths.
    private static final ReportJson SMALL = ReportJson.builder().maxDocumentLength(64).maxLines(8).build();
    private static final ReportJson DEFAULT = ReportJson.create();

    static {
        // Every class is loaded (and, when fuzzing, instrumented) once, before any input's time is taken.
        byte[] warm = (ReportJson.create().encode(Fixtures.distinct(Edition.V2021, Edition.V2021)) + "\n{}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        check(DEFAULT, warm);
        check(SMALL, warm);
    }

    @FuzzTest
    void decodeLines(byte[] input) {
        InputBudget.within(() -> {
            check(DEFAULT, input);
            check(SMALL, input);
            return null;
        });
    }

    private static void check(ReportJson json, byte[] input) {
        List<DecodedLine> lines;
        try (Stream<DecodedLine> s = json.decodeLines(new ByteArrayInputStream(input))) {
            lines = s.toList();
        }
        long previous = 0;
        long physicalLines = 1;
        for (byte b : input) {
            if (b == '\n') {
                physicalLines++;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            DecodedLine line = lines.get(i);
            assertTrue(line.lineNumber() > previous && line.lineNumber() <= physicalLines, line::toString);
            previous = line.lineNumber();
            DecodeResult r = line.result();
            boolean tooMany = r.problems().stream().anyMatch(p -> p.code() == ProblemCode.TOO_MANY_LINES);
            if (r.problems().stream().anyMatch(p -> p.code() == ProblemCode.LINE_NOT_ENDED)) {
                assertEquals(lines.size() - 1, i, "nothing is read after a line without end");
                assertEquals(1, r.problems().size());
                continue;
            }
            if (tooMany) {
                assertEquals(lines.size() - 1, i, "nothing is read after the stream limit");
                assertEquals(1, r.problems().size());
                // Every line counts towards the limit, blank ones too.
                assertEquals(json.maxLines() + 1, line.lineNumber());
                continue;
            }
            ReportJsonFuzzTest.checkConsistent(r);
            for (JsonProblem p : r.problems()) {
                // A lone \r inside a line is a line break to the JSON parser, so a problem may lie further down.
                assertTrue(p.line() == 0 || p.line() >= line.lineNumber(), p::toString);
            }
        }
        assertTrue(lines.size() <= json.maxLines() + 1);
    }
}

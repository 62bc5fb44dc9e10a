package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.DecodedLine;
import io.github.nianbao.serialization.JsonProblem;
import io.github.nianbao.serialization.ProblemCode;
import io.github.nianbao.serialization.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the two JSON Lines readers against each other: the CLI's
 * {@link ByteLines} followed by {@link ReportJson#decode(byte[])}, as {@code nianbao validate}
 * reads a {@code .jsonl} file, and the library's {@link ReportJson#decodeLines}. For every input
 * both must see the same lines with the same numbers, the same too-long lines, and for each line
 * the same report or the same problems (the library's shifted to the stream's line numbers).
 */
class JsonLinesFuzzTest {

    // The default limits, and small ones so that short inputs reach the too-long and too-many paths.
    private static final ReportJson DEFAULT = ReportJson.create();
    private static final ReportJson SMALL = ReportJson.builder().maxDocumentLength(64).maxLines(8).build();

    static {
        // Every class is loaded (and, when fuzzing, instrumented) once, before any input's time is taken.
        byte[] warm = (DEFAULT.encode(io.github.nianbao.samples.SampleReports.huaianShi2024()) + "\n{}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        compare(DEFAULT, warm);
        compare(SMALL, warm);
    }

    @FuzzTest
    void byteLinesAgreeWithDecodeLines(byte[] input) {
        InputBudget.within(() -> {
            compare(DEFAULT, input);
            compare(SMALL, input);
            return null;
        });
    }

    /** What one reader saw on one line. */
    private record Seen(long line, boolean tooLong, DecodeResult result) {
    }

    private static void compare(ReportJson json, byte[] input) {
        List<Seen> cli = new ArrayList<>();
        try {
            ByteLines lines = new ByteLines(new ByteArrayInputStream(input), json.maxDocumentLength());
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                // The library counts every line towards its limit, blank ones too, and reads none past it.
                if (line.number() > json.maxLines()) {
                    cli.add(new Seen(line.number(), false, null));
                    break;
                }
                if (line.isTooLong()) {
                    cli.add(new Seen(line.number(), true, null));
                } else if (!ByteLines.isBlank(line.bytes())) {
                    cli.add(new Seen(line.number(), false, json.decode(line.bytes())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DecodedLine> library;
        try (Stream<DecodedLine> s = json.decodeLines(new ByteArrayInputStream(input))) {
            library = s.toList();
        }
        // Both stop after the stream limit: the CLI by counting, the library with TOO_MANY_LINES.
        assertEquals(cli.size(), library.size(), "lines");
        for (int i = 0; i < library.size(); i++) {
            DecodedLine got = library.get(i);
            Seen want = cli.get(i);
            assertEquals(want.line(), got.lineNumber(), "line number");
            List<JsonProblem> problems = got.result().problems();
            if (want.line() > json.maxLines()) {
                assertEquals(List.of(ProblemCode.TOO_MANY_LINES), problems.stream().map(JsonProblem::code).toList());
                continue;
            }
            if (want.tooLong()) {
                assertEquals(List.of(ProblemCode.DOCUMENT_TOO_LARGE), problems.stream().map(JsonProblem::code).toList());
                continue;
            }
            assertEquals(want.result().report(), got.result().report(), "report of line " + want.line());
            List<JsonProblem> expected = want.result().problems();
            assertEquals(expected.size(), problems.size(), () -> "problems of line " + want.line() + ": " + expected + " vs " + problems);
            for (int k = 0; k < expected.size(); k++) {
                JsonProblem e = expected.get(k);
                JsonProblem g = problems.get(k);
                assertEquals(e.code(), g.code());
                assertEquals(e.pointer(), g.pointer());
                assertEquals(e.column(), g.column());
                assertEquals(e.arguments(), g.arguments());
                assertEquals(e.line() == 0 ? 0 : e.line() + want.line() - 1, g.line(), () -> e + " vs " + g);
                assertTrue(g.line() == 0 || g.line() >= got.lineNumber());
            }
        }
    }
}

package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.serialization.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits as the command line meets them: each exceeded limit is said, and the run goes on or ends cleanly. */
class LimitsCommandTest {

    private static final ReportJson JSON = ReportJson.create();

    @TempDir
    Path dir;

    @Test
    void aJsonLinesFileBeyondMaxLinesIsReadToTheLimitAndSaysSo() throws IOException {
        String line = JSON.encode(NianbaoCommandTest.clean(30)) + "\n";
        Path file = dir.resolve("five.jsonl");
        Files.writeString(file, line + "\n" + line.repeat(4), StandardCharsets.UTF_8);
        NianbaoCommandTest.Run r = NianbaoCommandTest.run("validate", "--max-lines", "3", file.toString());
        assertEquals(2, r.status(), r.out());
        // Blank lines count too: line 2 is blank, line 4 is the first beyond the limit.
        assertTrue(r.out().contains("共 3 份报告：通过 2，不通过 0，无法读取 1"), r.out());
        assertTrue(r.out().contains(file + ":4") && r.out().contains("超过 3 行"), r.out());
        NianbaoCommandTest.Run en = NianbaoCommandTest.run("validate", "--lang", "en", "--max-lines", "3", file.toString());
        assertTrue(en.out().contains("holds more than 3 lines; the rest was not read (--max-lines"), en.out());
        assertEquals(0, NianbaoCommandTest.run("validate", "--max-lines", "6", file.toString()).status());
        assertEquals(2, NianbaoCommandTest.run("validate", "--max-lines", "5", file.toString()).status());
        assertEquals(2, NianbaoCommandTest.run("validate", "--max-lines", "0", file.toString()).status());
    }

    @Test
    void standardInputBeyondMaxLinesStopsThere() {
        String line = JSON.encode(NianbaoCommandTest.clean(31)) + "\n";
        NianbaoCommandTest.Run r = NianbaoCommandTest.runWithInput(line.repeat(3), "validate", "--max-lines", "2", "-");
        assertEquals(2, r.status(), r.out());
        assertTrue(r.out().contains("-:3") && r.out().contains("超过 2 行"), r.out());
    }

    /** Endless input: bytes without end, counted as they are read. */
    static final class Endless extends InputStream {
        private final byte fill;
        long served;

        Endless(byte fill) {
            this.fill = fill;
        }

        @Override
        public int read() {
            served++;
            return fill;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, fill);
            served += len;
            return len;
        }
    }

    @Test
    void endlessStandardInputIsReadOnlyToTwiceTheDocumentLimit() {
        Endless in = new Endless((byte) ' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Nianbao.run(new String[] {"validate", "-"}, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, printed);
        // A line with no end: skipped for as long again as the limit, then the stream is given up.
        assertTrue(printed.contains("LINE_ENDLESS") && printed.contains("仍没有换行"), printed);
        assertTrue(in.served <= 2 * ReportJson.DEFAULT_MAX_DOCUMENT_LENGTH + (1 << 20), () -> in.served + " bytes read");
    }

    @Test
    void endlessBlankLinesOnStandardInputAreNotHeldInMemory() {
        // A first line that is a report makes the input JSON Lines; what follows is read line by line.
        String first = JSON.encode(NianbaoCommandTest.clean(32)) + "\n";
        InputStream in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)),
                new java.io.ByteArrayInputStream("x".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Nianbao.run(new String[] {"validate", "-"}, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, printed);
        assertTrue(printed.contains("-:2") && printed.contains("LINE_TOO_LONG"), printed);
        assertTrue(printed.contains("共 2 份报告：通过 1，不通过 0，无法读取 1"), printed);
    }
}

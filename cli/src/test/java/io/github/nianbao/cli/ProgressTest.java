package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar: what its line says, and that it is drawn on standard error only when asked or a terminal. */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void theLineHasCountRateBarShareAndTimeLeft() {
        Progress p = Progress.detached(1_000, 0);
        p.read(250);
        for (int i = 0; i < 1_500; i++) {
            p.report();
        }
        // 1,500 reports in 10 s, a quarter of the input read: 30 s left.
        assertEquals("1,500 · 150/s [######------------------] 25% · ETA 0:30", p.line(10_000_000_000L));
        Progress unknownSize = Progress.detached(0, 0);
        unknownSize.report();
        assertEquals("1 · 1/s", unknownSize.line(1_000_000_000L), "no bar when the size of the input is not known");
    }

    @Test
    void drawnOnStandardErrorWhenItIsATerminalEvenWithOutputRedirected() throws Exception {
        Path lines = dir.resolve("batch.jsonl");
        assertEquals(0, NianbaoCommandTest.run("generate", "--count", "300", "-o", lines.toString()).status());
        Path out = dir.resolve("out.txt");
        // Standard error of the child is a pipe here, not a terminal: nothing is drawn.
        String quiet = stderr(null, "validate", "-o", out.toString(), lines.toString());
        assertEquals("", quiet);
        // As if standard error were a terminal (NIANBAO_PROGRESS=1), with standard output in a file: drawn.
        String drawn = stderr("1", "validate", "-o", out.toString(), lines.toString());
        assertTrue(drawn.startsWith("\r") && drawn.contains("/s [") && drawn.contains("%"), drawn);
        assertFalse(Files.readString(out).contains("/s ["), "never on standard output");
    }

    private String stderr(String progress, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Nianbao.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().remove("NIANBAO_PROGRESS");
        if (progress != null) {
            b.environment().put("NIANBAO_PROGRESS", progress);
        }
        b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = b.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return err;
    }
}

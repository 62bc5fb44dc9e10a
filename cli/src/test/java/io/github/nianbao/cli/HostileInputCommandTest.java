package io.github.nianbao.cli;

import static io.github.nianbao.cli.NianbaoCommandTest.broken;
import static io.github.nianbao.cli.NianbaoCommandTest.clean;
import static io.github.nianbao.cli.NianbaoCommandTest.run;
import static io.github.nianbao.cli.NianbaoCommandTest.runWithInput;
import static io.github.nianbao.cli.OutputFormatsTest.checkedLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.nianbao.cli.NianbaoCommandTest.Run;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.serialization.JsonLinesWriter;
import io.github.nianbao.serialization.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The command line against hostile and careless input (the issue on hostile input, CLI classes):
 * no hang, nothing held whole, no output lost silently, no forged terminal output, and a report
 * that was not read whole never passes. Every case runs under a timeout: a hang fails the test.
 * The cases that need a process of their own (memory limit, broken pipe, /dev/full, /dev/stdin)
 * run the command in a child JVM.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputCommandTest {

    private static final ReportJson JSON = ReportJson.create();

    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        return OutputFormatsTest.resource(dir, name);
    }

    // --- the verdict: what was not read was not checked -------------------------------------

    @Test
    void aPageWhoseTablesWereNotReadIsIncompleteNeverPass() throws IOException {
        for (String name : List.of("adversarial/minimal/title-only.txt", "adversarial/minimal/headings-only.txt",
                "adversarial/minimal/title-only.html")) {
            Path page = resource(name);
            Run text = run("validate", page.toString());
            assertEquals(Nianbao.EXIT_INCOMPLETE, text.status(), text.out());
            assertTrue(text.out().startsWith("不完整 · "), text.out());
            assertTrue(text.out().contains("未找到表二、表三、表四"), text.out());
            assertFalse(text.out().lines().anyMatch(l -> l.startsWith("通过")), text.out());
            Run en = run("validate", "--lang", "en", page.toString());
            assertTrue(en.out().startsWith("incomplete · "), en.out());
            assertTrue(en.out().contains("not found: Table II, Table III, Table IV"), en.out());
            List<JsonNode> json = checkedLines(run("validate", "--format", "json", page.toString()).out());
            assertEquals("incomplete", json.get(0).get("verdict").asString());
            assertEquals("[\"proactiveDisclosure\",\"applications\",\"reviewLitigation\"]", json.get(0).get("missingTables").toString());
            assertEquals(1, json.get(1).get("incomplete").asInt());
            assertEquals(3, json.get(1).get("exitStatus").asInt());
        }
        // A failing finding still fails: incomplete never hides an error.
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, JSON.encode(broken(51)));
        assertEquals(1, run("validate", bad.toString(), resource("adversarial/minimal/title-only.txt").toString()).status());
    }

    @Test
    void importedJsonWithUnknownCellsIsIncomplete() throws IOException {
        AnnualReport c = clean(52);
        AnnualReport r = c.withApplications(c.applications().withCell(io.github.nianbao.core.catalogue.ApplicationRow.NEWLY_RECEIVED,
                io.github.nianbao.core.catalogue.Applicant.NATURAL_PERSON, io.github.nianbao.core.cell.Count.unknown("CELL_UNREADABLE")));
        String text;
        try {
            text = JSON.encode(r);
        } catch (RuntimeException e) {
            text = null;
        }
        assumeTrue(text != null && JSON.decode(text).report().map(r::equals).orElse(false),
                "the codec does not write and read the unknown cell form yet");
        Path f = dir.resolve("unknown.json");
        Files.writeString(f, text);
        Run out = run("validate", f.toString());
        assertEquals(Nianbao.EXIT_INCOMPLETE, out.status(), out.out());
        assertTrue(out.out().contains("1 个单元格未能读取"), out.out());
        List<JsonNode> json = checkedLines(run("validate", "--format", "json", f.toString()).out());
        assertEquals("incomplete", json.get(0).get("verdict").asString());
        assertEquals(1, json.get(0).get("unknownCells").asInt());
        assertTrue(json.get(0).get("notAssessedRelations").asInt() > 0);
        assertTrue(json.get(0).get("findings").toString().contains("NOT-ASSESSED"));
    }

    // --- terminal output cannot be forged ----------------------------------------------------

    @Test
    void controlCharactersInAgencyNamesAreShownEscaped() throws IOException {
        String[] names = {"ansi-osc52", "ansi", "cr", "empty", "format", "html", "lone-high-surrogate", "lone-low-surrogate",
            "newline", "nul-escaped", "nul-raw", "reversed-pair", "rtl", "spoof-verdict", "whitespace"};
        for (String name : names) {
            Path f = resource("adversarial/json/agency-" + name + ".json");
            for (String lang : List.of("zh", "en")) {
                Run r = run("validate", "--lang", lang, f.toString());
                for (char c : r.out().toCharArray()) {
                    assertFalse(c != '\n' && TerminalText.isUnsafe(c), name + ": U+" + Integer.toHexString(c) + " in\n" + r.out());
                }
                long summaries = r.out().lines().filter(l -> l.startsWith(lang.equals("zh") ? "共 " : "Reports: ")).count();
                assertEquals(1, summaries, name + ": one summary line\n" + r.out());
                if (r.status() == 1) {
                    // The verdict opens the line: no agency name can stand before it.
                    String verdict = lang.equals("zh") ? "不通过 · " : "fail · ";
                    assertTrue(r.out().startsWith(verdict), name + "\n" + r.out());
                    assertFalse(r.out().lines().anyMatch(l -> l.startsWith(lang.equals("zh") ? "通过" : "pass")), r.out());
                }
            }
        }
        Run spoof = run("validate", resource("adversarial/json/agency-spoof-verdict.json").toString());
        assertEquals(1, spoof.status());
        assertTrue(spoof.out().startsWith("不通过 · 示例市人民政府 2024 年度报告 · 格式 V2021 · 通过\\n  来源"), spoof.out());
        Path named = dir.resolve("evil\u001b[2Jname\r.json");
        Files.writeString(named, JSON.encode(clean(53)));
        Run file = run("validate", named.toString());
        assertTrue(file.out().contains("evil\\e[2Jname\\r.json"), file.out());
    }

    // --- nothing hangs, nothing is held whole --------------------------------------------------

    @Test
    void aBadFirstLineOnStandardInputIsThatLinesProblem() throws IOException {
        byte[] mixed = Files.readAllBytes(resource("adversarial/jsonl/mixed-bad-first.jsonl"));
        Run r = NianbaoCommandTest.runWithInput(new String(mixed, StandardCharsets.UTF_8), "validate", "--format", "json", "-");
        List<JsonNode> lines = checkedLines(r.out());
        assertEquals("unreadable", lines.get(0).get("verdict").asString());
        assertEquals("-:1", lines.get(0).get("source").asString());
        assertTrue(lines.stream().filter(n -> "pass".equals(n.path("verdict").asString())).count() >= 5, r.out());
        Run garbage = runWithInput(new String(Files.readAllBytes(resource("adversarial/jsonl/single-bad-then-good.stdin")),
                StandardCharsets.UTF_8), "validate", "--format", "json", "-");
        List<JsonNode> g = checkedLines(garbage.out());
        assertEquals("unreadable", g.get(0).get("verdict").asString());
        assertTrue(g.size() >= 3, garbage.out());
        // A line longer than the limit, first: its own problem, the next line is read.
        String longLine = "{\"x\":\"" + "a".repeat(70_000) + "\"}";
        Run tooLong = runWithInput(longLine + "\n" + JSON.encode(clean(54)) + "\n", "validate", "--format", "json",
                "--max-lines", "10", "-");
        List<JsonNode> t = checkedLines(tooLong.out());
        assertEquals(3, t.size(), tooLong.out());
        assertEquals("pass", t.get(1).get("verdict").asString());
    }

    @Test
    void maxLinesCountsBlankLines() {
        Run r = runWithInput("\n".repeat(10) + JSON.encode(clean(55)) + "\n", "validate", "--format", "json", "--max-lines", "5", "-");
        assertEquals(2, r.status(), r.out());
        List<JsonNode> lines = checkedLines(r.out());
        assertEquals("TOO_MANY_LINES", lines.get(0).get("problems").get(0).get("code").asString(), r.out());
        assertEquals(0, lines.get(1).get("passed").asInt());
    }

    @Test
    void anEndlessLineEndsTheStreamWithALocatedProblem() {
        // An input that never ends and never has a newline: reading must stop on its own.
        EndlessInput endless = new EndlessInput((byte) 'x');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Nianbao.run(new String[] {"validate", "--format", "json", "-"}, endless,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        List<JsonNode> lines = checkedLines(out.toString(StandardCharsets.UTF_8));
        JsonNode problem = lines.get(0).get("problems").get(0);
        assertEquals("LINE_ENDLESS", problem.get("code").asString());
        assertEquals(1, problem.get("line").asInt());
        assertTrue(endless.read <= 2 * ReportJson.DEFAULT_MAX_DOCUMENT_LENGTH + (1 << 20), "read " + endless.read + " bytes");
    }

    /** Bytes without end. */
    static final class EndlessInput extends InputStream {
        final byte value;
        long read;

        EndlessInput(byte value) {
            this.value = value;
        }

        @Override
        public int read() {
            read++;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, value);
            read += len;
            return len;
        }
    }

    @Test
    void fifosAndDevStdinAreReadNotTakenAsEmpty() throws Exception {
        Path fifo = dir.resolve("reports.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        byte[] report = JSON.encode(clean(56)).getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write(report);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Run r = run("validate", fifo.toString());
        writer.join(10_000);
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("共 1 份报告：通过 1"), r.out());

        Path textFifo = dir.resolve("page.txt");
        new ProcessBuilder("mkfifo", textFifo.toString()).start().waitFor(10, TimeUnit.SECONDS);
        byte[] page = io.github.nianbao.samples.SampleReports.Published.HONGZE_QU_2023.sourceBytes();
        Thread pageWriter = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(textFifo)) {
                o.write(page);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        pageWriter.start();
        Run imported = run("validate", textFifo.toString());
        pageWriter.join(10_000);
        assertEquals(1, imported.status(), imported.out());
        assertTrue(imported.out().contains("T4-TOTAL"), "the published page read through the FIFO: " + imported.out());

        Child child = child(List.of("validate", "--format", "json", "/dev/stdin"), JSON.encode(clean(57)) + "\n" + JSON.encode(broken(58)) + "\n");
        assertEquals(1, child.status, child.err);
        assertEquals(3, checkedLines(child.out()).size(), child.out());
    }

    @Test
    void aDirectoryAndConvertStreamInSixtyFourMegabytes() throws Exception {
        RandomGenerator random = ReportGenerator.random(59);
        ReportGenerator generator = ReportGenerator.standard();
        Path reports = Files.createDirectories(dir.resolve("many"));
        Path lines = dir.resolve("many.jsonl");
        // A report whose every cell is blank has three BLANK-CELL findings naming some 190 cells,
        // about 54 KB of JSON output: 1,500 of them are more than 64 MiB of heap could hold.
        int files = 1_500;
        byte[] blank = Files.readAllBytes(resource("adversarial/json/all-cells-blank.json"));
        for (int i = 0; i < files; i++) {
            Files.write(reports.resolve(String.format("%05d.json", i)), blank);
        }
        int linesCount = 30_000;
        try (OutputStream o = Files.newOutputStream(lines); JsonLinesWriter w = JSON.linesWriter(o)) {
            for (int i = 0; i < linesCount; i++) {
                w.write(generator.valid(random, i % 2 == 0 ? Edition.V2019 : Edition.V2021));
            }
        }
        Child validated = child(List.of("-Xmx64m"), List.of("validate", "--format", "json", "--threads", "2", reports.toString()), null);
        assertTrue(validated.status == 0 || validated.status == 1 || validated.status == 4, validated.err);
        String last = validated.lastLine();
        assertTrue(last.contains("\"reports\":" + files) && last.contains("\"unreadable\":0"), last + validated.err);
        assertEquals(files + 2, validated.lines(), "the run line, a line per report, the summary");
        assertTrue(Files.size(validated.outFile()) > 64 << 20, "the output is larger than the heap: " + Files.size(validated.outFile()));

        Path converted = dir.resolve("converted.jsonl");
        Child convert = child(List.of("-Xmx64m"), List.of("convert", "--to", "jsonl", "-o", converted.toString(), lines.toString()), null);
        assertEquals(0, convert.status, convert.err);
        assertEquals(Files.size(lines), Files.size(converted), "every report converted, byte for byte");
    }

    // --- no output is lost silently ----------------------------------------------------------

    @Test
    void aClosedPipeEndsEveryCommandPromptly() throws Exception {
        Path lines = dir.resolve("batch.jsonl");
        Run gen = run("generate", "--count", "400", "-o", lines.toString());
        assertEquals(0, gen.status(), gen.err());
        for (List<String> args : List.of(List.of("generate", "--count", "100000000"),
                List.of("validate", "--format", "json", lines.toString(), lines.toString(), lines.toString(), lines.toString()),
                List.of("validate", lines.toString(), lines.toString(), lines.toString(), lines.toString()),
                List.of("convert", "--to", "jsonl", lines.toString(), lines.toString(), lines.toString(), lines.toString()))) {
            Process p = process(List.of(), args);
            p.getOutputStream().close();
            InputStream out = p.getInputStream();
            assertTrue(out.readNBytes(100).length == 100, "some output");
            out.close(); // as head does when it has read enough
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), args + " went on after its reader left");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, p.exitValue(), args + ": " + err);
            assertTrue(err.contains("无法写入标准输出"), err);
        }
    }

    @Test
    void aFullDiskIsExitStatusTwoWithAMessage() throws Exception {
        assumeTrue(new File("/dev/full").exists(), "no /dev/full");
        Child file = child(List.of("validate", "-o", "/dev/full"), null);
        assertEquals(2, file.status, file.err);
        assertTrue(file.err.contains("/dev/full"), file.err);
        Child generate = child(List.of("generate", "--count", "1000", "-o", "/dev/full"), null);
        assertEquals(2, generate.status, generate.err);
        // Standard output that fails, in process: a print stream records the error, the command reports it.
        PrintStream failing = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Nianbao.run(new String[] {"validate"}, new ByteArrayInputStream(new byte[0]), failing,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("无法写入标准输出"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, Nianbao.run(new String[] {"rules"}, new ByteArrayInputStream(new byte[0]), failing,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void outputsThatWouldLoseInputsOrEachOtherAreRefused() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("report.txt");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("report.txt");
        byte[] page = io.github.nianbao.samples.SampleReports.Published.HONGZE_QU_2023.sourceBytes();
        Files.write(a, page);
        Files.write(b, page);
        Path out = dir.resolve("out");
        Run same = run("import", "-o", out.toString(), a.toString(), b.toString());
        assertEquals(2, same.status(), same.err());
        assertTrue(same.err().contains("同一个文件") && same.err().contains(a.toString()) && same.err().contains(b.toString()), same.err());
        assertFalse(Files.exists(out.resolve("report.json")), "nothing written");

        Path report = dir.resolve("r.json");
        String original = JSON.encode(clean(60));
        Files.writeString(report, original);
        Run self = run("validate", "-o", report.toString(), report.toString());
        assertEquals(2, self.status());
        assertTrue(self.err().contains("是输入之一"), self.err());
        assertEquals(original, Files.readString(report), "the input is untouched");
        Path txt = dir.resolve("page.txt");
        Files.write(txt, page);
        assertEquals(2, run("import", "-o", txt.toString(), txt.toString()).status());
        assertTrue(Arrays.equals(page, Files.readAllBytes(txt)));
        Path lines = dir.resolve("l.jsonl");
        Files.writeString(lines, JSON.encode(clean(61)) + "\n");
        assertEquals(2, run("convert", "--to", "jsonl", "-o", lines.toString(), lines.toString()).status());

        Path two = dir.resolve("two.jsonl");
        Files.writeString(two, JSON.encode(clean(62)) + "\n" + JSON.encode(clean(63)) + "\n");
        Run several = run("convert", "--to", "json", two.toString());
        assertEquals(2, several.status(), several.err());
        assertEquals("", several.out(), "nothing written");
        assertTrue(several.err().contains("-o"), several.err());
        Path existing = dir.resolve("existing.json");
        Files.writeString(existing, "keep");
        assertEquals(2, run("convert", "--to", "json", "-o", existing.toString(), two.toString()).status());
        assertEquals("keep", Files.readString(existing));
    }

    @Test
    void twoWritersToOneFileCannotInterleave() throws Exception {
        String a = run("generate", "--count", "300", "--seed", "1").out();
        String b = run("generate", "--count", "300", "--seed", "2").out();
        Path target = dir.resolve("shared.jsonl");
        for (int round = 0; round < 5; round++) {
            Thread first = new Thread(() -> run("generate", "--count", "300", "--seed", "1", "-o", target.toString()));
            Thread second = new Thread(() -> run("generate", "--count", "300", "--seed", "2", "-o", target.toString()));
            first.start();
            second.start();
            first.join();
            second.join();
            String written = Files.readString(target);
            assertTrue(written.equals(a) || written.equals(b), "one writer's whole output, not a mix (round " + round + ")");
        }
    }

    @Test
    void messagesAUserCanActOn() throws IOException {
        Path missing = dir.resolve("nope.json");
        Run r = run("validate", missing.toString());
        assertEquals(2, r.status());
        assertTrue(r.out().contains("找不到文件：" + missing), r.out());
        Run en = run("validate", "--lang", "en", missing.toString());
        assertTrue(en.out().contains("No such file: " + missing), en.out());
        assertTrue(run("import", missing.toString()).err().contains("找不到文件：" + missing));

        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Run convert = run("convert", "--to", "jsonl", pdf.toString());
        assertEquals(2, convert.status());
        assertTrue(convert.err().contains("PDF") && convert.err().contains("nianbao import"), convert.err());
        Run convertEn = run("convert", "--lang", "en", "--to", "jsonl", pdf.toString());
        assertTrue(convertEn.err().contains("is a PDF file") && convertEn.err().contains("nianbao import"), convertEn.err());
        Path docx = dir.resolve("report.bin");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        Run validate = run("validate", "--format", "json", docx.toString());
        // validate reads Word and PDF files itself (issue 14): a cut-off zip is a damaged Word file.
        assertEquals("DOCUMENT_DAMAGED", checkedLines(validate.out()).get(0).get("problems").get(0).get("code").asString());
        Path txt = dir.resolve("page.txt");
        Files.writeString(txt, "某县人民政府2024年政府信息公开工作年度报告\n");
        assertTrue(run("convert", "--to", "jsonl", txt.toString()).err().contains("nianbao import"));

        assertEquals(2, run("validate", "--threads", "0").status());
        Run many = run("validate", "--threads", "100000");
        assertEquals(0, many.status(), "capped at the number of processors: " + many.err());
    }

    @Test
    void helpIsInBothLanguagesForEveryCommand() {
        for (String command : List.of("validate", "import", "generate", "convert", "rules", "explain")) {
            Run zh = run(command, "--help");
            assertEquals(0, zh.status(), command);
            assertTrue(zh.out().contains("用法") || zh.out().contains("Usage"), zh.out());
            assertTrue(zh.out().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    command + " has Chinese help:\n" + zh.out());
            assertTrue(zh.out().contains("--lang"), command + " takes --lang:\n" + zh.out());
            Run en = run(command, "--help", "--lang", "en");
            assertEquals(0, en.status(), command);
            assertFalse(en.out().equals(zh.out()), command);
        }
    }

    // --- child processes --------------------------------------------------------------------

    /** What a child JVM printed and how it ended. */
    record Child(int status, Path outFile, String err) {
        String out() {
            try {
                return Files.readString(outFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The last line of the output, read from its end. */
        String lastLine() throws IOException {
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(outFile.toFile(), "r")) {
                long from = Math.max(0, f.length() - 64 * 1024);
                byte[] tail = new byte[(int) (f.length() - from)];
                f.seek(from);
                f.readFully(tail);
                String text = new String(tail, StandardCharsets.UTF_8).stripTrailing();
                return text.substring(text.lastIndexOf('\n') + 1);
            }
        }

        long lines() throws IOException {
            try (var l = Files.lines(outFile)) {
                return l.count();
            }
        }
    }

    private Child child(List<String> args, String stdin) throws Exception {
        return child(List.of(), args, stdin);
    }

    private Child child(List<String> jvm, List<String> args, String stdin) throws Exception {
        Process p = process(jvm, args);
        Path out = dir.resolve("child-" + System.nanoTime() + ".out");
        // Output is drained by threads of their own, so that a full pipe cannot stall the child.
        Thread drain = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                Files.copy(in, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        drain.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drainErr = new Thread(() -> {
            try (InputStream in = p.getErrorStream()) {
                in.transferTo(err);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        drainErr.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(p.waitFor(150, TimeUnit.SECONDS), args + " did not end");
        drain.join();
        drainErr.join();
        return new Child(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }

    private static Process process(List<String> jvm, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Nianbao.class.getName());
        command.addAll(args);
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().put("NIANBAO_PROGRESS", "0");
        return b.start();
    }
}

package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the real command, as a user would, and checks what it prints and how it exits. */
class NianbaoCommandTest {

    private static final ReportJson JSON = ReportJson.create();

    @TempDir
    Path dir;

    /** What one run printed and how it ended. */
    record Run(int status, String out, String err) {
    }

    static Run runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Nianbao.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    /** A valid report with no findings at all, so that every expectation below is exact. */
    static AnnualReport clean(long seed) {
        RandomGenerator random = ReportGenerator.random(seed);
        ReportValidator validator = ReportValidator.standard();
        for (int i = 0; i < 1000; i++) {
            AnnualReport r = ReportGenerator.standard().valid(random, Edition.V2021);
            if (validator.validate(r).isEmpty()) {
                return r;
            }
        }
        throw new AssertionError("no clean report generated");
    }

    /** The clean report with its ledger broken in the natural-person column. */
    static AnnualReport broken(long seed) {
        AnnualReport r = clean(seed);
        long n = r.applications().newlyReceived().naturalPerson().value();
        long total = r.applications().newlyReceived().total().value();
        return r.withApplications(r.applications()
                .withCell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON, Count.of(n + 5))
                .withCell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL, Count.of(total + 5)));
    }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void noArgumentsValidatesTheBundledSample() {
        Run r = run();
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(SampleReports.lingxiuZhen2020().agency()), r.out());
        assertTrue(r.out().contains("通过"), r.out());
        assertTrue(r.out().contains("共 1 份报告：通过 1"), r.out());
    }

    @Test
    void validFilePasses() throws IOException {
        Path f = write("ok.json", JSON.encode(clean(1)));
        Run zh = run("validate", f.toString());
        assertEquals(0, zh.status(), zh.out());
        assertTrue(zh.out().contains("未发现问题。"), zh.out());
        Run en = run("validate", "--lang", "en", f.toString());
        assertEquals(0, en.status());
        assertTrue(en.out().contains("No findings."), en.out());
        assertTrue(en.out().contains("Reports: 1 (pass: 1, fail: 0, unreadable: 0, incomplete: 0)"), en.out());
    }

    @Test
    void invalidFileFailsWithTheFindingAtItsCell() throws IOException {
        Path f = write("bad.json", JSON.encode(broken(2)));
        Run zh = run("validate", f.toString());
        assertEquals(1, zh.status(), zh.out());
        assertTrue(zh.out().contains("不通过"), zh.out());
        assertTrue(zh.out().contains("T3-LEDGER"), zh.out());
        assertTrue(zh.out().contains(ApplicationRow.TOTAL_HANDLED.label() + " › " + Applicant.NATURAL_PERSON.label()), zh.out());
        Run en = run("validate", "--lang", "en", f.toString());
        assertEquals(1, en.status());
        assertTrue(en.out().contains("fail"), en.out());
        assertTrue(en.out().contains("Table III: the ledger of this column does not balance"), en.out());
        assertTrue(en.out().contains(ApplicationRow.TOTAL_HANDLED.englishLabel()), en.out());
    }

    @Test
    void malformedAndEmptyFilesAreReportedAndTheRunGoesOn() throws IOException {
        Path bad = write("broken.json", "{\"formatVersion\": 1, ");
        Path empty = write("empty.json", "");
        Path ok = write("ok.json", JSON.encode(clean(3)));
        Run r = run("validate", bad.toString(), empty.toString(), ok.toString());
        assertEquals(2, r.status(), r.out());
        assertTrue(r.out().contains("无法读取：" + bad), r.out());
        assertTrue(r.out().contains("MALFORMED_JSON"), r.out());
        assertTrue(r.out().contains("文件为空，没有报告：" + empty), r.out());
        assertTrue(r.out().contains("共 3 份报告：通过 1，不通过 0，无法读取 2"), r.out());
        Run en = run("validate", "--lang", "en", empty.toString());
        assertEquals(2, en.status());
        assertTrue(en.out().contains("Empty file, no report: " + empty), en.out());
    }

    @Test
    void aDirectoryMixingEverythingIsWalkedInOrder() throws IOException {
        write("a/1-ok.json", JSON.encode(clean(4)));
        write("a/2-bad.json", JSON.encode(broken(5)));
        write("a/3-malformed.json", "[]");
        write("a/4-empty.json", "");
        write("a/sub/5-lines.jsonl", JSON.encode(clean(6)) + "\n" + JSON.encode(broken(7)) + "\n");
        write("a/notes.odt", "ignored");  // .pdf and .docx are read now (DocumentInputCommandTest)
        Run r = run("validate", dir.resolve("a").toString());
        assertEquals(2, r.status(), r.out());
        assertTrue(r.out().contains("共 6 份报告：通过 2，不通过 2，无法读取 2"), r.out());
        assertTrue(r.out().indexOf("1-ok.json") < r.out().indexOf("2-bad.json"));
        assertTrue(r.out().contains("5-lines.jsonl:2"), r.out());
        assertFalse(r.out().contains("notes.odt"), r.out());
    }

    @Test
    void standardInputTakesADocumentOrJsonLines() {
        Run doc = runWithInput(JSON.toBuilder().prettyPrint(true).build().encode(clean(8)), "validate", "-");
        assertEquals(0, doc.status(), doc.out());
        assertTrue(doc.out().contains("来源：-"), doc.out());
        Run lines = runWithInput(JSON.encode(clean(9)) + "\n" + JSON.encode(broken(10)) + "\n", "validate", "-");
        assertEquals(1, lines.status(), lines.out());
        assertTrue(lines.out().contains("来源：-:2"), lines.out());
        assertTrue(lines.out().contains("共 2 份报告：通过 1，不通过 1"), lines.out());
    }

    @Test
    void aBadLineInTheMiddleOfJsonLinesIsReportedAndTheStreamContinues() throws IOException {
        Path f = write("batch.jsonl", JSON.encode(clean(11)) + "\n{\"formatVersion\": \n" + JSON.encode(clean(12)) + "\n");
        for (String lang : List.of("zh", "en")) {
            Run r = run("validate", "--lang", lang, f.toString());
            assertEquals(2, r.status(), r.out());
            assertTrue(r.out().contains(f + ":2"), r.out());
            assertTrue(r.out().contains(f + ":3"), r.out());
            assertTrue(r.out().contains(lang.equals("zh") ? "共 3 份报告：通过 2，不通过 0，无法读取 1" : "Reports: 3 (pass: 2, fail: 0, unreadable: 1, incomplete: 0)"), r.out());
        }
    }

    @Test
    void jsonOutputIsMachineReadable() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        Path bad = write("bad.json", JSON.encode(broken(13)));
        Run one = run("validate", "--format", "json", "--lang", "en", bad.toString());
        assertEquals(1, one.status());
        List<String> oneLines = one.out().lines().toList();
        assertEquals(3, oneLines.size(), "the run line, one report line, then the summary line, for a single file too");
        assertEquals("run", mapper.readTree(oneLines.get(0)).get("type").asString());
        JsonNode report = mapper.readTree(oneLines.get(1));
        assertEquals("report", report.get("type").asString());
        JsonNode finding = report.get("findings").get(0);
        assertEquals("T3-LEDGER", finding.get("ruleId").asString());
        assertEquals("ERROR", finding.get("severity").asString());
        assertTrue(finding.get("message").asString().startsWith("Table III"));
        assertTrue(finding.get("cells").toString().contains("/applications/totalHandled/naturalPerson"), finding.toString());
        assertTrue(finding.toString().contains("\"weight\":-1"), "the subtracted terms keep their weight: " + finding);
        JsonNode summary = mapper.readTree(oneLines.get(2));
        assertEquals("summary", summary.get("type").asString());
        assertEquals(1, summary.get("failed").asInt());
        Path lines = write("two.jsonl", JSON.encode(clean(14)) + "\n" + JSON.encode(broken(15)) + "\n");
        List<String> out = run("validate", "--format", "json", lines.toString()).out().lines().toList();
        assertEquals(4, out.size(), "the run line, one line per report, then the summary");
        assertEquals("pass", mapper.readTree(out.get(1)).get("verdict").asString());
        assertEquals("fail", mapper.readTree(out.get(2)).get("verdict").asString());
        assertEquals(2, mapper.readTree(out.get(3)).get("reports").asInt());
    }

    @Test
    void failOnSetsTheThreshold() throws IOException {
        AnnualReport r = clean(16);
        AnnualReport warned = r.withApplications(r.applications()
                .withCell(ApplicationRow.PUBLICATIONS, Applicant.RESEARCH_INSTITUTION, Count.BLANK));
        Path f = write("warned.json", JSON.encode(warned));
        // A warning passes, and the report is accepted with warnings: exit status 4, not 0.
        assertEquals(4, run("validate", f.toString()).status());
        Run strict = run("validate", "--fail-on", "warning", f.toString());
        assertEquals(1, strict.status(), strict.out());
        assertTrue(strict.out().contains("BLANK-CELL"), strict.out());
    }

    @Test
    void rulesExplainHelpVersionAndUsageErrors() {
        Run rules = run("rules");
        assertEquals(0, rules.status());
        assertTrue(rules.out().contains("T3-LEDGER") && rules.out().contains("YEAR-2021-STOCK"), rules.out());
        Run explain = run("explain", "t4-total", "--lang", "en");
        assertEquals(0, explain.status(), explain.err());
        assertTrue(explain.out().contains("Default severity: error"), explain.out());
        Run unknown = run("explain", "NOPE");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("没有规则 NOPE"), unknown.err());
        assertEquals(0, run("--help").status());
        assertTrue(run("validate", "--help").out().contains("--fail-on"));
        assertTrue(run("--version").out().startsWith("nianbao "));
        Run usage = run("validate", "--no-such-option");
        assertEquals(2, usage.status());
        assertTrue(usage.err().contains("--no-such-option"), usage.err());
        assertEquals(2, run("validate", "--fail-on", "fatal").status());
        assertEquals(2, run("validate", dir.resolve("missing.json").toString()).status());
    }

    @Test
    void previousYearEnablesCrossYearChecks() throws IOException {
        RandomGenerator random = ReportGenerator.random(17);
        var pair = ReportGenerator.standard().pair(random, Edition.V2021);
        while (!ReportValidator.standard().validate(pair.current(), pair.previous()).isEmpty()) {
            pair = ReportGenerator.standard().pair(random, Edition.V2021);
        }
        Path prev = write("prev.json", JSON.encode(pair.previous()));
        Path cur = write("cur.json", JSON.encode(pair.current()));
        Run ok = run("validate", "--previous", prev.toString(), cur.toString());
        assertEquals(0, ok.status(), ok.out());
        assertTrue(ok.out().contains("未发现问题。"), ok.out());
        AnnualReport shifted = pair.current().withApplications(pair.current().applications()
                .withCell(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON,
                        Count.of(pair.current().applications().carriedOver().naturalPerson().valueOr(0) + 1)));
        Path bad = write("shifted.json", JSON.encode(shifted));
        assertTrue(run("validate", "--previous", prev.toString(), bad.toString()).out().contains("YEAR-CARRY"));
        assertEquals(2, run("validate", "--previous", dir.resolve("nope.json").toString(), cur.toString()).status());
    }

    @Test
    void generateIsDeterministicAndConvertRoundTrips() throws IOException {
        Run a = run("generate", "--count", "20", "--seed", "3");
        Run b = run("generate", "--count", "20", "--seed", "3");
        assertEquals(0, a.status(), a.err());
        assertEquals(a.out(), b.out());
        assertEquals(20, a.out().lines().count());
        Path lines = write("gen.jsonl", a.out());
        Run valid = run("validate", lines.toString());
        // Valid reports: none returned; some have blank cells (warnings), hence 0 or 4.
        assertTrue(valid.status() == 0 || valid.status() == 4, valid.out());
        assertTrue(valid.out().contains("退回 0。"), valid.out());
        Path outDir = dir.resolve("docs");
        assertEquals(0, run("convert", "--to", "json", "--pretty", "-o", outDir.toString(), lines.toString()).status());
        try (var files = Files.list(outDir)) {
            assertEquals(20, files.count());
        }
        Run back = run("convert", "--to", "jsonl", outDir.toString());
        assertEquals(0, back.status(), back.err());
        assertEquals(a.out(), back.out());
    }

    @Test
    void publishedTextIsImportedThenValidatedWithItsDiagnostics() throws IOException {
        Path txt = dir.resolve(SampleReports.Published.HONGZE_QU_2023.fileName());
        Files.write(txt, SampleReports.Published.HONGZE_QU_2023.sourceBytes());
        Run zh = run("validate", txt.toString());
        assertEquals(1, zh.status(), zh.out());
        assertTrue(zh.out().contains("T4-TOTAL"), zh.out());
        assertTrue(zh.out().contains("EDITION_HYBRID"), "import diagnostics are shown next to the findings: " + zh.out());
        Run en = run("validate", "--lang", "en", txt.toString());
        assertTrue(en.out().contains("Hybrid report"), en.out());

        Run imported = run("import", txt.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.err().contains("EDITION_HYBRID"), imported.err());
        AnnualReport report = JSON.decode(imported.out()).orElseThrow();
        assertEquals(SampleReports.hongzeQu2023().reviewLitigation(), report.reviewLitigation());
        assertEquals(SampleReports.hongzeQu2023().applications(), report.applications());

        Path junk = write("junk.txt", "这不是一份年度报告。\n");
        assertEquals(2, run("import", junk.toString()).status());
        assertEquals(2, run("validate", junk.toString()).status());
    }

    @Test
    void generatedInvalidReportsProduceExactlyTheExpectedFindings() throws IOException {
        Path expected = dir.resolve("expected.jsonl");
        Run gen = run("generate", "--count", "60", "--seed", "9", "--invalid", "--expected", expected.toString());
        assertEquals(0, gen.status(), gen.err());
        Path reports = write("broken.jsonl", gen.out());
        List<String> actual = run("validate", "--format", "json", reports.toString()).out().lines().toList();
        List<String> wanted = Files.readAllLines(expected, StandardCharsets.UTF_8);
        assertEquals(62, actual.size());
        actual = actual.subList(1, actual.size());
        assertEquals(60, wanted.size());
        JsonMapper mapper = JsonMapper.builder().build();
        for (int i = 0; i < wanted.size(); i++) {
            JsonNode want = mapper.readTree(wanted.get(i));
            JsonNode got = mapper.readTree(actual.get(i));
            assertEquals(i + 1, want.get("line").asInt());
            assertEquals(summarise(want.get("findings"), true), summarise(got.get("findings"), false), want.get("mutation").asString());
        }
        assertEquals(2, run("generate", "--count", "1", "--expected", expected.toString()).status());
    }

    /** Rule, severity and the current year's pointers of each finding, sorted. */
    private static List<String> summarise(JsonNode findings, boolean expected) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) {
            TreeSet<String> cells = new TreeSet<>();
            for (JsonNode c : f.get("cells")) {
                if (expected) {
                    cells.add(c.asString());
                } else if ("THIS_YEAR".equals(c.get("period").asString())) {
                    cells.add(c.get("pointer").asString());
                }
            }
            out.add(f.get("ruleId").asString() + " " + f.get("severity").asString() + " " + cells);
        }
        out.sort(null);
        return out;
    }

    @Test
    void symbolicLinksAreNotFollowedUnlessAsked() throws IOException {
        Path outside = write("outside/secret.json", JSON.encode(clean(18)));
        Path inside = Files.createDirectories(dir.resolve("inside"));
        Files.createSymbolicLink(inside.resolve("link.json"), outside);
        Run r = run("validate", inside.toString());
        assertTrue(r.out().contains("共 0 份报告"), r.out());
        Run followed = run("validate", "--follow-links", inside.toString());
        assertTrue(followed.out().contains("共 1 份报告"), followed.out());
    }

    @Test
    void aSymbolicallyLinkedDirectoryIsNotEnteredUnlessAsked() throws IOException {
        write("outside/a.json", JSON.encode(clean(19)));
        write("outside/deeper/b.json", JSON.encode(clean(20)));
        Path inside = Files.createDirectories(dir.resolve("inside"));
        write("inside/own.json", JSON.encode(clean(21)));
        Files.createSymbolicLink(inside.resolve("linked"), dir.resolve("outside"));
        Run r = run("validate", inside.toString());
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("共 1 份报告"), r.out());
        assertFalse(r.out().contains("outside") || r.out().contains("linked"), r.out());
        Run followed = run("validate", "--follow-links", inside.toString());
        assertTrue(followed.out().contains("共 3 份报告"), followed.out());
    }

    @Test
    void aLinkLoopEndsTheWalkWithEveryFileReadOnce() throws IOException {
        Path inside = Files.createDirectories(dir.resolve("loop"));
        write("loop/sub/own.json", JSON.encode(clean(22)));
        Files.createSymbolicLink(inside.resolve("sub").resolve("back"), inside);
        Files.createSymbolicLink(inside.resolve("self"), inside.resolve("self"));
        Run r = run("validate", inside.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("共 1 份报告"), r.out());
        Run followed = run("validate", "--follow-links", inside.toString());
        assertTrue(followed.out().contains("own.json"), followed.out() + followed.err());
        assertEquals(1, followed.out().split("own.json", -1).length - 1, followed.out());
    }
}

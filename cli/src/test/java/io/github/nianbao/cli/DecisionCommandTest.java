package io.github.nianbao.cli;

import static io.github.nianbao.cli.NianbaoCommandTest.broken;
import static io.github.nianbao.cli.NianbaoCommandTest.clean;
import static io.github.nianbao.cli.NianbaoCommandTest.run;
import static io.github.nianbao.cli.OutputFormatsTest.checkedLines;
import static io.github.nianbao.cli.OutputFormatsTest.runLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.Catalogue;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.pack.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 16 §6 and §2 on the command line: the decision, the run's header, --all-results. */
class DecisionCommandTest {

    private static final ReportJson JSON = ReportJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path write(String name, AnnualReport r) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, JSON.encode(r), StandardCharsets.UTF_8);
        return p;
    }

    /** A clean report with one term left blank that held 0: every sum still holds, BLANK-CELL warns. */
    private static AnnualReport warned(long seed) {
        for (long s = seed; ; s += 1000) {
            AnnualReport r = clean(s);
            for (Applicant a : List.of(Applicant.RESEARCH_INSTITUTION, Applicant.LEGAL_SERVICE_AGENCY, Applicant.OTHER_ORGANIZATION)) {
                if (r.applications().cell(ApplicationRow.PUBLICATIONS, a).equals(Count.of(0))) {
                    return r.withApplications(r.applications().withCell(ApplicationRow.PUBLICATIONS, a, Count.BLANK));
                }
            }
        }
    }

    @Test
    void eachDecisionIsInTheTextTheJsonAndTheExitStatus() throws IOException {
        Path accept = write("accept.json", clean(61));
        Path warn = write("warn.json", warned(62));
        Path ret = write("return.json", broken(63));
        record Case(Path file, int status, String zh, String en, String json) { }
        for (Case c : List.of(new Case(accept, 0, "决定：接受", "decision: accept", "accept"),
                new Case(warn, 4, "决定：附警告接受", "decision: accept with warnings", "acceptWithWarnings"),
                new Case(ret, 1, "决定：退回", "decision: return", "return"))) {
            NianbaoCommandTest.Run zh = run("validate", c.file().toString());
            assertEquals(c.status(), zh.status(), zh.out());
            assertTrue(zh.out().lines().findFirst().orElseThrow().endsWith(" · " + c.zh()), zh.out());
            NianbaoCommandTest.Run en = run("validate", "--lang", "en", c.file().toString());
            assertTrue(en.out().lines().findFirst().orElseThrow().endsWith(" · " + c.en()), en.out());
            NianbaoCommandTest.Run json = run("validate", "--format", "json", c.file().toString());
            assertEquals(c.status(), json.status());
            List<JsonNode> lines = checkedLines(json.out());
            assertEquals(c.json(), lines.get(0).get("decision").asString());
            assertEquals(c.status(), lines.get(1).get("exitStatus").asInt());
        }
        // The run takes the worst: one returned report makes it 1, warnings alone 4.
        NianbaoCommandTest.Run all = run("validate", "--format", "json", accept.toString(), warn.toString(), ret.toString());
        assertEquals(1, all.status());
        JsonNode summary = checkedLines(all.out()).get(3);
        assertEquals(1, summary.get("accepted").asInt());
        assertEquals(1, summary.get("acceptedWithWarnings").asInt());
        assertEquals(1, summary.get("returned").asInt());
        // The reviewer's page says it per report and counts it in the summary.
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(run("validate", "--format", "html", "--lang", "en",
                accept.toString(), warn.toString(), ret.toString()).out());
        assertEquals(List.of("accept", "accept with warnings", "return"), page.select("section.report span.decision").eachText());
        assertEquals("Decisions: accept 1, accept with warnings 1, return 1.", page.select("p.decisions").text());
        assertEquals(4, run("validate", accept.toString(), warn.toString()).status());
        assertTrue(run("validate", accept.toString(), warn.toString()).out().contains("决定：接受 1，附警告接受 1，退回 0。"));
    }

    @Test
    void anImportWarningLeavesAtMostAcceptWithWarnings() {
        AnnualReport r = clean(68);
        io.github.nianbao.validation.ValidationResult result = io.github.nianbao.validation.ReportValidator.standard().validate(r);
        Judge judge = new Judge(io.github.nianbao.core.Severity.ERROR, Set.of(), null);
        for (io.github.nianbao.core.Severity s : io.github.nianbao.core.Severity.values()) {
            Problem note = new Problem("EDITION_HYBRID", s, null, 0, 0, null, "read through a quirk", null);
            Outcome o = judge.judge("r.txt", r, result, List.of(note));
            assertEquals(s == io.github.nianbao.core.Severity.INFO ? io.github.nianbao.validation.Decision.ACCEPT
                    : io.github.nianbao.validation.Decision.ACCEPT_WITH_WARNINGS, o.decision(), s.name());
            assertEquals(s == io.github.nianbao.core.Severity.ERROR ? Outcome.Verdict.INCOMPLETE : Outcome.Verdict.PASS, o.verdict(), s.name());
        }
    }

    @Test
    void theDecisionFollowsThePacksSeverities() throws IOException {
        Path warn = write("warn.json", warned(64));
        NianbaoCommandTest.Run raised = run("validate", "--format", "json", "--severity-of", "BLANK-CELL=error", warn.toString());
        assertEquals(1, raised.status());
        assertEquals("return", checkedLines(raised.out()).get(0).get("decision").asString());
        Path pack = dir.resolve("strict.json");
        Files.writeString(pack, "{\"packFormat\": 1, \"id\": \"strict\", \"version\": \"3\", \"severities\": {\"BLANK-CELL\": \"ERROR\"}}",
                StandardCharsets.UTF_8);
        NianbaoCommandTest.Run packed = run("validate", "--format", "json", "--rules", pack.toString(), warn.toString());
        assertEquals("return", checkedLines(packed.out()).get(0).get("decision").asString(), packed.out() + packed.err());
        // --fail-on moves the verdict, not the decision.
        NianbaoCommandTest.Run strict = run("validate", "--format", "json", "--fail-on", "warning", warn.toString());
        assertEquals(1, strict.status());
        JsonNode report = checkedLines(strict.out()).get(0);
        assertEquals("fail", report.get("verdict").asString());
        assertEquals("acceptWithWarnings", report.get("decision").asString());
    }

    @Test
    void theRunLineTracesTheDecisionToVersionsAndInputs() throws IOException, NoSuchAlgorithmException {
        AnnualReport r = broken(65);
        Path file = write("one.json", r);
        JsonNode run = runLine(run("validate", "--format", "json", file.toString()).out());
        assertEquals(buildVersion(), run.get("nianbao").asString());
        assertEquals(Catalogue.VERSION, run.get("catalogue").asString());
        assertEquals(RulePack.national().id(), run.get("rulePack").get("id").asString());
        assertEquals(RulePack.national().version(), run.get("rulePack").get("version").asString());
        assertFalse(run.get("rulePack").has("sha256"), "the built-in pack has no file");
        assertEquals("error", run.get("options").get("failOn").asString());

        Path pack = dir.resolve("province.json");
        Files.writeString(pack, "{\"packFormat\": 1, \"id\": \"province\", \"version\": \"2026.2\", \"severities\": {\"YEAR-CARRY\": \"ERROR\"}}",
                StandardCharsets.UTF_8);
        Path baseline = dir.resolve("accepted.txt");
        Files.writeString(baseline, "# nothing yet\n", StandardCharsets.UTF_8);
        String out = run("validate", "--format", "json", "--rules", pack.toString(), "--baseline", baseline.toString(),
                "--severity-of", "T3-LEDGER=warning", "--disable", "FEE-DISCLOSURE", "--lang", "en", file.toString()).out();
        JsonNode packed = runLine(out);
        assertEquals("province", packed.get("rulePack").get("id").asString());
        assertEquals("2026.2", packed.get("rulePack").get("version").asString());
        assertEquals(sha256(Files.readAllBytes(pack)), packed.get("rulePack").get("sha256").asString());
        assertEquals(sha256(Files.readAllBytes(baseline)), packed.get("options").get("baselineSha256").asString());
        assertEquals("warning", packed.get("options").get("severityOf").get("T3-LEDGER").asString());
        assertEquals("FEE-DISCLOSURE", packed.get("options").get("disable").get(0).asString());
        assertEquals("en", packed.get("options").get("lang").asString());

        // Each report names the SHA-256 of its bytes: the file's, or the line's for JSON Lines.
        assertEquals(sha256(Files.readAllBytes(file)), checkedLines(out).get(0).get("sha256").asString());
        String first = JSON.encode(clean(66));
        String second = JSON.encode(r);
        Path lines = dir.resolve("two.jsonl");
        Files.writeString(lines, first + "\r\n" + second + "\n", StandardCharsets.UTF_8);
        List<JsonNode> reports = checkedLines(run("validate", "--format", "json", lines.toString()).out());
        assertEquals(sha256(first.getBytes(StandardCharsets.UTF_8)), reports.get(0).get("sha256").asString());
        assertEquals(sha256(second.getBytes(StandardCharsets.UTF_8)), reports.get(1).get("sha256").asString());
    }

    @Test
    void allResultsListsEveryRelationInstanceOfTheEdition() throws IOException {
        AnnualReport r = broken(67);
        Path file = write("broken.json", r);
        JsonNode report = checkedLines(run("validate", "--format", "json", "--all-results", file.toString()).out()).get(0);
        JsonNode relations = report.get("relations");
        // Counted from the national pack's file, not from the validator's own count: the edition's
        // relations, less those over the previous year's report (there is none here).
        int instances = 0;
        for (JsonNode rel : MAPPER.readTree(RulePack.nationalJson()).get("relations")) {
            if (rel.get("edition").asString().equals(r.edition().name()) && !rel.toString().contains("previous:")) {
                instances++;
            }
        }
        assertEquals(instances, relations.size(), relations.toString());
        assertEquals(report.get("assessedRelations").asInt() + report.get("notAssessedRelations").asInt(), relations.size());
        // The broken relations are exactly the sum findings, by fingerprint; none is both held and broken.
        Set<String> broken = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (JsonNode rel : relations) {
            all.add(rel.get("fingerprint").asString());
            if (rel.get("status").asString().equals("BROKEN")) {
                broken.add(rel.get("fingerprint").asString());
                assertTrue(rel.get("imbalance").asLong() != 0 || !rel.get("ruleId").asString().startsWith("T3-LEDGER"), rel.toString());
            }
        }
        assertEquals(relations.size(), all.size(), "every instance has its own fingerprint");
        Set<String> errors = new HashSet<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("severity").asString().equals("ERROR")) {
                errors.add(f.get("fingerprint").asString());
            }
        }
        assertFalse(broken.isEmpty());
        assertEquals(errors, broken);
        // Without the option, no relations; the text output counts and lists them.
        assertFalse(checkedLines(run("validate", "--format", "json", file.toString()).out()).get(0).has("relations"));
        NianbaoCommandTest.Run text = run("validate", "--all-results", file.toString());
        assertTrue(text.out().contains("全部关系 " + instances + " 项：成立 " + (instances - broken.size()
                - report.get("notAssessedRelations").asInt()) + "，不成立 " + broken.size()), text.out());
        NianbaoCommandTest.Run csv = run("validate", "--all-results", "--format", "csv", file.toString());
        assertEquals(Nianbao.EXIT_USAGE, csv.status());
        assertTrue(csv.err().contains("--all-results"), csv.err());
    }

    private static String buildVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Nianbao.class.getResourceAsStream("version.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

package io.github.nianbao.cli;

import static io.github.nianbao.cli.NianbaoCommandTest.broken;
import static io.github.nianbao.cli.NianbaoCommandTest.clean;
import static io.github.nianbao.cli.NianbaoCommandTest.run;
import static io.github.nianbao.cli.NianbaoCommandTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.nianbao.cli.NianbaoCommandTest.Run;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** validate's output formats and options: the JSON shape against its schema, CSV, HTML, filters. */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OutputFormatsTest {

    private static final ReportJson JSON = ReportJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA;

    static {
        try {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(Path.of("../docs/cli-output.schema.json")), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static Path resource(Path dir, String name) throws IOException {
        Path p = dir.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = OutputFormatsTest.class.getResourceAsStream(name)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /**
     * Every line valid against the schema; the run line exactly once, first, then the report lines,
     * then the summary exactly once, last. Returns the report lines and the summary.
     */
    static List<JsonNode> checkedLines(String out) {
        List<String> lines = out.lines().toList();
        assertTrue(lines.size() >= 2, out);
        List<JsonNode> nodes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Error> errors = SCHEMA.validate(lines.get(i), InputFormat.JSON);
            assertEquals(List.of(), errors, lines.get(i));
            JsonNode node = MAPPER.readTree(lines.get(i));
            assertEquals(i == 0 ? "run" : i == lines.size() - 1 ? "summary" : "report", node.get("type").asString(), lines.get(i));
            if (i > 0) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** The run line of JSON output, checked with the rest. */
    static JsonNode runLine(String out) {
        checkedLines(out);
        return MAPPER.readTree(out.lines().findFirst().orElseThrow());
    }

    @Test
    void jsonIsOneShapeForASingleFileAMixedDirectoryAndStandardInput() throws IOException {
        Path single = write("one.json", JSON.encode(broken(31)));
        List<JsonNode> one = checkedLines(run("validate", "--format", "json", single.toString()).out());
        assertEquals(2, one.size());
        assertEquals("fail", one.get(0).get("verdict").asString());

        write("mixed/a.json", JSON.encode(clean(32)));
        write("mixed/b.jsonl", JSON.encode(clean(33)) + "\n{\"formatVersion\": 1,\n" + JSON.encode(broken(34)) + "\n");
        Path txt = dir.resolve("mixed/c.txt");
        Files.write(txt, SampleReports.Published.HONGZE_QU_2023.sourceBytes());
        write("mixed/d.json", "{\"formatVersion\": 1, ");
        Run mixed = run("validate", "--format", "json", dir.resolve("mixed").toString());
        List<JsonNode> nodes = checkedLines(mixed.out());
        assertEquals(7, nodes.size(), mixed.out());
        JsonNode summary = nodes.get(6);
        assertEquals(6, summary.get("reports").asInt());
        assertEquals(2, summary.get("unreadable").asInt());
        assertEquals(mixed.status(), summary.get("exitStatus").asInt());
        // A read problem has a code and a place, never the JSON parser's own words.
        JsonNode problem = nodes.get(2).get("problems").get(0);
        assertEquals("MALFORMED_JSON", problem.get("code").asString(), nodes.get(2).toString());
        assertEquals(2, problem.get("line").asInt(), "the stream's line, not the line's");
        assertTrue(problem.has("column"));
        assertFalse(mixed.out().contains("JsonToken") || mixed.out().contains("(code "), mixed.out());

        Run stdin = runWithInput(JSON.encode(clean(35)) + "\n" + JSON.encode(broken(36)) + "\n", "validate", "--format", "json", "-");
        assertEquals(3, checkedLines(stdin.out()).size());
        Run pretty = runWithInput(JSON.toBuilder().prettyPrint(true).build().encode(clean(37)), "validate", "--format", "json", "-");
        assertEquals(2, checkedLines(pretty.out()).size());
    }

    @Test
    void jsonEscapesScriptEndTagsAndLineSeparators() throws IOException {
        AnnualReport r = clean(38);
        r = r.withMetadata(ReportMetadata.builder().from(r.metadata()).agency("</script><b>&\u2028x").build());
        Path f = write("script.json", JSON.encode(r));
        String out = run("validate", "--format", "json", f.toString()).out();
        assertFalse(out.contains("</script>") || out.contains("<") || out.contains("\u2028"), out);
        assertTrue(out.contains("\\u003C/script\\u003E"), out);
        assertEquals("</script><b>&\u2028x", checkedLines(out).get(0).get("agency").asString());
    }

    @Test
    void csvHasOneRowPerFindingAndOpensInASpreadsheet() throws IOException {
        AnnualReport r = broken(39);
        r = r.withMetadata(ReportMetadata.builder().from(r.metadata()).agency("=HYPERLINK(\"x\"),机关\n第二行").build());
        Path f = write("bad.json", JSON.encode(r));
        Path ok = write("ok.json", JSON.encode(clean(40)));
        Path out = dir.resolve("out.csv");
        Run run = run("validate", "--format", "csv", "-o", out.toString(), f.toString(), ok.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out(), "-o: nothing on standard output");
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark");
        List<List<String>> rows = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(CsvRenderer.COLUMNS, rows.get(0));
        int findings = ReportValidatorHolder.findings(r);
        assertEquals(1 + findings, rows.size(), rows.toString());
        List<String> row = rows.get(1);
        assertEquals(f.toString(), row.get(0));
        assertEquals("'=HYPERLINK(\"x\"),机关\n第二行", row.get(1), "a formula is defused, commas and newlines quoted");
        assertEquals(Integer.toString(r.reportYear()), row.get(2));
        assertEquals("fail", row.get(3));
        assertEquals("return", row.get(4));
        assertEquals("T3-LEDGER", row.get(5));
        assertEquals("ERROR", row.get(6));
        assertTrue(row.get(7).startsWith("/applications/"), row.toString());
        assertFalse(row.get(9).isEmpty() || row.get(10).isEmpty() || row.get(11).isEmpty(), row.toString());
        // The fingerprint is a line a --baseline file takes: with it, that finding is gone.
        assertTrue(row.get(12).startsWith("T3-LEDGER("), row.toString());
        Path baseline = write("accepted.txt", rows.stream().skip(1).filter(x -> x.get(0).equals(f.toString()))
                .map(x -> x.get(12)).collect(java.util.stream.Collectors.joining("\n")) + "\n");
        Run accepted = run("validate", "--format", "csv", "--baseline", baseline.toString(), f.toString());
        assertEquals(1, Csv.parse(accepted.out().substring(1)).size(), "only the header row is left: " + accepted.out());
    }

    /** The findings the standard validator gives. */
    static final class ReportValidatorHolder {
        static int findings(AnnualReport r) {
            return io.github.nianbao.validation.ReportValidator.standard().validate(r).findings().size();
        }
    }

    @Test
    void htmlIsOneSelfContainedPageWithTheSummaryFirst() throws IOException {
        AnnualReport r = broken(41);
        r = r.withMetadata(ReportMetadata.builder().from(r.metadata()).agency("<script>alert(1)</script>机关").build());
        Path f = write("bad.json", JSON.encode(r));
        Path ok = write("ok.json", JSON.encode(clean(42)));
        Path txt = dir.resolve("hongze.txt");
        Files.write(txt, SampleReports.Published.HONGZE_QU_2023.sourceBytes());
        Path out = dir.resolve("report.html");
        Run run = run("validate", "--format", "html", "-o", out.toString(), f.toString(), ok.toString(), txt.toString());
        assertEquals(1, run.status(), run.err());
        Document page = Jsoup.parse(out.toFile(), "UTF-8");
        assertTrue(page.select("script, link, img, iframe, object").isEmpty(), "no script, no external resource");
        assertTrue(page.select("[onerror], [onload], [src], [href]").isEmpty());
        List<Element> sections = page.select("section");
        assertEquals("summary", sections.get(0).className(), "the summary comes first");
        assertEquals(4, sections.size());
        assertTrue(sections.get(0).text().contains("T3-LEDGER"), "counts per rule");
        assertTrue(sections.get(0).select("td.fail").first().nextElementSibling().text().equals("2"), sections.get(0).html());
        Element bad = sections.get(1);
        assertTrue(bad.select("h2").text().startsWith("<script>alert(1)</script>机关"), "escaped, shown as text");
        assertEquals("不通过", bad.select("h2 .verdict").text());
        assertTrue(bad.select("h3").text().contains("三、收到和处理政府信息公开申请情况"), "findings grouped by table");
        assertTrue(bad.select("table.findings tr.error").size() >= 1);
        assertTrue(page.select("style").html().contains("@media print"), "print styles");
        assertTrue(sections.get(2).select("p").text().contains("未发现问题"));
    }

    @Test
    void onlyFailedSummaryAndQuiet() throws IOException {
        Path bad = write("bad.json", JSON.encode(broken(43)));
        Path ok = write("ok.json", JSON.encode(clean(44)));
        Run onlyFailed = run("validate", "--only-failed", bad.toString(), ok.toString());
        assertTrue(onlyFailed.out().contains("bad.json") && !onlyFailed.out().contains("ok.json"), onlyFailed.out());
        assertTrue(onlyFailed.out().contains("共 2 份报告：通过 1，不通过 1"), "the summary counts all: " + onlyFailed.out());
        Run summary = run("validate", "--summary", bad.toString(), ok.toString());
        assertTrue(summary.out().startsWith("共 2 份报告"), summary.out());
        Run jsonSummary = run("validate", "--summary", "--format", "json", bad.toString(), ok.toString());
        assertEquals(1, checkedLines(jsonSummary.out()).size());
        Run quiet = run("validate", "--quiet", bad.toString(), ok.toString());
        assertEquals(1, quiet.status());
        assertEquals("", quiet.out());
        assertEquals(0, run("validate", "-q", ok.toString()).status());
    }

    @Test
    void ruleAndSeverityFiltersAndTheBuildersOptions() throws IOException {
        AnnualReport r = broken(45);
        AnnualReport both = r.withApplications(r.applications()
                .withCell(ApplicationRow.PUBLICATIONS, Applicant.RESEARCH_INSTITUTION, Count.BLANK));
        Path f = write("both.json", JSON.encode(both));
        List<JsonNode> all = checkedLines(run("validate", "--format", "json", f.toString()).out());
        assertTrue(all.get(0).get("findings").toString().contains("BLANK-CELL"));
        List<JsonNode> onlyBlank = checkedLines(run("validate", "--format", "json", "--rule", "BLANK-CELL", f.toString()).out());
        for (JsonNode finding : onlyBlank.get(0).get("findings")) {
            assertEquals("BLANK-CELL", finding.get("ruleId").asString());
        }
        assertEquals("pass", onlyBlank.get(0).get("verdict").asString(), "the verdict follows the findings kept");
        assertEquals("acceptWithWarnings", onlyBlank.get(0).get("decision").asString(), "so does the decision");
        assertEquals("return", all.get(0).get("decision").asString());
        List<JsonNode> errors = checkedLines(run("validate", "--format", "json", "--severity", "error", f.toString()).out());
        for (JsonNode finding : errors.get(0).get("findings")) {
            assertEquals("ERROR", finding.get("severity").asString());
        }
        Run disabled = run("validate", "--disable", "T3-LEDGER", "--disable", "T3-OUTCOMES,T3-ROW-TOTAL", f.toString());
        assertEquals(4, disabled.status(), "the blank cell is left: accepted with warnings " + disabled.out());
        assertFalse(disabled.out().contains("T3-LEDGER"), disabled.out());
        Run lowered = run("validate", "--severity-of", "T3-LEDGER=warning", "--severity-of", "T3-OUTCOMES=info",
                "--severity-of", "T3-ROW-TOTAL=info", f.toString());
        assertEquals(4, lowered.status(), lowered.out());
        assertTrue(lowered.out().lines().anyMatch(l -> l.matches("  T3-LEDGER +警告 .*")), lowered.out());
        Run unknown = run("validate", "--disable", "NO-SUCH-RULE", f.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("没有规则 NO-SUCH-RULE"), unknown.err());
        assertEquals(2, run("validate", "--rule", "NOPE", f.toString()).status());
        assertEquals(2, run("validate", "--severity-of", "T3-LEDGER=fatal", f.toString()).status());
    }

    @Test
    void everyCommandWritesToOutputFile() throws IOException {
        Path rules = dir.resolve("rules.txt");
        assertEquals(0, run("rules", "-o", rules.toString()).status());
        assertTrue(Files.readString(rules).contains("T3-LEDGER"));
        if (rules.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertTrue(Files.getPosixFilePermissions(rules).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                    "a new file is readable as files usually are, not private like its temporary file");
        }
        Path explain = dir.resolve("explain.txt");
        assertEquals(0, run("explain", "T3-LEDGER", "-o", explain.toString()).status());
        assertTrue(Files.readString(explain).startsWith("T3-LEDGER\n"));
        Path generated = dir.resolve("gen.jsonl");
        Run gen = run("generate", "--count", "5", "-o", generated.toString());
        assertEquals(0, gen.status(), gen.err());
        assertEquals("", gen.out());
        assertEquals(5, Files.readAllLines(generated).size());
        Path validated = dir.resolve("out.txt");
        int status = run("validate", "-o", validated.toString(), generated.toString()).status();
        assertTrue(status == 0 || status == 4, "valid reports, accepted (some with warnings): " + status);
        assertTrue(Files.readString(validated).contains("共 5 份报告"));
        Path converted = dir.resolve("one.json");
        Path single = write("single.jsonl", Files.readAllLines(generated).get(0) + "\n");
        assertEquals(0, run("convert", "--to", "json", "-o", converted.toString(), single.toString()).status());
        assertTrue(JSON.decode(Files.readString(converted)).isSuccess());
        Path txt = dir.resolve("hongze.txt");
        Files.write(txt, SampleReports.Published.HONGZE_QU_2023.sourceBytes());
        Path imported = dir.resolve("hongze.json");
        assertEquals(0, run("import", "-o", imported.toString(), txt.toString()).status());
        assertTrue(JSON.decode(Files.readString(imported)).isSuccess());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }

    @Test
    void rulesListsEveryRuleOnceInBothLanguages() {
        for (String lang : List.of("zh", "en")) {
            Run r = run("rules", "--lang", lang);
            assertEquals(0, r.status(), r.err());
            for (io.github.nianbao.validation.StandardRule s : io.github.nianbao.validation.StandardRule.values()) {
                long lines = r.out().lines().filter(l -> l.startsWith("  " + s.id() + " ")).count();
                assertEquals(1, lines, s.id() + " once in\n" + r.out());
                assertTrue(r.out().contains(s.description(Language.valueOf(lang).locale())), s.id());
            }
        }
        String text = run("rules").out();
        String ledger = text.lines().filter(l -> l.startsWith("  T3-LEDGER ")).findFirst().orElseThrow();
        // Table 三 has seven columns in either edition; the ledger is checked once per column.
        assertTrue(ledger.matches("  T3-LEDGER +错误 +7 +7 .*"), ledger);
        assertTrue(text.lines().anyMatch(l -> l.matches("  T2-2019-ITEMS +错误 +\\d+ +0 .*")), "a V2019-only rule has no V2021 instance:\n" + text);
        assertTrue(text.lines().anyMatch(l -> l.matches("  PREVIOUS-MISMATCH +错误 +- +- .*")), text);
    }

    private static final RunHeader RUN = new RunHeader("test", io.github.nianbao.core.catalogue.Catalogue.VERSION, "national",
            "2021.1", null, "error", "en", List.of(), java.util.Map.of(), List.of(), null, null, false, false);

    @Test
    void aPassWithRelationsNotAssessedSaysHowMany() {
        // A result with relations not assessed but no unknown cell (the validator's own count):
        // still a pass, and the verdict says how many were not assessed.
        AnnualReport r = clean(46);
        io.github.nianbao.validation.ValidationResult result = new io.github.nianbao.validation.ValidationResult(List.of(), 40, 3, 0);
        Outcome o = new Judge(io.github.nianbao.core.Severity.ERROR, java.util.Set.of(), null).judge("r.json", r, result, List.of());
        assertEquals(Outcome.Verdict.PASS, o.verdict());
        Utf8Builder zh = new Utf8Builder(64);
        new TextRenderer(Language.zh, io.github.nianbao.core.Severity.ERROR).render(o, zh);
        assertTrue(new String(zh.toByteArray(), StandardCharsets.UTF_8).startsWith("通过，3 项关系未评估 · "));
        Utf8Builder en = new Utf8Builder(64);
        new TextRenderer(Language.en, io.github.nianbao.core.Severity.ERROR).render(o, en);
        assertTrue(new String(en.toByteArray(), StandardCharsets.UTF_8).startsWith("pass, 3 relations not assessed · "));
        JsonRenderer renderer = new JsonRenderer(Language.en, RUN);
        String json = new String(renderer.head(null), StandardCharsets.UTF_8) + new String(renderer.render(o), StandardCharsets.UTF_8);
        JsonNode node = checkedLines(json + new String(renderer.tail(new Tally()), StandardCharsets.UTF_8)).get(0);
        assertEquals("pass", node.get("verdict").asString());
        assertEquals(3, node.get("notAssessedRelations").asInt());
        assertEquals(40, node.get("assessedRelations").asInt());
    }

    @Test
    void theRootCommandsHelpInBothLanguages() {
        assertTrue(run("--help").out().contains("检查《政府信息公开工作年度报告》"));
        assertTrue(run("--lang", "en", "--help").out().contains("Checks 政府信息公开工作年度报告"));
        assertTrue(run("--lang", "en", "validate").out().contains("Reports: 1 (pass: 1"), "the root's --lang reaches the command");
        assertTrue(run("validate").out().contains("共 1 份报告"));
    }

    /** A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks; CRLF rows. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    if (field.length() > 0) {
                        throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
                    }
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    wasQuoted = false;
                    i++;
                } else if (c == '\n' || c == '\r') {
                    throw new IllegalArgumentException("a bare line break outside quotes at " + i);
                } else {
                    if (wasQuoted) {
                        throw new IllegalArgumentException("text after a closing quote at " + i);
                    }
                    field.append(c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("an unclosed quote");
            }
            if (field.length() > 0 || !row.isEmpty()) {
                throw new IllegalArgumentException("the last row does not end with CRLF");
            }
            return rows;
        }
    }
}

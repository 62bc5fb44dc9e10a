package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.cell.Count;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DecodingTest {

    private static final ReportJson STRICT = ReportJson.create();

    @Test
    void everyProblemOfADocumentIsCollected() {
        String d = Fixtures.prettyDocument(Edition.V2021, Edition.V2021);
        d = Docs.replace(d, "\"naturalPerson\": 100011", "\"naturalPerson\": 1.5");
        d = Docs.replace(d, "\"agency\": \"测试县人民政府\"", "\"agency\": null");
        d = Docs.replace(d, "\"total\": 100017", "\"total\": \"x\"");
        d = Docs.replace(d, "\"formatVersion\": 1,", "\"formatVersion\": 1, \"extra\": 0,");
        DecodeResult r = STRICT.decode(d);
        assertEquals(List.of(ProblemCode.UNKNOWN_PROPERTY, ProblemCode.WRONG_TYPE, ProblemCode.FRACTIONAL_COUNT,
                ProblemCode.INVALID_CELL_TEXT), r.problems().stream().map(JsonProblem::code).toList(), r::toString);
        assertFalse(r.isTruncated());
        ReportJsonException e = assertThrows(ReportJsonException.class, r::orElseThrow);
        assertEquals(4, e.problems().size());
        assertTrue(e.getMessage().contains("/metadata/agency"), e.getMessage());
    }

    @Test
    void collectingStopsAtTheProblemLimit() {
        String d = Fixtures.prettyDocument(Edition.V2021, Edition.V2021);
        for (int i = 100011; i <= 100017; i++) {
            d = Docs.replace(d, ": " + i + (i < 100017 ? "," : ""), ": 0.5" + (i < 100017 ? "," : ""));
        }
        DecodeResult all = STRICT.decode(d);
        assertEquals(7, all.errors().size());
        DecodeResult some = ReportJson.builder().maxProblems(3).build().decode(d);
        assertEquals(3, some.problems().size());
        assertTrue(some.isTruncated());
        assertFalse(some.isSuccess());
    }

    @Test
    void lenientModeSkipsUnknownPropertiesWithWarnings() {
        AnnualReport report = Fixtures.distinct(Edition.V2021, Edition.V2021);
        String d = Fixtures.PRETTY.encode(report);
        d = Docs.replace(d, "\"formatVersion\": 1,", "\"formatVersion\": 1, \"producer\": {\"name\": \"x\", \"v\": [1, {}]},");
        d = Docs.replace(d, "\"naturalPerson\": 100011,", "\"naturalPerson\": 100011, \"legalPersons\": 7,");
        assertFalse(STRICT.decode(d).isSuccess());
        DecodeResult r = ReportJson.builder().lenient(true).build().decode(d);
        assertTrue(r.isSuccess(), r::toString);
        assertEquals(report, r.report().orElseThrow());
        assertEquals(2, r.warnings().size());
        assertTrue(r.errors().isEmpty());
        assertEquals(Severity.WARNING, r.problems().get(0).severity());
    }

    @Test
    void negativeCountsAndBrokenSumsDecode() {
        AnnualReport report = Fixtures.distinct(Edition.V2019, Edition.V2019);
        report = report.withApplications(report.applications()
                .withCell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON, Count.of(-5))
                .withCell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL, Count.of(Long.MIN_VALUE)));
        String s = STRICT.encode(report);
        assertEquals(report, STRICT.decode(s).orElseThrow());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        AnnualReport report = Fixtures.distinct(Edition.V2021, Edition.V2019);
        byte[] body = STRICT.encodeToBytes(report);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(report, STRICT.decode(withBom).orElseThrow());
    }

    @Test
    void gbkIsNamedInTheMessage() {
        byte[] gbk = STRICT.encode(Fixtures.distinct(Edition.V2021, Edition.V2021)).getBytes(java.nio.charset.Charset.forName("GBK"));
        JsonProblem p = STRICT.decode(gbk).problems().get(0);
        assertEquals(ProblemCode.ENCODING_NOT_UTF8, p.code());
        assertTrue(p.message().contains("GBK") && p.message().contains("UTF-8"), p.message());
        assertTrue(p.message(java.util.Locale.ENGLISH).contains("not UTF-8"), p.message(java.util.Locale.ENGLISH));
        JsonProblem utf16 = STRICT.decode("{}".getBytes(StandardCharsets.UTF_16LE)).problems().get(0);
        assertTrue(utf16.message().contains("UTF-16LE"), utf16.message());
    }

    @Test
    void hybridFormIsWrittenOnlyForHybrids() {
        assertTrue(STRICT.encode(Fixtures.distinct(Edition.V2021, Edition.V2019)).contains("\"applicationsForm\":\"V2019\""));
        assertFalse(STRICT.encode(Fixtures.distinct(Edition.V2021, Edition.V2021)).contains("applicationsForm"));
        assertFalse(STRICT.encode(Fixtures.distinct(Edition.V2019, Edition.V2019)).contains("applicationsForm"));
        AnnualReport hybrid = STRICT.decode(STRICT.encode(Fixtures.distinct(Edition.V2021, Edition.V2019))).orElseThrow();
        assertTrue(hybrid.isHybrid());
        assertEquals(Edition.V2019, hybrid.applications().edition());
    }

    @Test
    void aRedundantTableFormIsAccepted() {
        AnnualReport report = Fixtures.distinct(Edition.V2021, Edition.V2021);
        String d = STRICT.encode(report).replace("\"applications\":", "\"applicationsForm\":\"V2021\",\"applications\":");
        assertEquals(report, STRICT.decode(d).orElseThrow());
    }

    @Test
    void membersMayComeInAnyOrder() {
        JsonMapper mapper = JsonMapper.builder().build();
        Random random = new Random(7);
        for (Edition edition : Edition.values()) {
            AnnualReport report = Fixtures.distinct(edition, edition);
            JsonNode tree = mapper.readTree(STRICT.encode(report));
            for (int i = 0; i < 20; i++) {
                String shuffled = mapper.writeValueAsString(shuffle((ObjectNode) tree, mapper, random));
                assertEquals(report, STRICT.decode(shuffled).orElseThrow());
            }
        }
    }

    private static ObjectNode shuffle(ObjectNode node, JsonMapper mapper, Random random) {
        List<String> names = new ArrayList<>(node.propertyNames());
        Collections.shuffle(names, random);
        ObjectNode out = mapper.createObjectNode();
        for (String name : names) {
            JsonNode child = node.get(name);
            out.set(name, child.isObject() ? shuffle((ObjectNode) child, mapper, random) : child);
        }
        return out;
    }

    @Test
    void blankIsNullAndNeverZero() {
        AnnualReport report = AnnualReport.builder()
                .metadata(io.github.nianbao.core.ReportMetadata.of("某局", 2021, Edition.V2021)).build();
        String s = STRICT.encode(report);
        assertTrue(s.contains("\"naturalPerson\":null"), s);
        AnnualReport back = STRICT.decode(s).orElseThrow();
        assertTrue(back.applications().newlyReceived().naturalPerson().isBlank());
        assertEquals(report, back);
    }

    @Test
    void compactOutputIsDeterministic() {
        AnnualReport report = Fixtures.distinct(Edition.V2021, Edition.V2019);
        String a = STRICT.encode(report);
        String b = ReportJson.create().encode(STRICT.decode(a).orElseThrow());
        assertEquals(a, b);
        assertFalse(a.contains("\n"));
        assertFalse(a.contains("\\/"), "slashes are not escaped");
        assertTrue(a.startsWith("{\"formatVersion\":1,\"metadata\":{\"agency\":"), a.substring(0, 60));
    }
}

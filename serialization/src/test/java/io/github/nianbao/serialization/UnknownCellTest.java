package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Unknown cells in JSON: their form, the format version they need, and the round trip. */
class UnknownCellTest {

    private static final ReportJson JSON = ReportJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static boolean hasUnknownCell(AnnualReport r) {
        return TableShape.tables().stream().map(r::table).flatMap(t -> t.cells().stream()).anyMatch(Cell::isUnknown);
    }

    static AnnualReport withUnknownCells() {
        AnnualReport r = Fixtures.distinct(Edition.V2021, Edition.V2021);
        return r.withApplications(r.applications()
                        .withCell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON, Count.unknown("GLUED_AMBIGUOUS"))
                        .withCell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL, Count.UNKNOWN))
                .withProactiveDisclosure(r.proactiveDisclosure()
                        .withCell(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Amount.unknown("CELL_UNREADABLE")));
    }

    @Test
    void anUnknownCellIsAnObjectWithItsReason() {
        String s = JSON.encode(withUnknownCells());
        assertTrue(s.startsWith("{\"formatVersion\":2,"), s.substring(0, 30));
        assertTrue(s.contains("\"naturalPerson\":{\"unknown\":true,\"reason\":\"GLUED_AMBIGUOUS\"}"), s);
        assertTrue(s.contains("\"total\":{\"unknown\":true}"), s);
        assertTrue(s.contains("\"feeAmount\":{\"unknown\":true,\"reason\":\"CELL_UNREADABLE\"}"), s);
        assertEquals(withUnknownCells(), JSON.decode(s).orElseThrow());
        assertEquals(withUnknownCells(), JSON.decode(s.getBytes(StandardCharsets.UTF_8)).orElseThrow());
        assertEquals(List.of(), SchemaTest.validate(s));
        // The same through a mapper with the module, inside another value.
        JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
        List<AnnualReport> both = List.of(withUnknownCells(), Fixtures.distinct(Edition.V2019, Edition.V2019));
        String array = mapper.writeValueAsString(both);
        assertTrue(array.startsWith("[" + s + ","), array.substring(0, 40));
        assertEquals(both, mapper.readValue(array, new tools.jackson.core.type.TypeReference<List<AnnualReport>>() { }));
        tools.jackson.databind.DatabindException e = org.junit.jupiter.api.Assertions.assertThrows(tools.jackson.databind.DatabindException.class,
                () -> mapper.readValue(s.replaceFirst("\"formatVersion\":2", "\"formatVersion\":1"), AnnualReport.class));
        assertTrue(((ReportJsonException) e.getCause()).problems().stream().allMatch(p -> p.code() == ProblemCode.FORMAT_VERSION_TOO_LOW));
    }

    @Test
    void theFormatVersionIsTheLowestThatHoldsTheReport() {
        int[] seen = new int[3];
        qt().withExamples(200).forAll(ReportGen.reports()).checkAssert(r -> {
            String s = JSON.encode(r);
            int version = MAPPER.readTree(s).get("formatVersion").asInt();
            assertEquals(hasUnknownCell(r) ? 2 : 1, version);
            seen[version]++;
            // A version-2 document without an unknown cell is read as well (it is just not canonical).
            if (version == 1) {
                String v2 = s.replaceFirst("\"formatVersion\":1", "\"formatVersion\":2");
                assertEquals(r, JSON.decode(v2).orElseThrow());
            } else {
                // The same document declaring version 1: one problem per unknown cell, at the cell.
                String v1 = s.replaceFirst("\"formatVersion\":2", "\"formatVersion\":1");
                DecodeResult d = ReportJson.builder().maxProblems(1000).build().decode(v1);
                long unknown = TableShape.tables().stream().map(r::table).flatMap(t -> t.cells().stream()).filter(Cell::isUnknown).count();
                assertEquals(unknown, d.problems().size(), d::toString);
                assertTrue(d.problems().stream().allMatch(p -> p.code() == ProblemCode.FORMAT_VERSION_TOO_LOW && p.line() == 1), d::toString);
            }
        });
        assertTrue(seen[1] > 20 && seen[2] > 20, seen[1] + " version-1 and " + seen[2] + " version-2 documents");
    }

    @Test
    void theGeneratorGivesUnknownCellsOfBothKindsWithAndWithoutReasons() {
        boolean[] found = new boolean[4];
        // A statement about the generator's distribution, so a fixed seed: amount cells are few and an
        // unknown amount without a reason comes out in about one report in 45 (134 of 6,000), which made the
        // test fail on some random seeds (CI run of 2026-12-02).
        qt().withFixedSeed(20261202L).withExamples(600).forAll(ReportGen.reports()).checkAssert(r -> {
            for (Section s : TableShape.tables()) {
                Table t = r.table(s);
                for (Cell c : t.cells()) {
                    if (c.isUnknown()) {
                        found[(c instanceof Amount ? 2 : 0) + (c.unknownReason().isPresent() ? 1 : 0)] = true;
                    }
                }
            }
        });
        assertTrue(found[0] && found[1] && found[2] && found[3], java.util.Arrays.toString(found));
    }

    @Test
    void jsonLinesCarryUnknownCells() {
        List<AnnualReport> reports = List.of(withUnknownCells(), Fixtures.distinct(Edition.V2019, Edition.V2019), withUnknownCells());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = JSON.linesWriter(out)) {
            reports.forEach(w::write);
        }
        try (Stream<DecodedLine> lines = JSON.decodeLines(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(reports, lines.map(l -> l.result().orElseThrow()).toList());
        }
        String[] text = out.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(text[0].startsWith("{\"formatVersion\":2,") && text[1].startsWith("{\"formatVersion\":1,"));
    }

    @Test
    void theReaderAndCoreAgreeOnWhatAReasonIs() {
        Random random = new Random(5);
        String alphabet = "AZaz09_-.:/ 中\u0000\t\"\\é";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(70); sb.length() < n; ) {
                sb.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('A' + random.nextInt(26)));
            }
            String reason = sb.toString();
            boolean core;
            try {
                Count.unknown(reason);
                core = true;
            } catch (IllegalArgumentException e) {
                core = false;
            }
            assertEquals(core, ReportReader.REASON.matcher(reason).matches(), reason);
        }
    }

    @Test
    void reasonsAreWrittenAsTheyAreAndNeedNoEscape() {
        AnnualReport r = withUnknownCells();
        r = r.withApplications(r.applications().withCell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON,
                Count.unknown("a.b-c_" + "9".repeat(58))));
        String s = JSON.encode(r);
        assertTrue(s.contains("\"reason\":\"a.b-c_" + "9".repeat(58) + "\""));
        assertEquals(r, JSON.decode(s).orElseThrow());
        assertFalse(JSON.decode(s.replace("a.b-c_", "a.b/c_")).isSuccess());
    }
}

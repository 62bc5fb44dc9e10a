package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.CellState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static final ReportJson COMPACT = ReportJson.create();
    private static final ReportJson PRETTY = ReportJson.builder().prettyPrint(true).build();

    @Test
    void decodeOfEncodeIsTheReport() {
        qt().withExamples(300).forAll(ReportGen.reports()).checkAssert(r -> {
            for (ReportJson json : new ReportJson[] {COMPACT, PRETTY}) {
                String s = json.encode(r);
                DecodeResult d = json.decode(s);
                assertTrue(d.isSuccess(), d::toString);
                assertTrue(d.problems().isEmpty(), d::toString);
                assertEquals(r, d.report().orElseThrow());
                assertEquals(r.isHybrid(), d.report().orElseThrow().isHybrid());
            }
        });
    }

    @Test
    void encodeOfDecodeIsTheCanonicalText() {
        qt().withExamples(300).forAll(ReportGen.reports()).checkAssert(r -> {
            for (ReportJson json : new ReportJson[] {COMPACT, PRETTY}) {
                String s = json.encode(r);
                assertEquals(s, json.encode(json.decode(s).orElseThrow()));
                byte[] bytes = json.encodeToBytes(r);
                assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), bytes);
                assertEquals(s, json.encode(json.decode(bytes).orElseThrow()));
            }
        });
    }

    @Test
    void bytesAndTextAgreeOnEscapesAndCharactersOutsideTheBmp() {
        // The byte paths use Jackson's UTF-8 generator, the text path its Writer generator.
        AnnualReport r = Fixtures.distinct(Edition.V2021, Edition.V2021)
                .withOverview(Narrative.of("引号\"、反斜杠\\、制表\t、控制\u0001、行分隔\u2028、斜杠/、𠀀😀 与 é"));
        for (ReportJson json : new ReportJson[] {COMPACT, PRETTY}) {
            byte[] expected = json.encode(r).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, json.encodeToBytes(r));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.encode(r, out);
            assertArrayEquals(expected, out.toByteArray());
        }
    }

    @Test
    void textIsQuotedAsJacksonQuotesIt() {
        qt().withExamples(2000).forAll((org.quicktheories.core.Gen<String>) in -> ReportGen.text(in, 60))
                .checkAssert(t -> {
                    java.io.StringWriter out = new java.io.StringWriter();
                    try (tools.jackson.core.JsonGenerator g = tools.jackson.core.json.JsonFactory.builder().build()
                            .createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
                        g.writeString(t);
                    }
                    assertEquals(out.toString(), ReportWriter.quoted(t));
                });
        assertEquals("\"\\u0000\\u001F\u007f\u2028\\b\\f\"", ReportWriter.quoted("\u0000\u001f\u007f\u2028\b\f"));
    }

    @Test
    void everyWriterWritesALoneSurrogateAsItsEscape() {
        String[] texts = {"a\ud800b", "a\udc00b", "x\udc00\ud800y", "末尾\ud800", "\udbff", "😀\ud83d😀\ude00", "\ud800\ud800\udc00"};
        for (String t : texts) {
            AnnualReport r = Fixtures.distinct(Edition.V2019, Edition.V2019).withOverview(Narrative.of(t))
                    .withMetadata(Fixtures.distinct(Edition.V2019, Edition.V2019).metadata().withAgency("县" + t));
            for (ReportJson json : new ReportJson[] {COMPACT, PRETTY}) {
                String text = json.encode(r);
                assertEquals(-1, ReportWriter.loneSurrogateAt(text), t);
                assertTrue(text.matches("(?s).*\\\\u(D[89AB]|D[C-F])[0-9A-F]{2}.*"), text.substring(0, 80));
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(bytes, json.encodeToBytes(r), t);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                json.encode(r, out);
                assertArrayEquals(bytes, out.toByteArray(), t);
                java.io.StringWriter writer = new java.io.StringWriter();
                json.encode(r, writer);
                assertEquals(text, writer.toString());
                assertEquals(r, json.decode(text).orElseThrow());
                assertEquals(r, json.decode(bytes).orElseThrow());
            }
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            try (JsonLinesWriter w = COMPACT.linesWriter(lines)) {
                w.write(r);
            }
            assertArrayEquals((COMPACT.encode(r) + "\n").getBytes(StandardCharsets.UTF_8), lines.toByteArray(), t);
            try (java.util.stream.Stream<DecodedLine> back = COMPACT.decodeLines(new ByteArrayInputStream(lines.toByteArray()))) {
                assertEquals(List.of(r), back.map(l -> l.result().orElseThrow()).toList());
            }
        }
    }

    @Test
    void aLoneSurrogateSurvivesTheBytePath() {
        // Not UTF-8-encodable, so it is written as an escape rather than replaced by '?'.
        AnnualReport r = Fixtures.distinct(Edition.V2019, Edition.V2019).withOverview(Narrative.of("a\ud800b"));
        assertEquals(r, COMPACT.decode(COMPACT.encodeToBytes(r)).orElseThrow());
    }

    @Test
    void streamsAndReadersGiveTheSameResult() {
        qt().withExamples(50).forAll(ReportGen.reports()).checkAssert(r -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            COMPACT.encode(r, out);
            assertEquals(COMPACT.encode(r), out.toString(StandardCharsets.UTF_8));
            assertEquals(r, COMPACT.decode(new ByteArrayInputStream(out.toByteArray())).orElseThrow());
            assertEquals(r, COMPACT.decode(new StringReader(COMPACT.encode(r))).orElseThrow());
        });
    }

    @Test
    void theGeneratorCoversEditionsHybridsAndAllCellStates() {
        Set<Edition> editions = EnumSet.noneOf(Edition.class);
        Set<CellState> states = EnumSet.noneOf(CellState.class);
        Set<CellState> amountStates = EnumSet.noneOf(CellState.class);
        boolean[] hybrid = {false};
        int[] bigScale = {0};
        qt().withExamples(200).forAll(ReportGen.reports()).checkAssert(r -> {
            editions.add(r.edition());
            hybrid[0] |= r.isHybrid();
            r.applications().cells().forEach(c -> states.add(c.state()));
            r.proactiveDisclosure().cells().stream().filter(c -> c instanceof io.github.nianbao.core.cell.Amount)
                    .map(c -> (io.github.nianbao.core.cell.Amount) c).forEach(a -> {
                        amountStates.add(a.state());
                        if (a.isNumber() && a.value().scale() > 10) {
                            bigScale[0]++;
                        }
                    });
        });
        assertEquals(EnumSet.allOf(Edition.class), editions);
        assertEquals(EnumSet.allOf(CellState.class), states);
        assertEquals(EnumSet.allOf(CellState.class), amountStates);
        assertTrue(hybrid[0], "no hybrid generated");
        assertTrue(bigScale[0] > 0, "no amount with many decimals generated");
    }

    @Test
    void cellsAreWrittenWhereTheirKeysPoint() {
        for (Edition edition : Edition.values()) {
            AnnualReport r = Fixtures.distinct(edition, edition);
            tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(COMPACT.encode(r));
            for (Section table : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
                for (var key : Layout.of(table, edition).cells()) {
                    tools.jackson.databind.JsonNode node = tree.at(key.path().toJsonPointer());
                    assertTrue(!node.isMissingNode(), key::toString);
                    String expected = r.cell(key).toString();
                    String found = node.isObject() ? node.get("value").asString() + node.get("unit").asString() : node.toString();
                    assertEquals(expected, found, key::toString);
                }
            }
        }
    }
}

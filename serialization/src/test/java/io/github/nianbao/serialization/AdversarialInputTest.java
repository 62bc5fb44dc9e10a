package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile and unusual documents and streams of the project's shared adversarial set (copied
 * byte for byte into {@code adversarial/}): each gives its value or a located problem, never an
 * exception or a hang; and generated variants of each class that is a family.
 */
class AdversarialInputTest {

    private static final String DIR = "/io/github/nianbao/serialization/adversarial/";
    private static final ReportJson JSON = ReportJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** For each document: "OK", or its first problem as "CODE pointer line:column" ("-" for the root). */
    private static final Map<String, String> DOCUMENTS = Map.ofEntries(
            Map.entry("agency-ansi-osc52.json", "OK"),
            Map.entry("agency-ansi.json", "OK"),
            Map.entry("agency-cr.json", "OK"),
            Map.entry("agency-empty.json", "OK"),
            Map.entry("agency-format.json", "OK"),
            Map.entry("agency-html.json", "OK"),
            Map.entry("agency-lone-high-surrogate.json", "OK"),
            Map.entry("agency-lone-low-surrogate.json", "OK"),
            Map.entry("agency-newline.json", "OK"),
            Map.entry("agency-nul-escaped.json", "OK"),
            Map.entry("agency-nul-raw.json", "MALFORMED_JSON /metadata/agency 1:43"),
            Map.entry("agency-reversed-pair.json", "OK"),
            Map.entry("agency-rtl.json", "OK"),
            Map.entry("agency-spoof-verdict.json", "OK"),
            Map.entry("agency-whitespace.json", "OK"),
            Map.entry("all-cells-blank.json", "OK"),
            Map.entry("amount-100chars.json", "OK"),
            Map.entry("amount-arabic-digits.json", "INVALID_AMOUNT /proactiveDisclosure/item8/fees/feeAmount/value 1:1041"),
            Map.entry("amount-exp.json", "INVALID_AMOUNT /proactiveDisclosure/item8/fees/feeAmount/value 1:1041"),
            Map.entry("amount-fullwidth-digits.json", "INVALID_AMOUNT /proactiveDisclosure/item8/fees/feeAmount/value 1:1041"),
            Map.entry("amount-negzero.json", "OK"),
            Map.entry("amount-negzero2.json", "OK"),
            Map.entry("amount-number.json", "WRONG_TYPE /proactiveDisclosure/item8/fees/feeAmount/value 1:1041"),
            Map.entry("base-v2021.json", "OK"),
            Map.entry("blank-totals-hide-errors.json", "OK"),
            Map.entry("bom-utf8-double.json", "OK"),
            Map.entry("bom-utf8-escaped-feff-agency.json", "OK"),
            Map.entry("bom-utf8.json", "OK"),
            Map.entry("cr-only-pretty.json", "OK"),
            Map.entry("crlf-pretty.json", "OK"),
            Map.entry("date-arabic.json", "INVALID_DATE /metadata/publicationDate 1:163"),
            Map.entry("date-fullwidth.json", "INVALID_DATE /metadata/publicationDate 1:163"),
            Map.entry("date-yr5.json", "INVALID_DATE /metadata/publicationDate 1:163"),
            Map.entry("deep-object-in-agency-20.json", "WRONG_TYPE /metadata/agency 1:41"),
            Map.entry("deep-object-unknown-15.json", "UNKNOWN_PROPERTY /x 1:20"),
            Map.entry("divcode-arabic.json", "INVALID_DIVISION_CODE /metadata/divisionCode 1:136"),
            Map.entry("divcode-fullwidth.json", "INVALID_DIVISION_CODE /metadata/divisionCode 1:136"),
            Map.entry("dup-agency-escaped-name.json", "DUPLICATE_PROPERTY /metadata/agency 1:51"),
            Map.entry("dup-agency.json", "DUPLICATE_PROPERTY /metadata/agency 1:51"),
            Map.entry("dup-cell-escaped.json", "DUPLICATE_PROPERTY /applications/newlyReceived/naturalPerson 1:1122"),
            Map.entry("dup-cell.json", "DUPLICATE_PROPERTY /applications/newlyReceived/naturalPerson 1:1122"),
            Map.entry("dup-formatversion.json", "DUPLICATE_PROPERTY /formatVersion 1:20"),
            Map.entry("dup-top-metadata.json", "DUPLICATE_PROPERTY /metadata 1:82"),
            Map.entry("dup-unknown-x3.json", "UNKNOWN_PROPERTY /x 1:20"),
            Map.entry("dup-value.json", "DUPLICATE_PROPERTY /proactiveDisclosure/item8/fees/feeAmount/value 1:1054"),
            Map.entry("empty.json", "DOCUMENT_EMPTY - 0:0"),
            Map.entry("fmt-current.json", "OK"),
            Map.entry("fmt-previous.json", "OK"),
            Map.entry("fv-1.0.json", "WRONG_TYPE /formatVersion 1:18"),
            Map.entry("fv-negzero.json", "UNKNOWN_FORMAT_VERSION /formatVersion 1:18"),
            Map.entry("gb18030-only.json", "ENCODING_NOT_UTF8 - 1:43"),
            Map.entry("gbk.json", "ENCODING_NOT_UTF8 - 1:43"),
            Map.entry("key-256.json", "UNKNOWN_PROPERTY /kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk 1:20"),
            Map.entry("key-257.json", "NAME_TOO_LONG - 1:20"),
            Map.entry("key-class.json", "UNKNOWN_PROPERTY /@class 1:20"),
            Map.entry("key-empty.json", "UNKNOWN_PROPERTY / 1:20"),
            Map.entry("latin1.json", "ENCODING_NOT_UTF8 - 1:45"),
            Map.entry("many-bad-cells.json", "INVALID_CELL_TEXT /applications/newlyReceived/naturalPerson 1:1214"),
            Map.entry("num-1.0.json", "FRACTIONAL_COUNT /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-100digits.json", "COUNT_OUT_OF_RANGE /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-101digits.json", "NUMBER_TOO_LONG /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-1e-999.json", "FRACTIONAL_COUNT /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-1e2.json", "FRACTIONAL_COUNT /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-1e999.json", "FRACTIONAL_COUNT /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-dot.json", "MALFORMED_JSON /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-hex.json", "MALFORMED_JSON /applications/newlyReceived/naturalPerson 1:1120"),
            Map.entry("num-inf.json", "NON_FINITE_NUMBER /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-leading-zero.json", "MALFORMED_JSON /applications/newlyReceived/naturalPerson 1:1120"),
            Map.entry("num-longmax+1.json", "COUNT_OUT_OF_RANGE /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-longmax.json", "OK"),
            Map.entry("num-longmin-1.json", "COUNT_OUT_OF_RANGE /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-longmin.json", "OK"),
            Map.entry("num-nan.json", "NON_FINITE_NUMBER /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-neg1e999.json", "FRACTIONAL_COUNT /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-negzero-float.json", "FRACTIONAL_COUNT /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("num-negzero.json", "OK"),
            Map.entry("num-plus.json", "MALFORMED_JSON /applications/newlyReceived/naturalPerson 1:1120"),
            Map.entry("num-true.json", "WRONG_TYPE /applications/newlyReceived/naturalPerson 1:1119"),
            Map.entry("only-bom.json", "DOCUMENT_EMPTY - 0:0"),
            Map.entry("only-nul.json", "MALFORMED_JSON - 1:1"),
            Map.entry("only-ws.json", "DOCUMENT_EMPTY - 0:0"),
            Map.entry("trailing-garbage.json", "TRAILING_CONTENT - 1:5984"),
            Map.entry("trailing-second-doc.json", "TRAILING_CONTENT - 1:5984"),
            Map.entry("trailing-whitespace-nul.json", "TRAILING_CONTENT - 2:1"),
            Map.entry("truncated-half.json", "MALFORMED_JSON /applications/enforcementFiles/legalServiceAgency 1:2992"),
            Map.entry("truncated-in-escape.json", "MALFORMED_JSON /metadata/agency 1:46"),
            Map.entry("truncated-in-string.json", "MALFORMED_JSON /metadata/agency 1:44"),
            Map.entry("utf16be-nobom.json", "ENCODING_NOT_UTF8 - 1:1"),
            Map.entry("utf16le-bom.json", "ENCODING_NOT_UTF8 - 1:1"),
            Map.entry("utf32be-nobom.json", "ENCODING_NOT_UTF8 - 1:1"),
            Map.entry("utf32le-bom.json", "ENCODING_NOT_UTF8 - 1:1"),
            Map.entry("utf8-F5.json", "ENCODING_NOT_UTF8 - 1:42"),
            Map.entry("utf8-cesu-surrogate.json", "ENCODING_NOT_UTF8 - 1:42"),
            Map.entry("utf8-invalid-in-agency.json", "ENCODING_NOT_UTF8 - 1:42"),
            Map.entry("utf8-overlong-quote.json", "ENCODING_NOT_UTF8 - 1:43"),
            Map.entry("utf8-overlong-slash.json", "ENCODING_NOT_UTF8 - 1:1120"),
            Map.entry("utf8-truncated-seq-end.json", "ENCODING_NOT_UTF8 - 1:5983"),
            Map.entry("year-2021.0.json", "WRONG_TYPE /metadata/reportYear 1:64"),
            Map.entry("year-intmax.json", "OK"),
            Map.entry("year-intmin.json", "OK"),
            Map.entry("year-negzero.json", "OK"),
            Map.entry("year-wrap-current.json", "OK"),
            Map.entry("year-wrap-previous.json", "OK"),
            Map.entry("zero-1000.json", "MALFORMED_JSON - 1:1")
    );

    /** For each stream: every line read, as "number:OK" or "number:CODE". */
    private static final Map<String, String> STREAMS = Map.ofEntries(
            Map.entry("bom-every-line.jsonl", "1:OK 2:OK 3:OK"),
            Map.entry("bom-first-line.jsonl", "1:OK 2:OK"),
            // CR alone ends no line in JSON Lines: one line holding two documents, said so where the second starts.
            Map.entry("cr-only.jsonl", "1:TRAILING_CONTENT"),
            Map.entry("crlf-all.jsonl", "1:OK 2:OK 3:OK 4:OK 5:OK"),
            Map.entry("mixed-bad-first.jsonl", "1:MALFORMED_JSON 2:OK 4:OK 5:MALFORMED_JSON 6:OK 7:ENCODING_NOT_UTF8 8:OK "
                    + "9:MISSING_PROPERTY 10:OK 11:WRONG_TYPE 12:OK"),
            Map.entry("mixed-good-first.jsonl", "1:OK 2:MALFORMED_JSON 4:OK 5:MALFORMED_JSON 6:OK 7:ENCODING_NOT_UTF8 8:OK "
                    + "9:MISSING_PROPERTY 10:OK 11:WRONG_TYPE 12:OK"),
            Map.entry("nul-line.jsonl", "1:OK 2:MALFORMED_JSON 3:OK"),
            Map.entry("only-bad.jsonl", "1:MALFORMED_JSON 2:MALFORMED_JSON"),
            Map.entry("single-bad-then-good.stdin", "1:MALFORMED_JSON 2:OK 3:OK"),
            Map.entry("single-good-line-no-newline.jsonl", "1:OK"),
            Map.entry("two-docs-one-line.jsonl", "1:TRAILING_CONTENT 2:OK"),
            Map.entry("utf16-lines.jsonl", "1:ENCODING_NOT_UTF8 2:ENCODING_NOT_UTF8 3:ENCODING_NOT_UTF8 4:MALFORMED_JSON"),
            Map.entry("ws-lines.jsonl", "1:OK 3:MALFORMED_JSON 4:MALFORMED_JSON 5:OK")
    );

    private static byte[] resource(String path) {
        try (InputStream in = AdversarialInputTest.class.getResourceAsStream(DIR + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(DecodeResult r) {
        if (r.isSuccess()) {
            return "OK";
        }
        JsonProblem p = r.problems().get(0);
        return p.code() + " " + (p.pointer().isEmpty() ? "-" : p.pointer()) + " " + p.line() + ":" + p.column();
    }

    /** Holds for every input: byte, stream and text input agree, problems are located and worded, a report round-trips. */
    private static void checkConsistent(byte[] input, DecodeResult r) {
        ReportJsonFuzzTest.checkConsistent(r);
        assertEquals(r.problems(), JSON.decode(new ByteArrayInputStream(input)).problems());
        for (JsonProblem p : r.problems()) {
            assertFalse(p.message().isBlank());
            assertFalse(p.message(Locale.ENGLISH).isBlank());
            boolean wholeInput = p.code() == ProblemCode.DOCUMENT_EMPTY || p.code() == ProblemCode.DOCUMENT_TOO_LARGE;
            assertEquals(wholeInput, p.line() == 0, p::toString);
        }
        r.report().ifPresent(report -> {
            assertEquals(report, JSON.decode(JSON.encode(report)).orElseThrow());
            assertEquals(report, JSON.decode(JSON.encodeToBytes(report)).orElseThrow());
        });
    }

    @TestFactory
    Stream<DynamicTest> everySharedDocumentGivesItsValueOrALocatedProblem() {
        assertEquals(DOCUMENTS.keySet(), new TreeSet<>(List.of(new String(resource("json.list"), StandardCharsets.UTF_8).split("\n"))),
                "every document of adversarial/json has its expectation");
        return DOCUMENTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            byte[] input = resource("json/" + e.getKey());
            DecodeResult r = JSON.decode(input);
            assertEquals(e.getValue(), describe(r), r::toString);
            checkConsistent(input, r);
            if (r.isSuccess() && !e.getKey().startsWith("bom-")) {
                // The value is the document's, exactly: text as an independent parser reads it (control
                // characters, bidi marks, lone surrogates and format strings included), the year as written.
                JsonNode tree = MAPPER.readTree(input);
                AnnualReport report = r.report().orElseThrow();
                assertEquals(tree.at("/metadata/agency").asString(), report.metadata().agency());
                assertEquals(tree.at("/metadata/reportYear").asInt(), report.reportYear());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySharedStreamGivesEachLineItsOwnResult() {
        assertEquals(STREAMS.keySet(), new TreeSet<>(List.of(new String(resource("jsonl.list"), StandardCharsets.UTF_8).split("\n"))),
                "every stream of adversarial/jsonl has its expectation");
        return STREAMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            byte[] input = resource("jsonl/" + e.getKey());
            List<String> seen = new ArrayList<>();
            try (Stream<DecodedLine> lines = JSON.decodeLines(new ByteArrayInputStream(input))) {
                lines.forEach(l -> {
                    ReportJsonFuzzTest.checkConsistent(l.result());
                    assertTrue(l.result().problems().stream().allMatch(p -> p.line() >= l.lineNumber()), l::toString);
                    seen.add(l.lineNumber() + ":" + (l.result().isSuccess() ? "OK" : l.result().problems().get(0).code().name()));
                });
            }
            assertEquals(e.getValue(), String.join(" ", seen));
        }));
    }

    // ---- generated variants of the families ----

    // A compact canonical document whose every cell holds a value found nowhere else in it.
    private static final String BASE = JSON.encode(Fixtures.distinct(Edition.V2021, Edition.V2021));

    private static String withAgency(String jsonStringLiteral) {
        return Docs.replace(BASE, "\"agency\":\"测试县人民政府\"", "\"agency\":" + jsonStringLiteral);
    }

    @Test
    void everyControlBidiAndSurrogateCharacterInTextIsReadAsWrittenAndWrittenBackReadable() {
        List<Integer> characters = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            characters.add(c);
        }
        for (int c : new int[] {0x7F, 0x85, 0x9B, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF}) {
            characters.add(c);
        }
        for (int c = 0x202A; c <= 0x202E; c++) {
            characters.add(c);
        }
        for (int c = 0x2066; c <= 0x2069; c++) {
            characters.add(c);
        }
        for (int c = 0xD800; c <= 0xDFFF; c += 0x7F) {
            characters.add(c);
        }
        characters.add(0xDBFF);
        characters.add(0xDC00);
        characters.add(0xDFFF);
        for (int c : characters) {
            String agency = "某" + (char) c + "县" + (char) c;
            String escaped = String.format("\"某\\u%04X县\\u%04x\"", c, c);
            DecodeResult r = JSON.decode(withAgency(escaped));
            assertEquals(agency, r.orElseThrow().metadata().agency(), () -> Integer.toHexString(c));
            checkConsistent(withAgency(escaped).getBytes(StandardCharsets.UTF_8), r);
            AnnualReport report = r.orElseThrow();
            byte[] lines = linesOf(report);
            try (Stream<DecodedLine> back = JSON.decodeLines(new ByteArrayInputStream(lines))) {
                assertEquals(List.of(report), back.map(l -> l.result().orElseThrow()).toList(), () -> Integer.toHexString(c));
            }
            if (c < 0x20) {
                // Raw, a control character is not JSON: a located problem where it stands.
                String raw = withAgency("\"某" + (char) c + "县\"");
                DecodeResult bad = JSON.decode(raw);
                assertEquals(ProblemCode.MALFORMED_JSON, bad.problems().get(0).code(), () -> Integer.toHexString(c));
                assertEquals("/metadata/agency", bad.problems().get(0).pointer());
                checkConsistent(raw.getBytes(StandardCharsets.UTF_8), bad);
            }
        }
    }

    private static byte[] linesOf(AnnualReport report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonLinesWriter w = JSON.linesWriter(out)) {
            w.write(report);
        }
        return out.toByteArray();
    }

    @Test
    void digitsOfOtherScriptsAreNeverNumbers() {
        String amount = "\"value\":\"1000.10\"";
        String date = "\"publicationDate\":\"2024-01-31\"";
        String code = "\"divisionCode\":\"110101\"";
        assertTrue(BASE.contains(amount) && BASE.contains(date) && BASE.contains(code), "the base document's members");
        int checked = 0;
        for (int c = 0x80; c < 0x20000; c++) {
            if (!Character.isDigit(c)) {
                continue;
            }
            String d = new String(Character.toChars(c));
            String[][] cases = {{amount, "\"value\":\"" + d + "000.10\"", "INVALID_AMOUNT /proactiveDisclosure/item8/fees/feeAmount/value"},
                    {date, "\"publicationDate\":\"2024-01-3" + d + "\"", "INVALID_DATE /metadata/publicationDate"},
                    {code, "\"divisionCode\":\"11010" + d + "\"", "INVALID_DIVISION_CODE /metadata/divisionCode"}};
            for (String[] k : cases) {
                String doc = Docs.replace(BASE, k[0], k[1]);
                DecodeResult r = JSON.decode(doc);
                assertEquals(k[2], describe(r).substring(0, describe(r).lastIndexOf(' ')), Integer.toHexString(c));
                checked++;
            }
        }
        assertTrue(checked > 600, "only " + checked);
    }

    @Test
    void numbersInEveryNotationGiveTheirOwnProblem() {
        String cell = "\"naturalPerson\":";
        int at = BASE.indexOf(cell) + cell.length();
        String value = BASE.substring(at, BASE.indexOf(',', at));
        assertEquals("100011", value);
        Random random = new Random(3);
        for (int i = 0; i < 250; i++) {
            long n = random.nextInt(100_000);
            String[][] forms = {
                    {n + ".0", "FRACTIONAL_COUNT"}, {n + "e0", "FRACTIONAL_COUNT"}, {n + "E+" + random.nextInt(999_999), "FRACTIONAL_COUNT"},
                    {"-" + n + "e-" + random.nextInt(999_999_999), "FRACTIONAL_COUNT"}, {"0" + (n + 1), "MALFORMED_JSON"},
                    {"+" + n, "MALFORMED_JSON"}, {"0x" + Long.toHexString(n), "MALFORMED_JSON"}, {"." + n, "MALFORMED_JSON"},
                    {"9".repeat(19 + random.nextInt(81)) + n, "COUNT_OUT_OF_RANGE"}, {"\"" + n + "\"", "INVALID_CELL_TEXT"},
                    {String.valueOf(n), "OK"}, {"-" + n, "OK"}};
            for (String[] f : forms) {
                String doc = BASE.substring(0, at) + f[0] + BASE.substring(at + value.length());
                DecodeResult r = JSON.decode(doc);
                String got = describe(r);
                boolean tooLong = f[1].equals("COUNT_OUT_OF_RANGE") && f[0].length() > JSON.maxNumberLength();
                assertEquals(tooLong ? "NUMBER_TOO_LONG" : f[1], got.split(" ")[0], f[0]);
                if (!r.isSuccess()) {
                    assertEquals(1, r.problems().get(0).line());
                    assertEquals("/applications/newlyReceived/naturalPerson", r.problems().get(0).pointer());
                }
            }
        }
    }

    @Test
    void aBadFirstLineIsThatLinesProblemOnly() {
        String good = BASE;
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            byte[] first = new byte[random.nextInt(300)];
            random.nextBytes(first);
            for (int k = 0; k < first.length; k++) {
                if (first[k] == '\n') {
                    first[k] = ' ';
                }
            }
            boolean bom = random.nextBoolean();
            byte[] rest = ((bom ? "\uFEFF" : "") + good + "\n" + good + "\r\n\n" + good).getBytes(StandardCharsets.UTF_8);
            byte[] stream = new byte[first.length + 1 + rest.length];
            System.arraycopy(first, 0, stream, 0, first.length);
            stream[first.length] = '\n';
            System.arraycopy(rest, 0, stream, first.length + 1, rest.length);
            ReportJson small = random.nextBoolean() ? JSON : ReportJson.builder().maxDocumentLength(good.length() * 3).build();
            List<DecodedLine> lines;
            try (Stream<DecodedLine> s = small.decodeLines(new ByteArrayInputStream(stream))) {
                lines = s.toList();
            }
            List<DecodedLine> reports = lines.stream().filter(l -> l.lineNumber() > 1).toList();
            assertEquals(List.of(2L, 3L, 5L), reports.stream().map(DecodedLine::lineNumber).toList());
            assertTrue(reports.stream().allMatch(l -> l.result().isSuccess()), reports::toString);
        }
        // An over-long first line: its own problem, and the stream goes on.
        ReportJson small = ReportJson.builder().maxDocumentLength(good.getBytes(StandardCharsets.UTF_8).length).build();
        byte[] stream = ("x".repeat(good.length() * 2) + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8);
        try (Stream<DecodedLine> s = small.decodeLines(new ByteArrayInputStream(stream))) {
            assertEquals(List.of("DOCUMENT_TOO_LARGE", "OK"), s.map(l -> l.result().isSuccess() ? "OK"
                    : l.result().problems().get(0).code().name()).toList());
        }
    }

    @Test
    void amountsOfAnyNotationBuiltThroughTheApiAreRefusedOrReadBackEqual() {
        Random random = new Random(17);
        AnnualReport base = Fixtures.distinct(Edition.V2021, Edition.V2021);
        var key = base.proactiveDisclosure().layout().cells().stream()
                .filter(k -> k.kind() == io.github.nianbao.core.catalogue.CellKind.AMOUNT).findFirst().orElseThrow();
        int refused = 0;
        for (int i = 0; i < 2_000; i++) {
            java.math.BigDecimal v = new java.math.BigDecimal(new java.math.BigInteger(random.nextInt(200) + 1, random),
                    random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(240) - 120);
            if (!io.github.nianbao.core.cell.Amount.fits(v)) {
                refused++;
                continue;
            }
            AnnualReport r = base.withProactiveDisclosure(base.proactiveDisclosure()
                    .withCell(key, io.github.nianbao.core.cell.Amount.of(v, io.github.nianbao.core.cell.MoneyUnit.YUAN)));
            assertEquals(r, JSON.decode(JSON.encodeToBytes(r)).orElseThrow(), v::toString);
        }
        assertTrue(refused > 100 && refused < 1_900, refused + " refused");
    }
}

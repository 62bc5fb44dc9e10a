package io.github.nianbao.serialization;

import static io.github.nianbao.serialization.Docs.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * UTF-8 bytes decode exactly like the same text: the same report, or the same problems with the
 * same codes, pointers, lines, columns (counted in characters, not bytes) and arguments.
 */
class ByteInputTest {

    private static final String B = Fixtures.prettyDocument(Edition.V2021, Edition.V2021);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static void assertSameAsText(ReportJson json, String doc, String name) {
        DecodeResult fromText = json.decode(doc);
        byte[] utf8 = doc.getBytes(StandardCharsets.UTF_8);
        DecodeResult fromBytes = json.decode(utf8);
        assertEquals(fromText.problems(), fromBytes.problems(), name);
        assertEquals(fromText.report(), fromBytes.report(), name);
        assertEquals(fromText.isTruncated(), fromBytes.isTruncated(), name);
        byte[] withBom = new byte[BOM.length + utf8.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(utf8, 0, withBom, BOM.length, utf8.length);
        assertEquals(fromText.problems(), json.decode(withBom).problems(), name + " (with BOM)");
    }

    @TestFactory
    Stream<DynamicTest> everyTextOfTheBadInputCatalogueDecodesTheSameAsBytes() {
        return BadInputTest.CASES.stream().filter(c -> c.input() instanceof String)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> assertSameAsText(c.json(), (String) c.input(), c.name())));
    }

    /**
     * Found by fuzzing: zero bytes at the start made the byte parser take the input for UTF-32 and
     * throw ("Unsupported UCS-4 endianness"). Such input gives problems, never an exception: zero
     * bytes read as UTF-16 or UTF-32 when they look like it, else as malformed JSON.
     */
    @TestFactory
    Stream<DynamicTest> zeroBytesAtTheStartGiveProblemsNotExceptions() {
        List<byte[]> inputs = List.of(new byte[] {0, 0, 1, 0}, new byte[] {0, 0, 0, '{'}, new byte[] {0, '{', '}'},
                new byte[] {'{', 0, 0, '}'}, new byte[] {0, 0, 0, 0}, new byte[] {1, 0, 0, 0});
        return inputs.stream().map(b -> DynamicTest.dynamicTest(java.util.Arrays.toString(b), () -> {
            DecodeResult r = ReportJson.create().decode(b);
            assertFalse(r.problems().isEmpty(), r::toString);
            assertFalse(r.report().isPresent(), r::toString);
        }));
    }

    // Problems after Chinese text on the same line: the column counts characters, and a character
    // outside the BMP counts two, as in the text.
    static List<String> afterWideText() {
        List<String> docs = new ArrayList<>();
        docs.add(replace(B, "\"agency\": \"测试县人民政府\"", "\"agency\": \"测试县人民政府\", \"oops\": 1"));
        docs.add(replace(B, "\"agency\": \"测试县人民政府\"", "\"agency\": \"测试县人民政府\" x"));
        docs.add(replace(B, "\"agency\": \"测试县人民政府\"", "\"agency\": \"𠀀𠀁测试\", \"reportYear\": 2021"));
        docs.add(replace(B, "\"agency\": \"测试县人民政府\"", "\"agency\": \"测试\u0085\u2028县\"\r\n, \"more\": [1,"));
        docs.add(replace(B, "\"agency\": \"测试县人民政府\"", "\"agency\": \"测试\r县\", \"edition\": \"V2077\""));
        String compact = ReportJson.create().encode(ReportJson.create().decode(B).orElseThrow());
        docs.add(compact.replace("\"naturalPerson\":100011", "\"naturalPerson\":-1.5"));
        docs.add(compact.replace("\"naturalPerson\":100011", "\"naturalPerson\":\"多\""));
        docs.add(compact.substring(0, compact.length() - 40));
        docs.add(compact + " 多余");
        return docs;
    }

    @TestFactory
    Stream<DynamicTest> problemsAfterWideCharactersAreWhereTheTextHasThem() {
        List<String> docs = afterWideText();
        return docs.stream().map(d -> DynamicTest.dynamicTest("document " + docs.indexOf(d), () -> {
            assertFalse(ReportJson.create().decode(d).problems().isEmpty());
            assertSameAsText(ReportJson.create(), d, "document " + docs.indexOf(d));
            assertSameAsText(ReportJson.builder().lenient(true).build(), d, "lenient document " + docs.indexOf(d));
        }));
    }

    @Test
    void validDocumentsDecodeToTheSameReport() {
        AnnualReport r = ReportJson.create().decode(B).orElseThrow();
        assertSameAsText(ReportJson.create(), B, "pretty");
        assertSameAsText(ReportJson.create(), ReportJson.create().encode(r), "compact");
    }
}

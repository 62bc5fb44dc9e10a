package io.github.nianbao.serialization;

import io.github.nianbao.core.Edition;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seed corpus of the fuzz tests into the source tree, from the sample reports, the
 * generator and the malformed documents of {@link BadInputTest}. Run only when asked:
 * {@code mvn -o -pl serialization -am test -Dtest=FuzzSeeds -Dnianbao.writeSeeds=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "nianbao.writeSeeds", matches = "true")
class FuzzSeeds {

    private static final Path INPUTS = Path.of("src/test/resources/io/github/nianbao/serialization");
    private static final ReportJson JSON = ReportJson.create();
    private static final ReportJson PRETTY = ReportJson.builder().prettyPrint(true).build();

    static Map<String, byte[]> documents() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        // Serialization cannot depend on the samples module (samples depends on it): the seeds come
        // from this module's own fixtures. The committed corpus also holds the published samples.
        seeds.put("distinct-v2019", JSON.encodeToBytes(Fixtures.distinct(Edition.V2019, Edition.V2019)));
        seeds.put("distinct-v2021", JSON.encodeToBytes(Fixtures.distinct(Edition.V2021, Edition.V2021)));
        seeds.put("distinct-pretty", PRETTY.encodeToBytes(Fixtures.distinct(Edition.V2019, Edition.V2019)));
        seeds.put("distinct-hybrid", JSON.encodeToBytes(Fixtures.distinct(Edition.V2021, Edition.V2019)));
        String doc = JSON.encode(Fixtures.distinct(Edition.V2021, Edition.V2021));
        seeds.put("utf8-bom", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, doc.getBytes(StandardCharsets.UTF_8)));
        seeds.put("gbk", doc.getBytes(Charset.forName("GBK")));
        seeds.put("utf16le", doc.getBytes(StandardCharsets.UTF_16LE));
        seeds.put("truncated", doc.substring(0, doc.length() / 2).getBytes(StandardCharsets.UTF_8));
        seeds.put("deep", "[".repeat(40).getBytes(StandardCharsets.UTF_8));
        seeds.put("polymorphic", doc.replaceFirst("\\{", "{\"@class\":\"java.lang.ProcessBuilder\",").getBytes(StandardCharsets.UTF_8));
        seeds.put("unknown-cells", JSON.encodeToBytes(UnknownCellTest.withUnknownCells()));
        seeds.put("unknown-cells-pretty", PRETTY.encodeToBytes(UnknownCellTest.withUnknownCells()));
        seeds.put("unknown-cells-version-1", JSON.encode(UnknownCellTest.withUnknownCells())
                .replaceFirst("\"formatVersion\":2", "\"formatVersion\":1").getBytes(StandardCharsets.UTF_8));
        int n = 0;
        for (BadInputTest.Case c : BadInputTest.CASES) {
            if (c.json() == BadInputTest.CASES.get(0).json()) {
                byte[] bytes = c.input() instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) c.input();
                if (bytes.length < 64 * 1024) {
                    seeds.put(String.format("bad-%02d", n++), bytes);
                }
            }
        }
        return seeds;
    }

    static Map<String, byte[]> streams() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        StringBuilder both = new StringBuilder();
        for (Edition e : Edition.values()) {
            both.append(JSON.encode(Fixtures.distinct(e, e))).append('\n');
        }
        seeds.put("both-editions", both.toString().getBytes(StandardCharsets.UTF_8));
        String one = JSON.encode(Fixtures.distinct(Edition.V2019, Edition.V2019));
        seeds.put("crlf-blank-lines", ("\r\n" + one + "\r\n  \t\r\n\n" + one).getBytes(StandardCharsets.UTF_8));
        seeds.put("bad-line-between", (one + "\n{\"formatVersion\":2}\n[\n" + one + "\n").getBytes(StandardCharsets.UTF_8));
        seeds.put("short-lines", "{}\n[]\n\n1\n\"x\"\n{\n}\nnull\n\r\n{\"a\":\n\n\n\n\n\n\n\n\n{}\n".getBytes(StandardCharsets.UTF_8));
        seeds.put("cr-inside", (one.substring(0, 200) + "\r" + one.substring(200) + "\n").getBytes(StandardCharsets.UTF_8));
        return seeds;
    }

    static void write(Path dir, Map<String, byte[]> seeds) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : seeds.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Writes only the seeds of unknown cells, leaving the rest of the committed corpus as it is. */
    @Test
    void writeUnknownCellSeeds() throws IOException {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        documents().forEach((name, bytes) -> {
            if (name.startsWith("unknown-")) {
                seeds.put(name, bytes);
            }
        });
        write(INPUTS.resolve("ReportJsonFuzzTestInputs/decode"), seeds);
    }

    @Test
    void write() throws IOException {
        write(INPUTS.resolve("ReportJsonFuzzTestInputs/decode"), documents());
        write(INPUTS.resolve("JsonLinesFuzzTestInputs/decodeLines"), streams());
        // The CLI's reader is fuzzed against the library's on the same streams.
        write(Path.of("../cli/src/test/resources/io/github/nianbao/cli/JsonLinesFuzzTestInputs/byteLinesAgreeWithDecodeLines"), streams());
    }
}

package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.Fingerprints;
import io.github.nianbao.validation.ReportValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: validate --baseline, --rules and --likely-causes. */
class PlatformOptionsTest {

    @TempDir
    Path dir;

    private Path hongze() throws IOException {
        Path f = dir.resolve("hongze-2023.json");
        Files.writeString(f, ReportJson.create().encode(SampleReports.hongzeQu2023()), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aBaselineHidesExactlyTheAcceptedFindings() throws IOException {
        Path report = hongze();
        List<Finding> all = ReportValidator.standard().validate(SampleReports.hongzeQu2023()).findings();
        assertEquals(2, all.stream().filter(f -> f.ruleId().equals("T4-TOTAL")).count());
        Finding first = all.stream().filter(f -> f.ruleId().equals("T4-TOTAL")).findFirst().orElseThrow();
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, "# accepted\n" + Fingerprints.of(first) + "\n", StandardCharsets.UTF_8);
        NianbaoCommandTest.Run plain = NianbaoCommandTest.run("validate", "--format", "json", report.toString());
        NianbaoCommandTest.Run base = NianbaoCommandTest.run("validate", "--format", "json", "--baseline", baseline.toString(), report.toString());
        assertEquals(2, count(plain.out(), "\"ruleId\":\"T4-TOTAL\""), plain.out());
        assertEquals(1, count(base.out(), "\"ruleId\":\"T4-TOTAL\""), base.out());
        assertTrue(base.out().contains("litigationAfterReview/total"), base.out());
        assertEquals(1, base.status(), "the other error still fails the run");
        // Both accepted: nothing left at error, the run passes.
        Files.writeString(baseline, all.stream().map(Fingerprints::of).reduce("", (a, b) -> a + b + "\n"), StandardCharsets.UTF_8);
        assertEquals(0, NianbaoCommandTest.run("validate", "--baseline", baseline.toString(), report.toString()).status());
    }

    @Test
    void aBadRulePackIsAUsageErrorWithItsLine() throws IOException {
        Path pack = dir.resolve("bad.json");
        Files.writeString(pack, "{\"packFormat\": 1, \"id\": \"x\", \"version\": \"1\",\n \"severitys\": {}}", StandardCharsets.UTF_8);
        NianbaoCommandTest.Run r = NianbaoCommandTest.run("validate", "--rules", pack.toString(), hongze().toString());
        assertEquals(Nianbao.EXIT_USAGE, r.status());
        assertTrue(r.err().contains("bad.json:2:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.err().contains("未知的成员“severitys”"), r.err());
        NianbaoCommandTest.Run en = NianbaoCommandTest.run("validate", "--lang", "en", "--rules", pack.toString(), hongze().toString());
        assertTrue(en.err().contains("unknown member \"severitys\""), en.err());
    }

    @Test
    void theLikelyCauseIsPrintedNextToTheErrors() throws IOException {
        NianbaoCommandTest.Run r = NianbaoCommandTest.run("validate", "--likely-causes", "--lang", "en", hongze().toString());
        assertTrue(r.out().contains("LIKELY-CAUSE"), r.out());
        assertTrue(r.out().contains("is 11, printed 0"), r.out());
    }

    @Test
    void rulesListsThemAsAPackSetsThem() throws IOException {
        Path pack = dir.resolve("province.json");
        Files.writeString(pack, "{\"packFormat\": 1, \"id\": \"p\", \"version\": \"1\", \"disable\": [\"FEE-DISCLOSURE\"],"
                + " \"severities\": {\"SECTION-EMPTY\": \"ERROR\"}}", StandardCharsets.UTF_8);
        NianbaoCommandTest.Run plain = NianbaoCommandTest.run("rules");
        assertTrue(plain.out().lines().anyMatch(l -> l.matches("  SECTION-EMPTY +警告 .*")), plain.out());
        NianbaoCommandTest.Run packed = NianbaoCommandTest.run("rules", "--rules", pack.toString());
        assertEquals(0, packed.status(), packed.err());
        assertTrue(packed.out().lines().anyMatch(l -> l.matches("  SECTION-EMPTY +错误 .*")), packed.out());
        assertTrue(packed.out().lines().anyMatch(l -> l.matches("  FEE-DISCLOSURE +停用 .*")), packed.out());
        NianbaoCommandTest.Run en = NianbaoCommandTest.run("rules", "--lang", "en", "--rules", pack.toString());
        assertTrue(en.out().lines().anyMatch(l -> l.matches("  FEE-DISCLOSURE +disabled .*")), en.out());
        // The example pack in docs/ lists its own relation after the standard rules.
        Path example = Path.of("..", "docs", "rule-packs", "provincial-example.json");
        if (Files.exists(example)) {
            NianbaoCommandTest.Run ex = NianbaoCommandTest.run("rules", "--rules", example.toString());
            assertTrue(ex.out().lines().anyMatch(l -> l.startsWith("  EX-DISCLOSED-WITHIN-RECEIVED ")), ex.out());
        }
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"packFormat\": 1,\n \"id\": 3}", StandardCharsets.UTF_8);
        NianbaoCommandTest.Run refused = NianbaoCommandTest.run("rules", "--rules", bad.toString());
        assertEquals(Nianbao.EXIT_USAGE, refused.status());
        assertTrue(refused.err().contains("bad.json:"), refused.err());
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

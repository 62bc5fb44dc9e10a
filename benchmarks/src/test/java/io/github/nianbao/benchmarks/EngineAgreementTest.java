package io.github.nianbao.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.benchmarks.plain.BaselineRule;
import io.github.nianbao.benchmarks.plain.FindingSink;
import io.github.nianbao.benchmarks.plain.PlainReport;
import io.github.nianbao.benchmarks.plain.StraightLineCheck;
import io.github.nianbao.benchmarks.pojo.PojoJson;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.ReportValidator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The nianbao side measures the same work as the baselines: the rules engine finds what they find,
 * and the codec reads and writes the bytes the POJO mirror does. No timing here.
 */
class EngineAgreementTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final ReportJson CODEC = ReportJson.create();
    private static final PojoJson POJO = new PojoJson();

    private static Map<BaselineRule, Integer> floor(AnnualReport report) {
        FindingSink sink = new FindingSink();
        StraightLineCheck.check(PlainReport.of(report), Fixtures.CURRENT_YEAR, sink);
        return EngineAgreement.floor(sink);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void engineAgreesWithTheFloorOnBothFixtures(Edition edition) {
        for (Fixtures.Kind kind : Fixtures.Kind.values()) {
            AnnualReport report = Fixtures.report(edition, kind);
            Map<BaselineRule, Integer> floor = floor(report);
            assertEquals(floor, EngineAgreement.engine(VALIDATOR.validate(report)), kind.name());
            assertEquals(kind == Fixtures.Kind.VALID, floor.isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void engineAgreesWithTheFloorOnGeneratedReports(Edition edition) {
        boolean anyFinding = false;
        for (long seed = 1; seed <= 60; seed++) {
            AnnualReport report = ReportGenerator.standard().valid(ReportGenerator.random(seed), edition);
            Map<BaselineRule, Integer> floor = floor(report);
            anyFinding |= !floor.isEmpty();
            assertEquals(floor, EngineAgreement.engine(VALIDATOR.validate(report)), "seed " + seed);
        }
        assertTrue(anyFinding, "some generated reports print zeros as blanks");
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void codecWritesWhatTheMirrorWritesAndReadsItBack(Edition edition) {
        for (long seed = 1; seed <= 30; seed++) {
            AnnualReport report = ReportGenerator.standard().valid(ReportGenerator.random(seed), edition);
            byte[] json = CODEC.encodeToBytes(report);
            assertArrayEquals(POJO.canonicalJson(report), json, "seed " + seed);
            assertEquals(report, CODEC.decode(json).orElseThrow(), "seed " + seed);
            assertTrue(CODEC.decode(json).problems().isEmpty(), "seed " + seed);
        }
    }
}

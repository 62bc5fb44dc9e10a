package io.github.nianbao.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.benchmarks.bean.BeanValidationBaseline;
import io.github.nianbao.benchmarks.plain.BaselineRule;
import io.github.nianbao.benchmarks.plain.FindingSink;
import io.github.nianbao.benchmarks.plain.PlainReport;
import io.github.nianbao.benchmarks.plain.StraightLineCheck;
import io.github.nianbao.benchmarks.pojo.PojoJson;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.samples.generator.ReportGenerator;
import jakarta.validation.ConstraintViolation;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The baselines are honest: they find the same things, find what a broken report breaks, and the
 * POJO mirror reads and writes the canonical form exactly. No timing here.
 */
class BaselinesTest {

    private static final PojoJson JSON = new PojoJson();
    private static final BeanValidationBaseline BEANS = new BeanValidationBaseline();

    @AfterAll
    static void close() {
        BEANS.close();
    }

    private static Map<BaselineRule, Integer> floor(AnnualReport report) {
        FindingSink sink = new FindingSink();
        StraightLineCheck.check(PlainReport.of(report), Fixtures.CURRENT_YEAR, sink);
        Map<BaselineRule, Integer> counts = new TreeMap<>();
        for (int i = 0; i < sink.size(); i++) {
            counts.merge(sink.rule(i), 1, Integer::sum);
        }
        return counts;
    }

    // Custom constraints carry the rule id as message; the built-in ones are NON-NEGATIVE (@Min,
    // @DecimalMin) and MISSING-CELL (@NotNull).
    private static Map<BaselineRule, Integer> beans(AnnualReport report) {
        Map<BaselineRule, Integer> counts = new TreeMap<>();
        for (ConstraintViolation<?> v : BEANS.validate(BEANS.mirror(report, JSON))) {
            String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            BaselineRule rule = switch (annotation) {
                case "Min", "DecimalMin" -> BaselineRule.NON_NEGATIVE;
                case "NotNull" -> BaselineRule.MISSING_CELL;
                default -> BaselineRule.valueOf(v.getMessage().replace('-', '_'));
            };
            counts.merge(rule, 1, Integer::sum);
        }
        return counts;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void cleanReportHasNoFindingInEitherBaseline(Edition edition) {
        AnnualReport report = Fixtures.valid(edition);
        assertEquals(Map.of(), floor(report));
        assertEquals(Map.of(), beans(report));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void brokenReportHasAboutTwentyFindingsAndBothBaselinesAgreeRuleByRule(Edition edition) {
        AnnualReport report = Fixtures.withFindings(edition);
        Map<BaselineRule, Integer> floor = floor(report);
        int total = floor.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total >= Fixtures.TARGET_FINDINGS && total <= Fixtures.TARGET_FINDINGS + 4, floor::toString);
        assertEquals(floor, beans(report));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void generatedReportsFindOnlyBlanksAndBothBaselinesAgree(Edition edition) {
        for (long seed = 1; seed <= 60; seed++) {
            AnnualReport report = ReportGenerator.standard().valid(ReportGenerator.random(seed), edition);
            Map<BaselineRule, Integer> floor = floor(report);
            assertTrue(floor.keySet().stream().allMatch(r -> r == BaselineRule.MISSING_CELL), () -> floor.toString());
            assertEquals(floor, beans(report), "seed " + seed);
        }
    }

    @Test
    void oneChangedCellBreaksItsRowAndItsColumn() {
        AnnualReport valid = Fixtures.valid(Edition.V2021);
        ApplicationTable t = valid.applications();
        long v = t.cell(ApplicationRow.DISCLOSED, Applicant.RESEARCH_INSTITUTION).value();
        AnnualReport broken = valid.withApplications(
                t.withCell(ApplicationRow.DISCLOSED, Applicant.RESEARCH_INSTITUTION, Count.of(v + 2)));
        Map<BaselineRule, Integer> expected = Map.of(BaselineRule.T3_ROW_TOTAL, 1, BaselineRule.T3_OUTCOMES, 1);
        assertEquals(expected, floor(broken));
        assertEquals(expected, beans(broken));
    }

    @Test
    void blankTotalIsMissingButNotASumError() {
        AnnualReport valid = Fixtures.valid(Edition.V2019);
        ReviewLitigationTable t = valid.reviewLitigation();
        AnnualReport broken = valid.withReviewLitigation((ReviewLitigationTable) t
                .withCell(t.layout().cell(ReviewBlock.DIRECT_LITIGATION, ReviewColumn.TOTAL), Count.BLANK)
                .withCell(t.layout().cell(ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.PENDING), Count.of(-1)));
        Map<BaselineRule, Integer> expected = Map.of(BaselineRule.MISSING_CELL, 1, BaselineRule.NON_NEGATIVE, 1,
                BaselineRule.T4_TOTAL, 1);
        assertEquals(expected, floor(broken));
        assertEquals(expected, beans(broken));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void pojoMirrorWritesBackTheCanonicalJsonByteForByte(Edition edition) {
        for (long seed = 1; seed <= 30; seed++) {
            AnnualReport report = ReportGenerator.standard().valid(ReportGenerator.random(seed), edition);
            byte[] json = JSON.canonicalJson(report);
            assertArrayEquals(json, JSON.encode(JSON.decode(json, PojoJson.type(edition))), "seed " + seed);
        }
    }
}

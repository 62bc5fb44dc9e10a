package io.github.nianbao.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules engine's acceptance with the real reports (issue 3): the published samples, every cell as published. */
class PublishedReportsValidationTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @Test
    void lingxiuZhen2020HasNoError() {
        ValidationResult result = VALIDATOR.validate(SampleReports.lingxiuZhen2020());
        assertTrue(result.isAcceptable(), result::toString);
    }

    @Test
    void hongzeQu2023HasExactlyItsTwoPublishedTableFourErrors() {
        AnnualReport report = SampleReports.hongzeQu2023();
        ValidationResult result = VALIDATOR.validate(report);
        List<Finding> errors = result.findings(Severity.ERROR);
        assertEquals(2, errors.size(), result::toString);
        Layout t4 = report.reviewLitigation().layout();
        ReviewBlock[] blocks = {ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewBlock.LITIGATION_AFTER_REVIEW};
        String[] sums = {"11", "5"};
        for (int i = 0; i < 2; i++) {
            Finding f = errors.get(i);
            assertTrue(f.is(StandardRule.T4_TOTAL), f::toString);
            ReportPath total = t4.cell(blocks[i], ReviewColumn.TOTAL).path();
            assertEquals(total, f.primaryCell().orElseThrow().path());
            assertEquals(t4.row(blocks[i]).stream().map(k -> k.path()).toList(), f.cells().stream().map(c -> c.path()).toList());
            assertEquals(sums[i], f.expected().orElseThrow());
            assertEquals("0", f.actual().orElseThrow());
        }
        assertEquals(List.of(Section.REVIEW_LITIGATION), List.copyOf(result.byTable().keySet()), result::toString);
    }

    @Test
    void huaianShi2024HasNoError() {
        ValidationResult result = VALIDATOR.validate(SampleReports.huaianShi2024());
        assertTrue(result.isAcceptable(), result::toString);
    }

    @Test
    void hongzeQu2024HasNoError() {
        ValidationResult result = VALIDATOR.validate(SampleReports.hongzeQu2024());
        assertTrue(result.isAcceptable(), result::toString);
    }

    @Test
    void hongzeQu2024FollowsFrom2023() {
        // The same agency's consecutive reports: 2023 carried nothing forward, 2024 carried nothing over.
        ValidationResult result = VALIDATOR.validate(SampleReports.hongzeQu2024(), SampleReports.hongzeQu2023());
        assertTrue(result.findings(StandardRule.YEAR_CARRY).isEmpty(), result::toString);
        assertTrue(result.findings(StandardRule.PREVIOUS_MISMATCH).isEmpty(), result::toString);
        assertTrue(result.isAcceptable(), result::toString);
    }
}

package io.github.nianbao.samples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {

    @Test
    void sameSeedSameReport() {
        for (Edition e : Edition.values()) {
            AnnualReport a = ReportGenerator.standard().valid(ReportGenerator.random(42), e);
            AnnualReport b = ReportGenerator.standard().valid(ReportGenerator.random(42), e);
            assertEquals(a, b);
            assertNotEquals(a, ReportGenerator.standard().valid(ReportGenerator.random(43), e));
        }
    }

    @Test
    void reportsSpanScalesEditionsAndYears() {
        var random = ReportGenerator.random(7);
        Set<Scale> scales = EnumSet.noneOf(Scale.class);
        long max = 0;
        int zeros = 0;
        for (int i = 0; i < 400; i++) {
            Scale s = Scale.values()[i % 4];
            AnnualReport r = ReportGenerator.standard().valid(random, Edition.values()[i % 2], s);
            scales.add(s);
            assertTrue(r.edition().appliesTo(r.reportYear()), r.reportYear() + " " + r.edition());
            assertFalse(r.overview().isEmpty());
            assertFalse(r.problems().isEmpty());
            assertFalse(r.otherMatters().isEmpty());
            long received = r.applications().cell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL).value();
            max = Math.max(max, received);
            zeros += received == 0 ? 1 : 0;
        }
        assertEquals(EnumSet.allOf(Scale.class), scales);
        assertTrue(max > 1000, "provincial magnitudes appear: " + max);
        assertTrue(zeros > 10, "small edge values are frequent: " + zeros);
    }

    @Test
    void pairsCarryOver() {
        var random = ReportGenerator.random(11);
        for (int i = 0; i < 200; i++) {
            ReportPair p = ReportGenerator.standard().pair(random, Edition.values()[i % 2]);
            assertEquals(p.previous().agency(), p.current().agency());
            assertEquals(p.previous().reportYear() + 1, p.current().reportYear());
            for (Applicant a : Applicant.values()) {
                assertEquals(p.previous().applications().cell(ApplicationRow.CARRIED_FORWARD, a).valueOr(0),
                        p.current().applications().cell(ApplicationRow.CARRIED_OVER, a).valueOr(0));
            }
        }
    }
}

package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every cross-year finding says how this year's and last year's reports were taken for one agency's. */
class CrossYearPairingTest {

    @Test
    void aCarryFindingSaysHowThePairWasMatched() {
        Edition e = Edition.V2021;
        AnnualReport previous = Reports.previous(e);
        AnnualReport broken = Reports.following(e, new long[] {2, 0, 0, 0, 1, 0}); // 自然人 carried over 2, last year 1
        List<Finding> carry = Reports.VALIDATOR.validate(broken, previous).findings(StandardRule.YEAR_CARRY);
        assertFalse(carry.isEmpty());
        for (Finding f : carry) {
            assertTrue(f.message().contains("按相同名称认定为同一机关"), f.message());
            assertTrue(f.message(Locale.ENGLISH).contains("identical names"), f.message(Locale.ENGLISH));
        }
        // with the superior division in one name only
        AnnualReport folded = broken.withMetadata(broken.metadata().withAgency("某某省" + broken.agency()));
        for (Finding f : Reports.VALIDATOR.validate(folded, previous).findings(StandardRule.YEAR_CARRY)) {
            assertTrue(f.message(Locale.ENGLISH).contains("superior divisions folded"), f.message(Locale.ENGLISH));
        }
        // findings of this year's report alone say nothing of a pairing
        for (Finding f : Reports.VALIDATOR.validate(broken, previous).findings()) {
            if (!f.cells().stream().anyMatch(c -> c.period() == Period.PREVIOUS_YEAR)) {
                assertFalse(f.arguments().containsKey("pairedBy"), f::toString);
            }
        }
    }
}

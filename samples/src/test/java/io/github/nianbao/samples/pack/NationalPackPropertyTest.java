package io.github.nianbao.samples.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.samples.generator.InvalidReport;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.pack.RulePack;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §4: the national pack, read from its file, gives exactly the built-in findings on 10,000
 * generated reports: 5,000 valid and 5,000 broken (every mutation, cross-year ones with their
 * previous year).
 */
class NationalPackPropertyTest {

    @Test
    void theNationalPackFileFindsWhatTheBuiltInRulesFind() {
        ReportValidator builtIn = ReportValidator.standard();
        ReportValidator fromFile = ReportValidator.builder().rulePack(RulePack.national()).build();
        int findings = 0;
        for (long seed = 0; seed < 10_000; seed++) {
            RandomGenerator random = ReportGenerator.random(seed);
            if (seed % 2 == 0) {
                AnnualReport r = ReportGenerator.standard().valid(random);
                assertEquals(builtIn.validate(r).findings(), fromFile.validate(r).findings(), "seed " + seed);
            } else {
                InvalidReport broken = ReportGenerator.standard().invalid(random);
                AnnualReport prior = broken.previousYear().orElse(null);
                var expected = builtIn.validate(broken.report(), prior).findings();
                assertEquals(expected, fromFile.validate(broken.report(), prior).findings(), "seed " + seed);
                findings += expected.size();
            }
        }
        System.out.println("National pack file vs built-in rules: 10,000 reports, " + findings + " findings on the broken ones, all equal");
    }
}

package io.github.nianbao.samples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.core.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link InvalidReport#matches(ValidationResult, ReportValidator)}: broken reports checked by a
 * validator that disables the broken rule, or raises or lowers its severity, match what that
 * validator must produce — and not the standard expectation.
 */
class ConfiguredValidatorTest {

    private static final int CASES_PER_MUTATION = 12;

    @Test
    void disabledRulesAndChangedSeveritiesAreExpected() {
        for (Edition edition : Edition.values()) {
            RandomGenerator random = ReportGenerator.random(4200 + edition.ordinal());
            for (Mutation mutation : Mutation.applicableTo(edition)) {
                for (int i = 0; i < CASES_PER_MUTATION; i++) {
                    InvalidReport broken = ReportGenerator.standard().invalid(random, edition, mutation);
                    Set<String> causedRules = new LinkedHashSet<>();
                    broken.caused().forEach(f -> causedRules.add(f.ruleId()));
                    for (String rule : causedRules) {
                        check(broken, ReportValidator.builder().disable(rule).build(), rule + " disabled");
                        Severity other = broken.caused().stream().filter(f -> f.ruleId().equals(rule)).findFirst()
                                .orElseThrow().severity() == Severity.ERROR ? Severity.INFO : Severity.ERROR;
                        check(broken, ReportValidator.builder().severity(rule, other).build(), rule + " as " + other);
                    }
                }
            }
        }
    }

    private static void check(InvalidReport broken, ReportValidator validator, String how) {
        ValidationResult result = broken.validate(validator);
        assertTrue(broken.matches(result, validator), () -> how + ": " + broken + "\nmissing "
                + broken.missing(result, validator) + "\nunexpected " + broken.unexpected(result, validator));
        // the standard expectation does not hold for this validator: the caused findings changed
        assertFalse(broken.matches(result), () -> how + ": " + broken);
        assertEquals(broken.expectedFindings(validator).size(), result.findings().size(), how);
    }

    @Test
    void theStandardValidatorExpectsTheStandardFindings() {
        RandomGenerator random = ReportGenerator.random(4300);
        for (int i = 0; i < 200; i++) {
            InvalidReport broken = ReportGenerator.standard().invalid(random);
            assertEquals(broken.expected(), broken.expectedFindings(ReportValidator.standard()));
            ValidationResult result = broken.validate(ReportValidator.standard());
            assertEquals(broken.matches(result), broken.matches(result, ReportValidator.standard()));
        }
    }
}

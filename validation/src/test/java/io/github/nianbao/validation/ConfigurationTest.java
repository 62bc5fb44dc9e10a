package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import org.junit.jupiter.api.Test;

/** A validator configuration that would silently do nothing is refused when it is built, saying what and why. */
class ConfigurationTest {

    private static SumRule custom(String id) {
        return SumRule.builder(id).term(Reports.t3(Edition.V2021, ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL))
                .relation(SumRule.Relation.AT_LEAST).build();
    }

    @Test
    void unknownIdsInDisableAndSeverityAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().disable("T3-LEDGR").build());
        assertTrue(e.getMessage().contains("T3-LEDGR"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().severity("BLANK_CELL", Severity.INFO).build());
        assertTrue(e.getMessage().contains("BLANK_CELL"), e.getMessage());
        // the ids of custom rules are known, whenever they are added
        assertDoesNotThrow(() -> ReportValidator.builder().disable("JS-01").addRule(custom("JS-01")).build());
        assertDoesNotThrow(() -> ReportValidator.builder().severity("JS-01", Severity.INFO).addRule(custom("JS-01")).build());
        assertDoesNotThrow(() -> ReportValidator.builder().severity(StandardRule.NOT_ASSESSED, Severity.WARNING).build());
    }

    @Test
    void aCustomRuleWithAStandardIdIsRefusedWhileTheStandardRulesAreOn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().addRule(custom("T4-TOTAL")).build());
        assertTrue(e.getMessage().contains("T4-TOTAL"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().disable(StandardRule.T4_TOTAL).addRule(custom("T4-TOTAL")).build(),
                "disabling the standard rule would disable the custom one too");
        assertDoesNotThrow(() -> ReportValidator.builder().withoutStandardRules().addRule(custom("T4-TOTAL")).build());
    }

    @Test
    void aRuleAddedTwiceOrTwoRulesWithOneIdAreRefused() {
        SumRule rule = custom("JS-01");
        assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder().addRule(rule).addRule(rule).build());
        assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().addRule(rule).addRule(custom("JS-01")).build());
    }

    @Test
    void aMessageBundleThatCannotBeReadIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MessageCatalog.ofBundle(ConfigurationTest.class, "com.example.NoSuchMessages"));
        assertTrue(e.getMessage().contains("/com/example/NoSuchMessages.properties"), e.getMessage());
        assertDoesNotThrow(() -> MessageCatalog.ofBundle(ConfigurationTest.class, "io.github.nianbao.validation.CustomMessages"));
    }
}

package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.Section;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link ReportValidator#ruleDescriptions()}, {@link ReportValidator#severityOf} and {@link ReportValidator#isDisabled}. */
class RuleDescriptionsTest {

    private static Map<String, RuleDescription> byId(ReportValidator validator) {
        return validator.ruleDescriptions().stream().collect(Collectors.toMap(RuleDescription::id, Function.identity()));
    }

    @Test
    void theStandardValidatorDescribesEveryStandardRuleOnceInOrder() {
        List<RuleDescription> all = ReportValidator.standard().ruleDescriptions();
        assertEquals(Arrays.stream(StandardRule.values()).map(StandardRule::id).toList(),
                all.stream().map(RuleDescription::id).toList());
        for (RuleDescription d : all) {
            StandardRule s = StandardRule.ofId(d.id()).orElseThrow();
            assertEquals(Optional.of(s), d.standardRule());
            assertEquals(Optional.of(s.defaultSeverity()), d.defaultSeverity(), d.id());
            assertEquals(d.defaultSeverity(), d.severity(), d.id());
            assertFalse(d.disabled(), d.id());
            assertEquals(Optional.of(s.description(Locale.ENGLISH)), d.description(Locale.ENGLISH));
            assertEquals(Optional.of(s.description(Locale.CHINESE)), d.description(Locale.CHINESE));
            assertNotEquals(d.description(Locale.ENGLISH), d.description(Locale.CHINESE), d.id());
        }
    }

    @Test
    void sumRulesCountTheirRelationInstancesPerEdition() {
        Map<String, RuleDescription> d = byId(ReportValidator.standard());
        for (Edition e : Edition.values()) {
            // one relation per block of table 四, one per row of table 三
            assertEquals(ReviewBlock.values().length, d.get(StandardRule.T4_TOTAL.id()).relationInstances().get(e), e.name());
            assertEquals(Reports.layout(Section.APPLICATIONS, e).rows().size(),
                    d.get(StandardRule.T3_ROW_TOTAL.id()).relationInstances().get(e), e.name());
        }
        // V2019 table 二 rules have no instance in a V2021 report
        assertEquals(0, d.get(StandardRule.T2_2019_ITEMS.id()).relationInstances().get(Edition.V2021));
        assertTrue(d.get(StandardRule.T2_2019_ITEMS.id()).relationInstances().get(Edition.V2019) > 0);
        // the instances are the rule objects of that id that rules() lists
        long ledgers = ReportValidator.standard().rules().stream().filter(r -> r.id().equals(StandardRule.T3_LEDGER.id())).count();
        int most = Math.max(d.get("T3-LEDGER").relationInstances().get(Edition.V2019), d.get("T3-LEDGER").relationInstances().get(Edition.V2021));
        assertTrue(most > 0 && most <= ledgers, most + " of " + ledgers);
        for (StandardRule notASum : List.of(StandardRule.PREVIOUS_MISMATCH, StandardRule.SUM_OVERFLOW, StandardRule.DEADLINE,
                StandardRule.BLANK_CELL)) {
            assertFalse(d.get(notASum.id()).isSum(), notASum.id());
            assertTrue(d.get(notASum.id()).relationInstances().isEmpty(), notASum.id());
        }
    }

    @Test
    void overridesAndDisabledRulesAreWhatTheFindingsShow() {
        ReportValidator validator = ReportValidator.builder().clock(Reports.CLOCK)
                .disable(StandardRule.T3_LEDGER)
                .severity(StandardRule.T3_ROW_TOTAL, Severity.INFO)
                .severity(StandardRule.FEE_DISCLOSURE, Severity.ERROR)
                .build();
        assertTrue(validator.isDisabled("T3-LEDGER"));
        assertFalse(validator.isDisabled("T3-ROW-TOTAL"));
        assertEquals(Optional.of(Severity.INFO), validator.severityOf("T3-ROW-TOTAL"));
        assertEquals(Optional.of(Severity.ERROR), validator.severityOf("FEE-DISCLOSURE"));
        assertEquals(Optional.of(Severity.ERROR), validator.severityOf("T4-TOTAL"));
        assertEquals(Optional.empty(), validator.severityOf("NO-SUCH-RULE"));
        RuleDescription ledger = validator.ruleDescription("T3-LEDGER").orElseThrow();
        assertTrue(ledger.disabled(), "a disabled rule is still described");
        assertEquals(ReportValidator.standard().ruleDescription("T3-LEDGER").orElseThrow().relationInstances(),
                ledger.relationInstances());
        RuleDescription row = validator.ruleDescription("T3-ROW-TOTAL").orElseThrow();
        assertEquals(Optional.of(Severity.ERROR), row.defaultSeverity());
        assertEquals(Optional.of(Severity.INFO), row.severity());

        // A report that breaks the row total and the ledger: the findings agree with the descriptions.
        AnnualReport broken = Reports.plus(Reports.clean(Edition.V2021),
                Reports.t3(Edition.V2021, ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL), 1);
        ValidationResult standard = ReportValidator.builder().clock(Reports.CLOCK).build().validate(broken);
        Set<String> ids = new HashSet<>();
        standard.findings().forEach(f -> ids.add(f.ruleId()));
        assertTrue(ids.contains("T3-ROW-TOTAL") && ids.contains("T3-LEDGER"), ids.toString());
        ValidationResult result = validator.validate(broken);
        assertFalse(result.findings().isEmpty());
        for (Finding f : result.findings()) {
            assertFalse(validator.isDisabled(f.ruleId()), f.toString());
            assertEquals(validator.severityOf(f.ruleId()), Optional.of(f.severity()), f.toString());
        }
    }

    @Test
    void customAndPackRulesAreDescribedAfterTheStandardOnesOnceEach() {
        SumRule js = SumRule.builder("JS-01").severity(Severity.WARNING)
                .term(Reports.t3(Edition.V2021, ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL))
                .relation(SumRule.Relation.AT_LEAST).build();
        Rule own = new Rule() {
            @Override
            public String id() {
                return "JS-02";
            }

            @Override
            public void check(ValidationContext context, java.util.function.Consumer<Finding> findings) {
            }
        };
        ReportValidator validator = ReportValidator.builder().addRule(js).addRule(own).severity("JS-02", Severity.INFO).build();
        List<RuleDescription> all = validator.ruleDescriptions();
        assertEquals(StandardRule.values().length + 2, all.size());
        RuleDescription first = all.get(all.size() - 2);
        assertEquals("JS-01", first.id());
        assertEquals(Optional.of(Severity.WARNING), first.defaultSeverity());
        assertEquals(1, first.relationInstances().get(Edition.V2021));
        assertEquals(Optional.empty(), first.description(Locale.ENGLISH));
        RuleDescription second = all.get(all.size() - 1);
        assertEquals(Optional.empty(), second.defaultSeverity(), "a plain custom rule chooses its findings' severities");
        assertEquals(Optional.of(Severity.INFO), second.severity());
        assertFalse(second.isSum());

        // Without the standard rules, the rules the validator reports itself are still there.
        List<String> ids = ReportValidator.builder().withoutStandardRules().addRule(js).build().ruleDescriptions().stream()
                .map(RuleDescription::id).toList();
        assertEquals(List.of("PREVIOUS-MISMATCH", "SUM-OVERFLOW", "NOT-ASSESSED", "JS-01"), ids);
    }

    @Test
    void rulePacksSetSeveritiesDisabledRulesAndRelations() {
        io.github.nianbao.validation.pack.RulePack pack = io.github.nianbao.validation.pack.RulePack.read(
                java.nio.file.Path.of("../docs/rule-packs/provincial-example.json"));
        ReportValidator validator = ReportValidator.builder().rulePack(pack).build();
        assertFalse(pack.severities().isEmpty());
        pack.severities().forEach((id, severity) -> assertEquals(Optional.of(severity), validator.severityOf(id), id));
        pack.disabled().forEach(id -> assertTrue(validator.isDisabled(id), id));
        RuleDescription own = validator.ruleDescription("EX-DISCLOSED-WITHIN-RECEIVED").orElseThrow();
        assertEquals(Optional.empty(), own.standardRule());
        assertEquals(Optional.of(Severity.WARNING), own.severity());
        assertEquals("EX-DISCLOSED-WITHIN-RECEIVED", validator.ruleDescriptions().get(validator.ruleDescriptions().size() - 1).id());
        // The national pack stands in for the standard relations: the same descriptions.
        assertEquals(ReportValidator.standard().ruleDescriptions(),
                ReportValidator.builder().rulePack(io.github.nianbao.validation.pack.RulePack.national()).build().ruleDescriptions());
    }
}

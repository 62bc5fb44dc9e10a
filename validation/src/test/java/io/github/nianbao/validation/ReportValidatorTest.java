package io.github.nianbao.validation;

import static io.github.nianbao.validation.Reports.t4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.cell.Count;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Configuring validators: custom rules, disabled rules, other severities. */
class ReportValidatorTest {

    private static final Edition E = Edition.V2021;
    private static final AnnualReport BROKEN_T4 = Reports.plus(Reports.clean(E), t4(E, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), 3);

    @Test
    void standardIsShared() {
        assertSame(ReportValidator.standard(), ReportValidator.standard());
        assertEquals(List.of(StandardRule.T4_TOTAL.id()),
                ReportValidator.standard().validate(BROKEN_T4).findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void disable() {
        ReportValidator v = ReportValidator.builder().clock(Reports.CLOCK).disable(StandardRule.T4_TOTAL).build();
        assertTrue(v.validate(BROKEN_T4).isEmpty());
        assertTrue(v.rules().stream().noneMatch(r -> r.id().equals("T4-TOTAL")));
        // A disabled sum rule's blank total is an ordinary blank: no relation is named.
        AnnualReport blank = Reports.with(Reports.clean(E), t4(E, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), Count.BLANK);
        assertEquals(List.of(StandardRule.BLANK_CELL.id()), v.validate(blank).findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void disablingOverflowDropsItsFindings() {
        AnnualReport huge = Reports.with(Reports.with(Reports.clean(E), t4(E, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD),
                Long.MAX_VALUE), t4(E, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), Long.MAX_VALUE);
        assertEquals(List.of("SUM-OVERFLOW"), Reports.VALIDATOR.validate(huge).findings().stream().map(Finding::ruleId).toList());
        ReportValidator v = ReportValidator.builder().clock(Reports.CLOCK).disable(StandardRule.SUM_OVERFLOW).build();
        assertTrue(v.validate(huge).isEmpty());
    }

    @Test
    void severityOverride() {
        ReportValidator v = ReportValidator.builder().clock(Reports.CLOCK).severity(StandardRule.T4_TOTAL, Severity.WARNING).build();
        ValidationResult result = v.validate(BROKEN_T4);
        assertEquals(Severity.WARNING, result.findings().get(0).severity());
        assertTrue(result.isAcceptable());
        assertEquals(1, result.count(Severity.WARNING));
    }

    @Test
    void customRule() {
        // A provincial office wants 行政许可 decisions reported whenever fees were charged.
        Rule rule = new Rule() {
            @Override
            public String id() {
                return "JS-01";
            }

            @Override
            public void check(ValidationContext context, java.util.function.Consumer<Finding> findings) {
                if (!context.report().agency().endsWith("办公室")) {
                    findings.accept(Finding.builder().ruleId(id()).severity(Severity.WARNING)
                            .addCells(FindingCell.of(Period.THIS_YEAR, MetadataField.AGENCY, context.report().agency()))
                            .putArguments("agency", context.report().agency()).build());
                }
            }
        };
        ReportValidator v = ReportValidator.builder().clock(Reports.CLOCK).addRule(rule).build();
        AnnualReport r = Reports.clean(E).withMetadata(io.github.nianbao.core.ReportMetadata.of("某某局", 2023, E));
        Finding f = v.validate(r).findings().get(0);
        assertEquals("JS-01", f.ruleId());
        // No message of its own: a generic one naming the key, in either language.
        assertTrue(f.message().startsWith("JS-01："), f.message());
        assertTrue(f.message(Locale.ENGLISH).startsWith("JS-01: "), f.message(Locale.ENGLISH));
        assertTrue(ReportValidator.builder().clock(Reports.CLOCK).addRule(rule).disable("JS-01").build().validate(r).isEmpty());
    }

    @Test
    void customSumRule() {
        // 行政许可 decisions at most 100 more than 行政处罚 decisions, as a sum rule: licensing - penalties <= 100.
        SumRule rule = SumRule.builder("JS-02").severity(Severity.INFO)
                .term(Reports.t2(E, DisclosureRow.LICENSING, DisclosureColumn.DECISIONS_THIS_YEAR))
                .term(Reports.t2(E, DisclosureRow.PENALTIES, DisclosureColumn.DECISIONS_THIS_YEAR), -1)
                .relation(SumRule.Relation.AT_MOST)
                .total(Reports.t2(E, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT).layout()
                        .cell(DisclosureRow.COERCION, DisclosureColumn.DECISIONS_THIS_YEAR))
                .build();
        ReportValidator v = ReportValidator.builder().clock(Reports.CLOCK).addRule(rule).build();
        // 120 - 30 = 90 > 2 (行政强制)
        Finding f = v.validate(Reports.clean(E)).findings().get(0);
        assertEquals("JS-02", f.ruleId());
        assertEquals(Severity.INFO, f.severity());
        assertEquals("≥ 90", f.expected().orElseThrow());
        assertEquals("2", f.actual().orElseThrow());
        assertEquals(SumRule.GENERIC_MESSAGE_KEY, f.messageKey());
        Expect.messages(f);
        assertTrue(rule.toString().contains("/proactiveDisclosure/item5/licensing/decisionsThisYear - /proactiveDisclosure/item6/penalties/decisionsThisYear ≤ "),
                rule.toString());
        // The same rule does not apply to V2019 reports, whose table 二 has another form.
        assertTrue(v.validate(Reports.clean(Edition.V2019)).isEmpty());
    }

    @Test
    void sumRulesRelateCountsOnly() {
        assertThrows(IllegalArgumentException.class, () -> SumRule.builder("X")
                .term(Reports.t2(E, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT)).build());
        assertThrows(IllegalArgumentException.class, () -> SumRule.builder("X").build());
    }

    @Test
    void resultGroupsAndPrints() {
        AnnualReport r = Reports.with(BROKEN_T4, Reports.t2(E, DisclosureRow.PENALTIES, DisclosureColumn.DECISIONS_THIS_YEAR), Count.BLANK)
                .withProblems(io.github.nianbao.core.Narrative.empty());
        ValidationResult result = Reports.VALIDATOR.validate(r);
        assertEquals(List.of("BLANK-CELL", "T4-TOTAL", "SECTION-EMPTY"), List.copyOf(result.byRule().keySet()));
        assertEquals(3, result.byTable().size());
        String text = result.toString();
        assertTrue(text.startsWith("not acceptable: 1 error(s), 2 warning(s), 0 info"), text);
        assertTrue(text.contains("ERROR T4-TOTAL /reviewLitigation/administrativeReview/total: "), text);
        assertTrue(result.format(Locale.ENGLISH).contains("WARNING SECTION-EMPTY /problems: V. Main problems and improvements has no text."),
                result.format(Locale.ENGLISH));
        assertEquals(1, result.atLeast(Severity.ERROR).size());
        assertEquals(3, result.atLeast(Severity.INFO).size());
    }
}

package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 16 §2, §3, §6: the full result log, fingerprints and baselines, blank policies, the decision. */
class ResultLogTest {

    private static final ReportValidator ALL = ReportValidator.builder().clock(Reports.CLOCK).allResults(true).build();

    // The relation instances of one report's forms, counted from the catalogue: T3-LEDGER and
    // T3-OUTCOMES per column, T3-ROW-TOTAL per row, T4-TOTAL per block, and the V2019 table 二
    // rows that have both cells of T2-2019-ITEMS or of T2-2019-PUBLISHED.
    private static int instances(Edition e) {
        return instances(e, e);
    }

    // A hybrid report: each table counted in its own form.
    private static int instances(AnnualReport r) {
        return instances(r.proactiveDisclosure().edition(), r.applications().edition());
    }

    private static int instances(Edition t2Form, Edition t3Form) {
        Layout t2 = Layout.of(Section.PROACTIVE_DISCLOSURE, t2Form);
        long t2Relations = t2.rows().stream().filter(r -> t2.find(r, DisclosureColumn.PREVIOUS_YEAR_ITEMS).isPresent()
                && t2.find(r, DisclosureColumn.CHANGE).isPresent()).count()
                + t2.rows().stream().filter(r -> t2.find(r, DisclosureColumn.NEWLY_PUBLISHED).isPresent()
                && t2.find(r, DisclosureColumn.TOTAL_PUBLISHED).isPresent()).count();
        return 2 * Applicant.values().length + Layout.of(Section.APPLICATIONS, t3Form).rows().size()
                + ReviewBlock.values().length + (int) t2Relations;
    }

    @Test
    void everyRelationInstanceOfTheEditionHasOneResult() {
        for (Edition e : Edition.values()) {
            ValidationResult r = ALL.validate(Reports.clean(e));
            assertEquals(instances(e), r.relationResults().size(), e + ": " + r.relationResults());
            assertEquals(r.assessedRelations() + r.notAssessedRelations(), r.relationResults().size());
            assertTrue(r.relationResults().stream().allMatch(x -> x.status() == RelationResult.Status.HELD), r.relationResults()::toString);
            assertTrue(r.relationResults().stream().allMatch(x -> x.imbalance().orElseThrow() == 0 || !x.ruleId().startsWith("T3")));
            // Random reports too: one result per instance, whatever holds.
            Random random = new Random(16);
            for (int i = 0; i < 50; i++) {
                AnnualReport report = Reports.random(random, e);
                ValidationResult rr = ALL.validate(report);
                assertEquals(instances(report), rr.relationResults().size());
                assertEquals(rr.findings().stream().filter(f -> f.ruleId().startsWith("T3") || f.ruleId().startsWith("T4")).count(),
                        rr.relationResults().stream().filter(x -> x.status() == RelationResult.Status.BROKEN
                                && (x.ruleId().startsWith("T3") || x.ruleId().startsWith("T4"))).count());
            }
        }
        assertEquals(List.of(), ReportValidator.standard().validate(Reports.clean(Edition.V2021)).relationResults(), "opt-in");
    }

    @Test
    void brokenAndNotAssessedRelationsSayWhy() {
        Edition e = Edition.V2021;
        AnnualReport broken = Reports.plus(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD), 3);
        List<RelationResult> t4 = ALL.validate(broken).relationResults().stream().filter(x -> x.ruleId().equals("T4-TOTAL")).toList();
        assertEquals(RelationResult.Status.BROKEN, t4.get(0).status());
        assertEquals(3, t4.get(0).imbalance().orElseThrow());
        assertEquals(RelationResult.Status.HELD, t4.get(1).status());

        AnnualReport blankTotal = Reports.with(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), Count.BLANK);
        RelationResult r = ALL.validate(blankTotal).relationResults().stream().filter(x -> x.ruleId().equals("T4-TOTAL")).findFirst().orElseThrow();
        assertEquals(RelationResult.Status.NOT_ASSESSED, r.status());
        assertEquals(List.of(Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL).path()),
                r.keptBy().stream().map(FindingCell::path).toList());
        assertTrue(r.imbalance().isEmpty());
    }

    @Test
    void fingerprintsNameTheCellsNotTheValues() {
        Edition e = Edition.V2021;
        AnnualReport a = Reports.plus(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD), 3);
        AnnualReport b = Reports.plus(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD), 7);
        Finding fa = ALL.validate(a).findings(StandardRule.T4_TOTAL).get(0);
        Finding fb = ALL.validate(b).findings(StandardRule.T4_TOTAL).get(0);
        assertEquals(Fingerprints.of(fa), Fingerprints.of(fb));
        assertTrue(Fingerprints.of(fa).startsWith("T4-TOTAL(/reviewLitigation/administrativeReview/upheld,"), Fingerprints.of(fa));
        assertTrue(Fingerprints.of(fa).endsWith("=/reviewLitigation/administrativeReview/total)"), Fingerprints.of(fa));
        Set<String> all = ALL.validate(a).relationResults().stream().map(RelationResult::fingerprint).collect(Collectors.toSet());
        assertEquals(instances(e), all.size(), "fingerprints tell every instance apart");
        assertTrue(all.contains(Fingerprints.of(fa)), "a finding and its relation share the fingerprint");
    }

    @Test
    void aBaselineHidesExactlyTheAcceptedFindings() {
        Random random = new Random(1616);
        for (int i = 0; i < 200; i++) {
            ValidationResult r = ALL.validate(Reports.random(random, i % 2 == 0 ? Edition.V2019 : Edition.V2021));
            List<Finding> f = r.findings();
            Set<String> baseline = f.stream().filter(x -> random.nextBoolean()).map(Fingerprints::of).collect(Collectors.toSet());
            ValidationResult shown = r.excluding(baseline);
            assertEquals(f.stream().filter(x -> !baseline.contains(Fingerprints.of(x))).toList(), shown.findings());
            assertTrue(shown.findings().stream().noneMatch(x -> baseline.contains(Fingerprints.of(x))));
            assertEquals(r.relationResults(), shown.relationResults());
        }
    }

    @Test
    void theBlankPolicyIsAPropertyOfEachRule() {
        Edition e = Edition.V2021;
        // A blank that stands for 0: under COUNT_AS_ZERO every sum still holds.
        AnnualReport r = Reports.with(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.OTHER_OUTCOME), Count.BLANK);
        assertEquals(List.of(), Reports.VALIDATOR.validate(r).findings(StandardRule.T4_TOTAL));
        ValidationResult notAssessed = ReportValidator.builder().clock(Reports.CLOCK).allResults(true)
                .blankPolicy(BlankPolicy.NOT_ASSESSED_IF_BLANK).build().validate(r);
        assertEquals(List.of(), notAssessed.findings(StandardRule.T4_TOTAL));
        assertEquals(RelationResult.Status.NOT_ASSESSED, notAssessed.relationResults().stream()
                .filter(x -> x.ruleId().equals("T4-TOTAL")).findFirst().orElseThrow().status());
        assertEquals(ALL.validate(r).notAssessedRelations() + 1, notAssessed.notAssessedRelations());
        List<Finding> error = ReportValidator.builder().clock(Reports.CLOCK).blankPolicy(BlankPolicy.BLANK_IS_ERROR).build()
                .validate(r).findings(StandardRule.T4_TOTAL);
        assertEquals(1, error.size());
        assertEquals(SumRule.BLANK_MESSAGE_KEY, error.get(0).messageKey());
        assertTrue(error.get(0).message().contains("空白视为错误"), error.get(0)::message);
        // A custom rule carries its own policy.
        SumRule custom = SumRule.builder("X-ROW").term(Reports.t3(e, ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON))
                .total(Reports.t3(e, ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL)).relation(SumRule.Relation.AT_MOST)
                .blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();
        assertEquals(BlankPolicy.BLANK_IS_ERROR, custom.blankPolicy());
        assertEquals(BlankPolicy.COUNT_AS_ZERO, custom.withBlankPolicy(BlankPolicy.COUNT_AS_ZERO).blankPolicy());
        assertEquals(custom.toString(), custom.withBlankPolicy(BlankPolicy.COUNT_AS_ZERO).toString());
    }

    @Test
    void theDecisionFollowsTheSeverities() {
        Edition e = Edition.V2021;
        assertEquals(Decision.ACCEPT, Reports.VALIDATOR.validate(Reports.clean(e)).decision());
        AnnualReport blank = Reports.with(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.OTHER_OUTCOME), Count.BLANK);
        assertEquals(Decision.ACCEPT_WITH_WARNINGS, Reports.VALIDATOR.validate(blank).decision());
        AnnualReport broken = Reports.plus(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD), 3);
        assertEquals(Decision.RETURN, Reports.VALIDATOR.validate(broken).decision());
        // A pack that makes the error a warning accepts with warnings; one that raises the blank returns.
        assertEquals(Decision.ACCEPT_WITH_WARNINGS, ReportValidator.builder().clock(Reports.CLOCK)
                .severity(StandardRule.T4_TOTAL, Severity.WARNING).build().validate(broken).decision());
        assertEquals(Decision.RETURN, ReportValidator.builder().clock(Reports.CLOCK)
                .severity(StandardRule.BLANK_CELL, Severity.ERROR).build().validate(blank).decision());
        AnnualReport unknown = Reports.with(Reports.clean(e), Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.OTHER_OUTCOME), Count.unknown(null));
        assertEquals(Decision.ACCEPT_WITH_WARNINGS, Reports.VALIDATOR.validate(unknown).decision());
        // A relation not assessed is a fault of the reading, not of the report: even as an ERROR it never returns one.
        ValidationResult raised = ReportValidator.builder().clock(Reports.CLOCK).severity(StandardRule.NOT_ASSESSED, Severity.ERROR)
                .build().validate(unknown);
        assertTrue(raised.findings().stream().anyMatch(f -> f.ruleId().equals("NOT-ASSESSED") && f.severity() == Severity.ERROR));
        assertEquals(Decision.ACCEPT_WITH_WARNINGS, raised.decision());
        assertEquals(Decision.ACCEPT_WITH_WARNINGS, Decision.of(raised.findings(), false));
        assertEquals(Decision.ACCEPT, Decision.of(java.util.List.of(), false));
        assertEquals(Decision.ACCEPT_WITH_WARNINGS, Decision.of(java.util.List.of(), true));
    }
}

package io.github.nianbao.validation;

import static io.github.nianbao.validation.Reports.VALIDATOR;
import static io.github.nianbao.validation.Reports.clean;
import static io.github.nianbao.validation.Reports.plus;
import static io.github.nianbao.validation.Reports.t3;
import static io.github.nianbao.validation.Reports.t4;
import static io.github.nianbao.validation.Reports.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A relation with an unknown cell is not assessed: no error or warning of its own, one
 * NOT-ASSESSED finding naming the unknown cells, and a verdict that is never "pass".
 */
class UnknownCellsTest {

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aCleanReportPassesWithEveryRelationAssessed(Edition e) {
        ValidationResult result = VALIDATOR.validate(clean(e));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(0, result.unknownCells());
        assertTrue(result.assessedRelations() > 30, () -> "relations assessed: " + result.assessedRelations());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void anUnknownTermKeepsItsRelationsFromBeingAssessed(Edition e) {
        AnnualReport clean = clean(e);
        ValidationResult before = VALIDATOR.validate(clean);
        CellKey cell = t3(e, ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON);
        ValidationResult result = VALIDATOR.validate(with(clean, cell, Count.unknown("GLUED_AMBIGUOUS")));

        // 一 × 自然人 is a term of the 自然人 ledger and of row 一's total: both not assessed.
        List<Finding> notAssessed = Expect.only(result, StandardRule.NOT_ASSESSED, 2);
        assertEquals(Set.of("T3-LEDGER", "T3-ROW-TOTAL"),
                Set.of(notAssessed.get(0).arguments().get("rule"), notAssessed.get(1).arguments().get("rule")));
        for (Finding f : notAssessed) {
            assertEquals(Severity.INFO, f.severity());
            assertTrue(Expect.paths(f).contains(cell.path()), f::toString);
            assertEquals(List.of(cell.path()), unknownPaths(f));
        }
        assertEquals(Verdict.INCOMPLETE, result.verdict());
        assertTrue(result.isAcceptable());
        assertEquals(1, result.unknownCells());
        assertEquals(before.assessedRelations() - 2, result.assessedRelations());
        assertEquals(before.notAssessedRelations() + 2, result.notAssessedRelations());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void anUnknownTotalIsNotAssessedAndNeverABlankCell(Edition e) {
        CellKey total = t3(e, ApplicationRow.TOTAL_HANDLED, Applicant.NATURAL_PERSON);
        ValidationResult result = VALIDATOR.validate(with(clean(e), total, Count.UNKNOWN));
        // the ledger, the outcomes of 自然人 and the row total of （七）总计
        List<Finding> notAssessed = Expect.only(result, StandardRule.NOT_ASSESSED, 3);
        for (Finding f : notAssessed) {
            assertEquals(List.of(total.path()), unknownPaths(f));
        }
        assertTrue(result.findings(StandardRule.BLANK_CELL).isEmpty(), result::toString);
        assertEquals(Verdict.INCOMPLETE, result.verdict());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aBrokenRelationWithAnUnknownCellIsNotAnError(Edition e) {
        // 行政复议 总计 grows by 1: T4-TOTAL is broken ...
        CellKey total = t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL);
        AnnualReport broken = plus(clean(e), total, 1);
        assertEquals(Verdict.FAIL, VALIDATOR.validate(broken).verdict());
        // ... unless one of its terms could not be read: then it is not assessed, and no error is invented.
        CellKey upheld = t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD);
        ValidationResult result = VALIDATOR.validate(with(broken, upheld, Count.unknown("CELL_UNREADABLE")));
        assertTrue(result.findings(StandardRule.T4_TOTAL).isEmpty(), result::toString);
        Finding f = Expect.only(result, StandardRule.NOT_ASSESSED, 1).get(0);
        assertEquals(List.of(upheld.path()), unknownPaths(f));
        assertEquals(Verdict.INCOMPLETE, result.verdict());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void errorsElsewhereStillFail(Edition e) {
        CellKey total = t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL);
        AnnualReport r = plus(clean(e), total, 1);
        r = with(r, t3(e, ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON), Count.UNKNOWN);
        ValidationResult result = VALIDATOR.validate(r);
        assertEquals(1, result.findings(StandardRule.T4_TOTAL).size());
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(1, result.unknownCells());
        assertEquals(Verdict.FAIL, result.verdict(Severity.WARNING));
    }

    @Test
    void anUnknownCellOfLastYearKeepsTheCarryFromBeingAssessed() {
        Edition e = Edition.V2021;
        AnnualReport previous = Reports.previous(e);
        CellKey forward = t3(e, ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON);
        ValidationResult result = VALIDATOR.validate(Reports.following(e), with(previous, forward, Count.UNKNOWN));
        List<Finding> carry = result.findings(StandardRule.NOT_ASSESSED).stream()
                .filter(f -> "YEAR-CARRY".equals(f.arguments().get("rule"))).toList();
        assertEquals(1, carry.size(), result::toString);
        assertEquals(Period.PREVIOUS_YEAR, carry.get(0).cells().stream()
                .filter(c -> c.cell().orElseThrow().isUnknown()).findFirst().orElseThrow().period());
        assertTrue(result.findings(StandardRule.YEAR_CARRY).isEmpty(), result::toString);
        // unknown cells of last year's report do not make this year's incomplete
        assertEquals(0, result.unknownCells());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void unknownAmountsAndCountsAreNoCellFindings(Edition e) {
        AnnualReport r = clean(e);
        for (CellKey k : r.table(Section.PROACTIVE_DISCLOSURE).layout().cells()) {
            r = with(r, k, k.kind() == CellKind.AMOUNT ? Amount.unknown("X") : Count.unknown("X"));
        }
        ValidationResult result = VALIDATOR.validate(r);
        for (Finding f : result.findings()) {
            assertTrue(f.is(StandardRule.NOT_ASSESSED), f::toString);
        }
        assertEquals(r.table(Section.PROACTIVE_DISCLOSURE).layout().cells().size(), result.unknownCells());
    }

    @Test
    void theMessageNamesTheRuleAndTheUnknownCellInBothLanguages() {
        Edition e = Edition.V2021;
        CellKey cell = t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD);
        Finding f = Expect.only(VALIDATOR.validate(with(clean(e), cell, Count.UNKNOWN)), StandardRule.NOT_ASSESSED, 1).get(0);
        String zh = f.message();
        String en = f.message(Locale.ENGLISH);
        assertTrue(zh.contains("T4-TOTAL") && zh.contains(ReviewColumn.UPHELD.label()) && zh.contains("未核对"), zh);
        assertTrue(en.contains("T4-TOTAL") && en.contains("not assessed"), en);
        assertFalse(StandardRule.NOT_ASSESSED.description(Locale.ENGLISH).isBlank());
    }

    /**
     * Random valid reports with random cells made unknown: no finding of a relation other than
     * NOT-ASSESSED ever involves an unknown cell, every relation that involves one has exactly one
     * NOT-ASSESSED finding, and the number of relation instances stays what it was.
     */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void unknownCellsNeverMakeAFindingOfTheirRelations(Edition e) {
        Random random = new Random(13);
        List<SumRule> sums = VALIDATOR.rules().stream().filter(SumRule.class::isInstance).map(SumRule.class::cast).toList();
        for (int n = 0; n < 300; n++) {
            AnnualReport valid = Reports.random(random, e);
            ValidationResult before = VALIDATOR.validate(valid);
            AnnualReport r = valid;
            Set<CellKey> unknown = new HashSet<>();
            for (Section s : List.of(Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION)) {
                Table t = r.table(s);
                for (CellKey k : t.layout().cells()) {
                    if (random.nextInt(12) == 0) {
                        unknown.add(k);
                        r = with(r, k, k.kind() == CellKind.AMOUNT ? Amount.UNKNOWN : Count.UNKNOWN);
                    }
                }
            }
            ValidationResult result = VALIDATOR.validate(r);
            int involving = 0;
            for (SumRule rule : sums) {
                if (rule.appliesTo(new ValidationContext(r, null, 2025))
                        && unknown.stream().anyMatch(k -> rule.involves(Period.THIS_YEAR, k))) {
                    involving++;
                }
            }
            List<Finding> notAssessed = new ArrayList<>();
            for (Finding f : result.findings()) {
                boolean touchesUnknown = f.cells().stream().anyMatch(c -> c.cell().map(x -> x.isUnknown()).orElse(false));
                if (f.is(StandardRule.NOT_ASSESSED)) {
                    notAssessed.add(f);
                    assertTrue(touchesUnknown, f::toString);
                } else {
                    assertFalse(touchesUnknown, f::toString);
                }
            }
            assertEquals(involving, notAssessed.size(), result::toString);
            assertEquals(before.assessedRelations() + before.notAssessedRelations(),
                    result.assessedRelations() + result.notAssessedRelations());
            assertEquals(unknown.size(), result.unknownCells());
            assertEquals(unknown.isEmpty() ? Verdict.PASS : Verdict.INCOMPLETE, result.verdict(), result::toString);
        }
    }

    private static List<Object> unknownPaths(Finding f) {
        @SuppressWarnings("unchecked")
        List<FindingCell> cells = (List<FindingCell>) f.arguments().get("unknown");
        return cells.stream().map(c -> (Object) c.path()).toList();
    }
}

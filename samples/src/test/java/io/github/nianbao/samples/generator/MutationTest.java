package io.github.nianbao.samples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The generators against the standard validator: valid reports have no error and exactly the blank
 * warnings of their blank cells; every mutation yields exactly its declared findings.
 */
class MutationTest {

    private static final int REPORTS_PER_EDITION = 1000;
    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final ReportGenerator GENERATOR = ReportGenerator.standard();

    @Test
    void validReportsHaveNoErrorAndOnlyTheirBlankCellsAsWarnings() {
        for (Edition edition : Edition.values()) {
            RandomGenerator random = ReportGenerator.random(1000 + edition.ordinal());
            for (int i = 0; i < REPORTS_PER_EDITION; i++) {
                AnnualReport report = GENERATOR.valid(random, edition);
                ValidationResult result = VALIDATOR.validate(report);
                assertTrue(result.isAcceptable(), () -> result.format(java.util.Locale.ENGLISH));
                assertEquals(blankCells(report), result.findings().stream().map(ExpectedFinding::of).toList().stream()
                        .sorted(java.util.Comparator.comparing(ExpectedFinding::toString)).toList(), result::toString);
            }
        }
    }

    @Test
    void validPairsHaveNoErrorAndNoCrossYearFinding() {
        for (Edition edition : Edition.values()) {
            RandomGenerator random = ReportGenerator.random(2000 + edition.ordinal());
            for (int i = 0; i < REPORTS_PER_EDITION; i++) {
                ReportPair pair = GENERATOR.pair(random, edition);
                ValidationResult result = VALIDATOR.validate(pair.current(), pair.previous());
                assertTrue(result.isAcceptable(), result::toString);
                for (Finding f : result.findings()) {
                    assertEquals(StandardRule.BLANK_CELL.id(), f.ruleId(), result::toString);
                }
            }
        }
    }

    @Test
    void everyMutationYieldsExactlyItsDeclaredFindings() {
        Map<Mutation, Set<StandardRule>> produced = new EnumMap<>(Mutation.class);
        for (Edition edition : Edition.values()) {
            RandomGenerator random = ReportGenerator.random(3000 + edition.ordinal());
            List<Mutation> mutations = Mutation.applicableTo(edition);
            for (int i = 0; i < REPORTS_PER_EDITION; i++) {
                // Every mutation in turn, about 1000 / 20 = 50 cases each per edition.
                Mutation mutation = mutations.get(i % mutations.size());
                InvalidReport c = GENERATOR.invalid(random, edition, mutation);
                ValidationResult result = c.validate(VALIDATOR);
                if (!c.matches(result)) {
                    fail(c + "\nmissing " + c.missing(result) + "\nunexpected " + c.unexpected(result) + "\n" + result);
                }
                assertFalse(c.caused().isEmpty(), c::toString);
                assertEquals(mutation.isCrossYear(), c.previousYear().isPresent(), c::toString);
                for (ExpectedFinding f : c.caused()) {
                    StandardRule rule = StandardRule.ofId(f.ruleId()).orElseThrow();
                    assertTrue(mutation.rules().contains(rule), () -> mutation + " caused " + f);
                    produced.computeIfAbsent(mutation, m -> EnumSet.noneOf(StandardRule.class)).add(rule);
                }
            }
        }
        for (Mutation mutation : Mutation.values()) {
            assertEquals(mutation.rules(), produced.get(mutation), mutation + " causes every rule it declares");
        }
    }

    @Test
    void everyErrorAndWarningRuleIsCoveredByAMutation() {
        Set<StandardRule> covered = EnumSet.noneOf(StandardRule.class);
        for (Edition edition : Edition.values()) {
            RandomGenerator random = ReportGenerator.random(4000 + edition.ordinal());
            for (Mutation mutation : Mutation.applicableTo(edition)) {
                for (int i = 0; i < 50; i++) {
                    InvalidReport c = GENERATOR.invalid(random, edition, mutation);
                    ValidationResult result = c.validate(VALIDATOR);
                    assertTrue(c.matches(result), c::toString);
                    for (ExpectedFinding f : c.caused()) {
                        covered.add(StandardRule.ofId(f.ruleId()).orElseThrow());
                    }
                }
            }
        }
        List<StandardRule> uncovered = new ArrayList<>();
        for (StandardRule rule : StandardRule.values()) {
            if (rule.defaultSeverity().isAtLeast(Severity.WARNING) && !covered.contains(rule)) {
                uncovered.add(rule);
            }
        }
        assertEquals(List.of(), uncovered, "ERROR and WARNING rules no mutation produces");
    }

    @Test
    void mutationsOfTheOtherEditionAreRefused() {
        for (Mutation m : Mutation.values()) {
            for (Edition e : Edition.values()) {
                if (!m.appliesTo(e)) {
                    assertThrows(IllegalArgumentException.class, () -> GENERATOR.invalid(ReportGenerator.random(1), e, m));
                }
            }
        }
    }

    @Test
    void sameSeedSameCase() {
        for (Edition e : Edition.values()) {
            assertEquals(GENERATOR.invalid(ReportGenerator.random(42), e), GENERATOR.invalid(ReportGenerator.random(42), e));
            assertEquals(GENERATOR.invalidPair(ReportGenerator.random(42), e), GENERATOR.invalidPair(ReportGenerator.random(42), e));
        }
    }

    private static List<ExpectedFinding> blankCells(AnnualReport report) {
        List<ExpectedFinding> out = new ArrayList<>();
        for (Section s : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
            List<io.github.nianbao.core.catalogue.ReportPath> blank = new ArrayList<>();
            for (CellKey k : report.table(s).layout().cells()) {
                if (report.cell(k).isBlank()) {
                    blank.add(k.path());
                }
            }
            if (!blank.isEmpty()) {
                out.add(ExpectedFinding.of(StandardRule.BLANK_CELL, blank)); // one per table, naming all its blanks
            }
        }
        out.sort(java.util.Comparator.comparing(ExpectedFinding::toString));
        return out;
    }
}

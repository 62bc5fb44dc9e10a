package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties over random reports that are valid by construction (see {@link Reports#random}). */
class PropertiesTest {

    private static final Set<String> SUM_RULES = Set.of("T3-LEDGER", "T3-OUTCOMES", "T3-ROW-TOTAL", "T4-TOTAL",
            "T2-2019-ITEMS", "T2-2019-PUBLISHED", "SUM-OVERFLOW");
    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};

    @Test
    void validByConstructionHasNoFinding() {
        qt().withExamples(300).forAll(longs().all(), arbitrary().enumValues(Edition.class)).checkAssert((seed, edition) -> {
            AnnualReport report = Reports.random(new Random(seed), edition);
            ValidationResult result = Reports.VALIDATOR.validate(report);
            assertTrue(result.isAcceptable(), result::toString);
            assertTrue(result.isEmpty(), result::toString);
            assertFalse(sumBroken(report), "the oracle agrees the report is valid");
        });
    }

    @Test
    void validPairsByConstructionHaveNoFinding() {
        qt().withExamples(200).forAll(longs().all(), integers().between(2020, 2024)).checkAssert((seed, year) -> {
            Random r = new Random(seed);
            AnnualReport previous = Reports.random(r, Edition.forReportYear(year - 1), year - 1, null);
            AnnualReport current = Reports.random(r, Edition.forReportYear(year), year, previous);
            ValidationResult result = Reports.VALIDATOR.validate(current, previous);
            assertTrue(result.isEmpty(), result::toString);
        });
    }

    @Test
    void oneChangedCellYieldsFindingsAboutThatCellOnly() {
        qt().withExamples(1500).forAll(longs().all(), arbitrary().enumValues(Edition.class), integers().between(0, 10_000),
                integers().between(0, 9)).checkAssert((seed, edition, position, kind) -> {
            AnnualReport report = Reports.random(new Random(seed), edition);
            Table table = report.table(TABLES[position % 3]);
            CellKey key = table.layout().cells().get(position / 3 % table.layout().size());
            Cell changed = change(table.cell(key), kind, new Random(seed + position));
            AnnualReport mutated = Reports.with(report, key, changed);
            ValidationResult result = Reports.VALIDATOR.validate(mutated);
            String why = key + " " + table.cell(key) + " -> " + changed + "\n" + result;
            for (Finding f : result.findings()) {
                assertTrue(f.cells().stream().anyMatch(c -> c.period() == Period.THIS_YEAR && c.path().equals(key.path())), why);
            }
            boolean sumFinding = result.findings().stream().anyMatch(f -> SUM_RULES.contains(f.ruleId()));
            if (result.findings(StandardRule.SUM_OVERFLOW).isEmpty()) {
                assertTrue(sumBroken(mutated) == sumFinding, "sum finding iff the oracle finds a broken sum: " + why);
            } else {
                // Beyond 64 bits the relation is not assessed; that is an error of its own.
                assertTrue(kind == 9, "overflow only for a huge value: " + why);
            }
            if (changed.isBlank()) {
                assertTrue(!result.findings(StandardRule.BLANK_CELL).isEmpty(), why);
            }
            if (changed.isNotApplicable() && key.table() != Section.PROACTIVE_DISCLOSURE) {
                assertTrue(!result.findings(StandardRule.NA_CELL).isEmpty(), why);
            }
            if (changed.isNumber() && key.table() != Section.PROACTIVE_DISCLOSURE) {
                assertTrue(sumFinding, "every number of tables 三 and 四 is in a sum: " + why);
            }
        });
    }

    /**
     * The validator runs runs of sum rules and of per-cell rules as single steps; its findings must
     * be those of its rules run one by one, in the same order, whatever the forms, the previous year
     * and the broken cells.
     */
    @Test
    void findingsAreThoseOfTheRulesRunOneByOne() {
        ReportValidator withCustom = ReportValidator.builder().clock(Reports.CLOCK)
                .disable(StandardRule.T4_TOTAL)
                .addRule(SumRule.builder("X-LEDGER-BOUND").term(Reports.t3(Edition.V2021, ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL))
                        .total(Reports.t3(Edition.V2021, ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL))
                        .relation(SumRule.Relation.AT_MOST).build())
                .addRule(SumRule.builder("X-CARRY").term(Period.PREVIOUS_YEAR, Reports.t3(Edition.V2019, ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL), 1)
                        .total(Reports.t3(Edition.V2021, ApplicationRow.CARRIED_OVER, Applicant.TOTAL)).build())
                .build();
        qt().withExamples(400).forAll(longs().all(), integers().between(2020, 2024), integers().between(0, 12))
                .checkAssert((seed, year, changes) -> {
                    Random r = new Random(seed);
                    AnnualReport previous = r.nextBoolean() ? null : Reports.random(r, Edition.forReportYear(year - 1), year - 1, null);
                    AnnualReport report = Reports.random(r, Edition.forReportYear(year), year, previous);
                    for (int i = 0; i < changes; i++) {
                        Table table = report.table(TABLES[r.nextInt(3)]);
                        CellKey key = table.layout().cells().get(r.nextInt(table.layout().size()));
                        report = Reports.with(report, key, change(table.cell(key), r.nextInt(10), r));
                    }
                    for (ReportValidator v : List.of(Reports.VALIDATOR, withCustom)) {
                        ValidationContext context = new ValidationContext(report, previous, Reports.CLOCK
                                .instant().atZone(Reports.CLOCK.getZone()).getYear());
                        List<Finding> oneByOne = new java.util.ArrayList<>();
                        for (Rule rule : v.rules()) {
                            rule.check(context, oneByOne::add);
                        }
                        assertEquals(oneByOne, v.validate(report, previous).findings());
                    }
                });
    }

    /** Another number (possibly negative or huge), blank, or not applicable. */
    private static Cell change(Cell old, int kind, Random r) {
        if (kind == 7) {
            return old instanceof Amount ? Amount.BLANK : Count.BLANK;
        }
        if (kind == 8) {
            return old instanceof Amount ? Amount.NOT_APPLICABLE : Count.NOT_APPLICABLE;
        }
        long delta = (r.nextInt(60) + 1) * (r.nextBoolean() ? 1 : -1);
        if (old instanceof Amount a) {
            BigDecimal base = a.isNumber() ? a.value() : BigDecimal.ZERO;
            return Amount.of(base.add(BigDecimal.valueOf(delta)), a.isNumber() ? a.unit() : io.github.nianbao.core.cell.MoneyUnit.WAN_YUAN);
        }
        long base = ((Count) old).valueOr(0);
        return Count.of(kind == 9 ? Long.MAX_VALUE - r.nextInt(3) : base + delta);
    }

    // ---- an independent oracle: the relations of FORMAT.md §6, written out by hand over the typed tables ----

    static boolean sumBroken(AnnualReport report) {
        return applicationsBroken(report.applications()) || reviewBroken(report.reviewLitigation())
                || disclosureBroken(report.proactiveDisclosure());
    }

    private static BigInteger v(Cell c) {
        return c.isNumber() ? BigInteger.valueOf(((Count) c).value()) : BigInteger.ZERO;
    }

    private static boolean applicationsBroken(ApplicationTable t) {
        Layout layout = t.layout();
        for (CatalogueEntry row : layout.rows()) {
            ApplicationRow r = (ApplicationRow) row;
            Count total = t.cell(r, Applicant.TOTAL);
            if (total.isNumber()) {
                BigInteger sum = BigInteger.ZERO;
                for (Applicant a : List.of(Applicant.NATURAL_PERSON, Applicant.COMMERCIAL_ENTERPRISE, Applicant.RESEARCH_INSTITUTION,
                        Applicant.PUBLIC_INTEREST_ORGANIZATION, Applicant.LEGAL_SERVICE_AGENCY, Applicant.OTHER_ORGANIZATION)) {
                    sum = sum.add(v(t.cell(r, a)));
                }
                if (!sum.equals(v(total))) {
                    return true;
                }
            }
        }
        for (Applicant a : Applicant.values()) {
            Count handled = t.cell(ApplicationRow.TOTAL_HANDLED, a);
            if (!handled.isNumber()) {
                continue;
            }
            BigInteger ledger = v(t.cell(ApplicationRow.NEWLY_RECEIVED, a)).add(v(t.cell(ApplicationRow.CARRIED_OVER, a)))
                    .subtract(v(t.cell(ApplicationRow.CARRIED_FORWARD, a)));
            BigInteger results = BigInteger.ZERO;
            for (ApplicationRow r : ApplicationRow.values()) {
                boolean result = r.ordinal() >= ApplicationRow.DISCLOSED.ordinal() && r.ordinal() < ApplicationRow.TOTAL_HANDLED.ordinal();
                if (result && t.hasRow(r)) {
                    results = results.add(v(t.cell(r, a)));
                }
            }
            if (!ledger.equals(v(handled)) || !results.equals(v(handled))) {
                return true;
            }
        }
        return false;
    }

    private static boolean reviewBroken(ReviewLitigationTable t) {
        for (ReviewBlock b : ReviewBlock.values()) {
            Count total = t.cell(b, ReviewColumn.TOTAL);
            BigInteger sum = v(t.cell(b, ReviewColumn.UPHELD)).add(v(t.cell(b, ReviewColumn.CORRECTED)))
                    .add(v(t.cell(b, ReviewColumn.OTHER_OUTCOME))).add(v(t.cell(b, ReviewColumn.PENDING)));
            if (total.isNumber() && !sum.equals(v(total))) {
                return true;
            }
        }
        return false;
    }

    private static boolean disclosureBroken(ProactiveDisclosure t) {
        if (t.edition() != Edition.V2019) {
            return false;
        }
        for (CatalogueEntry row : t.layout().rows()) {
            var published = t.layout().find(row, DisclosureColumn.NEWLY_PUBLISHED);
            var total = t.layout().find(row, DisclosureColumn.TOTAL_PUBLISHED);
            if (published.isPresent() && t.cell(total.get()).isNumber()
                    && v(t.cell(published.get())).compareTo(v(t.cell(total.get()))) > 0) {
                return true;
            }
            var items = t.layout().find(row, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
            var change = t.layout().find(row, DisclosureColumn.CHANGE);
            if (items.isPresent() && change.isPresent()) {
                Cell i = t.cell(items.get());
                Cell c = t.cell(change.get());
                if ((i.isNumber() || c.isNumber()) && v(i).add(v(c)).signum() < 0) {
                    return true;
                }
            }
        }
        return false;
    }
}

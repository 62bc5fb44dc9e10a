package io.github.nianbao.samples.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.samples.quicktheories.ReportSources;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Rule;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * BLANK-CELL groups the blank cells of a table into one finding: the grouped findings name exactly
 * the cells a per-cell blank rule names, each table at most once, and nothing else changes.
 */
class BlankCellGroupingTest {

    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};
    private static final ReportValidator STANDARD = ReportValidator.standard();
    /** The rule as it was before grouping: one finding per blank cell, in cell order. */
    private static final Rule PER_CELL = new Rule() {
        @Override
        public String id() {
            return "PER-CELL-BLANK";
        }

        @Override
        public void check(io.github.nianbao.validation.ValidationContext context, Consumer<Finding> findings) {
            for (Section s : TABLES) {
                Table t = context.report().table(s);
                for (CellKey k : t.layout().cells()) {
                    if (t.cell(k).isBlank()) {
                        findings.accept(Finding.builder().ruleId(id()).severity(Severity.WARNING)
                                .addCells(FindingCell.of(k, t.cell(k))).build());
                    }
                }
            }
        }
    };
    private static final ReportValidator PER_CELL_ONLY = ReportValidator.builder().withoutStandardRules().addRule(PER_CELL).build();

    /** Valid reports with up to a third of their cells blanked at random, in any table. */
    private static Gen<AnnualReport> blanked() {
        return ReportSources.of(random -> {
            Edition edition = random.nextBoolean() ? Edition.V2019 : Edition.V2021;
            AnnualReport report = ReportGenerator.standard().valid(random, edition);
            int share = random.nextInt(4); // 0, 1/9, 2/9, 1/3 of the cells
            for (Section s : TABLES) {
                Table t = report.table(s);
                for (CellKey k : t.layout().cells()) {
                    if (random.nextInt(9) < share) {
                        t = t.withCell(k, k.kind() == io.github.nianbao.core.catalogue.CellKind.AMOUNT ? Amount.BLANK : Count.BLANK);
                    }
                }
                report = switch (s) {
                    case PROACTIVE_DISCLOSURE -> report.withProactiveDisclosure((ProactiveDisclosure) t);
                    case APPLICATIONS -> report.withApplications((ApplicationTable) t);
                    default -> report.withReviewLitigation((ReviewLitigationTable) t);
                };
            }
            return report;
        });
    }

    @Test
    void groupedFindingsNameExactlyTheCellsThePerCellRuleNamed() {
        qt().withExamples(500).forAll(blanked()).checkAssert(BlankCellGroupingTest::sameCells);
    }

    @Test
    void sameOnEveryMutation() {
        qt().withExamples(300).forAll(ReportSources.invalidReports()).checkAssert(broken -> sameCells(broken.report()));
    }

    private static void sameCells(AnnualReport report) {
        List<ReportPath> perCell = new ArrayList<>();
        for (Finding f : PER_CELL_ONLY.validate(report).findings()) {
            perCell.add(f.cells().get(0).path());
        }
        ValidationResult result = STANDARD.validate(report);
        List<ReportPath> grouped = new ArrayList<>();
        Set<Section> tables = EnumSet.noneOf(Section.class);
        for (Finding f : result.findings(StandardRule.BLANK_CELL)) {
            Section table = f.cells().get(0).section().orElseThrow();
            assertTrue(tables.add(table), () -> "two findings for " + table + ": " + result);
            for (FindingCell c : f.cells()) {
                assertEquals(table, c.section().orElseThrow(), f::toString);
                assertTrue(c.cell().orElseThrow().isBlank(), f::toString);
                grouped.add(c.path());
            }
            assertEquals(f.cells().size(), f.arguments().get("count"));
        }
        assertEquals(perCell, grouped); // same cells, same order, none twice
    }
}

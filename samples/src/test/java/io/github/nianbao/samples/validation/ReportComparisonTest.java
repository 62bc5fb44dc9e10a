package io.github.nianbao.samples.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.comparison.AgencyMatch;
import io.github.nianbao.validation.comparison.CellChange;
import io.github.nianbao.validation.comparison.ReportComparison;
import io.github.nianbao.validation.comparison.ReportSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One agency across years: generated series with breaks, a missing year, and 洪泽区 2023 → 2024. */
class ReportComparisonTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static List<AnnualReport> series(long seed) {
        return ReportGenerator.standard().series(ReportGenerator.random(seed), 2019, 6); // 2019–2024, V2019 → V2021
    }

    private static List<String> crossYearRules(ReportComparison c) {
        return c.crossYearFindings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void aConsistentSeriesHasNoCrossYearFindingAndNoMissingYear() {
        for (long seed = 1; seed <= 40; seed++) {
            List<AnnualReport> reports = new ArrayList<>(series(seed));
            Collections.shuffle(reports, new java.util.Random(seed));
            List<ReportSeries> all = ReportSeries.of(VALIDATOR, reports);
            assertEquals(1, all.size());
            ReportSeries s = all.get(0);
            assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024), s.reports().stream().map(AnnualReport::reportYear).toList());
            assertEquals(List.of(), s.missingYears());
            assertEquals(5, s.comparisons().size());
            for (ReportComparison c : s.comparisons()) {
                assertEquals(List.of(), crossYearRules(c), c::toString);
            }
            // 2020 → 2021: the edition changes; rows of one form only are listed, not compared.
            ReportComparison edition = s.comparisons().get(1);
            assertTrue(edition.oneFormOnly().stream().anyMatch(ch -> ch.kind() == CellChange.Kind.ONLY_OLDER_FORM));
            assertTrue(edition.oneFormOnly().stream().anyMatch(ch -> ch.kind() == CellChange.Kind.ONLY_NEWER_FORM));
            assertTrue(s.comparisons().get(2).oneFormOnly().isEmpty());
        }
    }

    @Test
    void carryOverBrokenInOneYearStockBrokenInAnotherAndAMissingYear() {
        List<AnnualReport> reports = new ArrayList<>(series(7));
        // 2022: 上年结转 › 总计 raised by 3.
        AnnualReport y2022 = reports.get(3);
        ApplicationTable t3 = y2022.applications();
        CellKey over = t3.layout().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
        ApplicationTable broken = (ApplicationTable) t3.withCell(over, Count.of(((Count) t3.cell(over)).valueOr(0) + 3));
        reports.set(3, y2022.withApplications(broken));
        // 2023: 现行有效件数 of 行政规范性文件 raised by 2.
        AnnualReport y2023 = reports.get(4);
        ProactiveDisclosure t2 = y2023.proactiveDisclosure();
        CellKey stock = t2.layout().cell(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE);
        reports.set(4, y2023.withProactiveDisclosure((ProactiveDisclosure) t2.withCell(stock,
                Count.of(((Count) t2.cell(stock)).valueOr(0) + 2))));
        List<ReportComparison> c = ReportSeries.of(VALIDATOR, reports).get(0).comparisons();
        assertEquals(List.of(), crossYearRules(c.get(0)));
        assertEquals(List.of(), crossYearRules(c.get(1)));
        assertEquals(List.of(StandardRule.YEAR_CARRY.id()), crossYearRules(c.get(2)));        // 2021 → 2022
        assertEquals(List.of(StandardRule.YEAR_2021_STOCK.id()), crossYearRules(c.get(3)));   // 2022 → 2023
        assertEquals(List.of(StandardRule.YEAR_2021_STOCK.id()), crossYearRules(c.get(4)));   // 2023 → 2024 follows the raised stock
        // The changed cells are listed with old, new, difference and ratio, largest first.
        for (ReportComparison x : c) {
            for (int i = 1; i < x.changes().size(); i++) {
                assertTrue(x.changes().get(i - 1).magnitude().compareTo(x.changes().get(i).magnitude()) >= 0);
            }
        }
        // A year removed: named as missing; the reports either side are compared, and are no consecutive pair.
        reports.remove(3);
        ReportSeries gap = ReportSeries.of(VALIDATOR, reports).get(0);
        assertEquals(List.of(2022), gap.missingYears());
        assertEquals(List.of(StandardRule.PREVIOUS_MISMATCH.id()), crossYearRules(gap.comparisons().get(2)));
    }

    @Test
    void carryOverBrokenGivesYearCarry() {
        List<AnnualReport> reports = new ArrayList<>(series(8));
        AnnualReport y2022 = reports.get(3);
        ApplicationTable t3 = y2022.applications();
        CellKey over = t3.layout().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
        reports.set(3, y2022.withApplications((ApplicationTable) t3.withCell(over, Count.of(((Count) t3.cell(over)).valueOr(0) + 3))));
        List<ReportComparison> c = ReportSeries.of(VALIDATOR, reports).get(0).comparisons();
        assertEquals(List.of(StandardRule.YEAR_CARRY.id()), crossYearRules(c.get(2)));
        assertEquals("/applications/carriedOver/total", c.get(2).crossYearFindings().get(0).primaryCell().orElseThrow().path().toString());
        for (int i = 0; i < c.size(); i++) {
            if (i != 2) {
                assertEquals(List.of(), crossYearRules(c.get(i)), c.get(i)::toString);
            }
        }
    }

    @Test
    void hongzeQu2023To2024() {
        AnnualReport before = SampleReports.hongzeQu2023();
        AnnualReport now = SampleReports.hongzeQu2024();
        ReportComparison c = ReportComparison.of(VALIDATOR, before, now);
        assertEquals(AgencyMatch.SAME_NAME, c.match().orElseThrow());
        assertEquals(List.of(), crossYearRules(c)); // 0 carried forward → 0 carried over; stock 5 + 3 − 0 = 8
        CellChange received = c.changes().stream().filter(ch -> ch.path().toString().equals("/applications/newlyReceived/total"))
                .findFirst().orElseThrow();
        assertEquals(BigDecimal.valueOf(74), received.difference().orElseThrow());
        assertEquals(new BigDecimal("4.523809523809524"), received.ratio().orElseThrow());
        assertEquals("/proactiveDisclosure/item5/licensing/decisionsThisYear", c.changes().get(0).path().toString()); // 550 → 9487
        // Named without its city, 2023 is still the same agency's: matched by folding 淮安市.
        AnnualReport bare = before.withMetadata(before.metadata().withAgency("洪泽区人民政府"));
        assertEquals(AgencyMatch.FOLDED_NAME, AgencyMatch.of(now, bare).orElseThrow());
        assertTrue(VALIDATOR.validate(now, bare).findings(StandardRule.PREVIOUS_MISMATCH).isEmpty());
        AnnualReport other = before.withMetadata(before.metadata().withAgency("宜昌市洪泽区人民政府"));
        assertFalse(AgencyMatch.of(now, other).isPresent());
        assertEquals(1, VALIDATOR.validate(now, other).findings(StandardRule.PREVIOUS_MISMATCH).size());
        assertEquals("淮安市人民政府", AgencyMatch.folded("江苏省淮安市人民政府"));
        assertEquals("洪泽区人民政府", AgencyMatch.folded("江苏省淮安市洪泽区人民政府"));
    }
}

package io.github.nianbao.validation;

import static io.github.nianbao.validation.Reports.VALIDATOR;
import static io.github.nianbao.validation.Reports.t3;
import static io.github.nianbao.validation.Reports.t4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Group;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.TableBuilder;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The arithmetic REAL-WORLD.md found broken in published reports, rebuilt as small tables. */
class RealWorldArithmeticTest {

    private static final Edition E = Edition.V2021;

    @Test
    void resultsSumTo26WhileTotalSays20() {
        // 自然人: 20 new, none carried; results 16 予以公开 + 10 部分公开 = 26, but （七）总计 says 20; the ledger balances.
        TableBuilder<ApplicationTable, ApplicationRow, Applicant> b = ApplicationTable.builder(E).allZero();
        for (Applicant a : new Applicant[] {Applicant.NATURAL_PERSON, Applicant.TOTAL}) {
            b.set(ApplicationRow.NEWLY_RECEIVED, a, 20).set(ApplicationRow.DISCLOSED, a, 16)
                    .set(ApplicationRow.PARTIALLY_DISCLOSED, a, 10).set(ApplicationRow.TOTAL_HANDLED, a, 20);
        }
        AnnualReport r = Reports.clean(E).withApplications(b.build());
        ValidationResult result = VALIDATOR.validate(r);
        List<Finding> f = Expect.only(result, StandardRule.T3_OUTCOMES, 2);
        assertFalse(result.isAcceptable());
        for (int i = 0; i < 2; i++) {
            Applicant column = i == 0 ? Applicant.NATURAL_PERSON : Applicant.TOTAL;
            assertEquals("26", f.get(i).expected().orElseThrow());
            assertEquals("20", f.get(i).actual().orElseThrow());
            assertEquals(t3(E, ApplicationRow.TOTAL_HANDLED, column).path(), f.get(i).primaryCell().orElseThrow().path());
            assertTrue(Expect.paths(f.get(i)).contains(t3(E, ApplicationRow.DISCLOSED, column).path()));
            assertTrue(Expect.paths(f.get(i)).contains(t3(E, ApplicationRow.PARTIALLY_DISCLOSED, column).path()));
        }
        assertTrue(result.findings(StandardRule.T3_LEDGER).isEmpty());
    }

    @Test
    void reviewTotalsOfZero() {
        // 行政复议 10 · 1 · 0 · 0 with 总计 0; 复议后起诉 5 · 0 · 0 · 0 with 总计 0.
        AnnualReport r = Reports.clean(E).withReviewLitigation(ReviewLitigationTable.of(E,
                10, 1, 0, 0, 0,
                0, 0, 0, 0, 0,
                5, 0, 0, 0, 0));
        ValidationResult result = VALIDATOR.validate(r);
        List<Finding> f = Expect.only(result, StandardRule.T4_TOTAL, 2);
        assertEquals(t4(E, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL).path(), f.get(0).primaryCell().orElseThrow().path());
        assertEquals("11", f.get(0).expected().orElseThrow());
        assertEquals("0", f.get(0).actual().orElseThrow());
        assertEquals(t4(E, ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL).path(), f.get(1).primaryCell().orElseThrow().path());
        assertEquals("5", f.get(1).expected().orElseThrow());
        assertEquals("0", f.get(1).actual().orElseThrow());
        assertEquals(List.of(Section.REVIEW_LITIGATION), List.copyOf(result.byTable().keySet()));
        assertEquals(List.of(StandardRule.T4_TOTAL.id()), List.copyOf(result.byRule().keySet()));
        assertTrue(f.get(0).message(Locale.ENGLISH).contains("add up to 11"), f.get(0).message(Locale.ENGLISH));
    }

    @Test
    void blankTotalColumnOnEveryResultRow() {
        // The applicant columns hold numbers; 总计 is blank on every row of 三、本年度办理结果.
        AnnualReport clean = Reports.clean(E);
        Layout layout = Layout.of(Section.APPLICATIONS, E);
        TableBuilder<ApplicationTable, ApplicationRow, Applicant> b = clean.applications().toBuilder();
        List<CellKey> blanked = new java.util.ArrayList<>();
        for (CatalogueEntry row : layout.rows()) {
            if (StandardSumsAccess.under(row, Group.RESULTS)) {
                CellKey key = layout.cell(row, Applicant.TOTAL);
                b.set(key, Count.BLANK);
                blanked.add(key);
            }
        }
        ValidationResult result = VALIDATOR.validate(clean.withApplications(b.build()));
        assertTrue(result.isAcceptable(), result::toString);
        // One BLANK-CELL naming every blank of the table, in cell order.
        List<Finding> blank = result.findings(StandardRule.BLANK_CELL);
        assertEquals(1, blank.size(), result::toString);
        assertEquals(blanked.stream().map(CellKey::path).toList(), Expect.paths(blank.get(0)));
        assertEquals(blanked.size(), blank.get(0).arguments().get("count"));
        // Each blank 总计 whose terms hold numbers says which relations it keeps from being assessed;
        // nothing is computed in its place. T3-OUTCOMES of column 总计 adds up the blanked totals
        // themselves (0 with blanks as 0), so it is not among them.
        List<Finding> totals = result.findings(StandardRule.BLANK_TOTAL);
        result.findings().forEach(Expect::messages);
        assertEquals(blank.size() + totals.size(), result.findings().size(), result::toString);
        Finding handled = totals.get(totals.size() - 1);
        assertEquals(layout.cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL).path(), handled.primaryCell().orElseThrow().path());
        assertEquals(List.of("T3-LEDGER", "T3-ROW-TOTAL"), handled.arguments().get("rules"));
        for (Finding f : totals.subList(0, totals.size() - 1)) {
            assertEquals(List.of("T3-ROW-TOTAL"), f.arguments().get("rules"));
        }
        // The rows of the clean report that hold numbers are 予以公开, 部分公开 and （七）总计.
        assertEquals(3, totals.size(), result::toString);
    }

    /** Reads the catalogue the way the rules do, for the test's own selection of rows. */
    private static final class StandardSumsAccess {
        static boolean under(CatalogueEntry entry, Group group) {
            for (var p = entry.parent(); p.isPresent(); p = p.get().parent()) {
                if (p.get() == group) {
                    return true;
                }
            }
            return false;
        }
    }
}

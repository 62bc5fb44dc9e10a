package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.samples.SampleReports.Published;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §2, never guess: a glued run is read only when the cell types and the relations leave
 * exactly one reading; one reading is read; several, or none consistent, leave the cells unknown
 * with the readings in the diagnostic. Rows of 灵秀镇 2020 (V2019) printed glued.
 */
class GluedReadingsTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();

    private static ImportResult withRow(DisclosureRow row, String printed) {
        String text = Published.LINGXIU_ZHEN_2020.sourceText();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(row.label()) + "\\t.*$").matcher(text);
        assertTrue(m.find(), row::toString);
        return IMPORTER.read(text.substring(0, m.start()) + row.label() + printed + text.substring(m.end()));
    }

    private static ProactiveDisclosure t2(ImportResult r) {
        return r.report().orElseThrow().proactiveDisclosure();
    }

    private static List<CellKey> keys(ImportResult r, DisclosureRow row) {
        return t2(r).layout().row(row);
    }

    @Test
    void aCountGluedToAnAmountStaysUnknownWithItsReadings() {
        ImportResult r = withRow(DisclosureRow.PROCUREMENT, "4212345678.90元");
        for (CellKey k : keys(r, DisclosureRow.PROCUREMENT)) {
            assertTrue(t2(r).cell(k).isUnknown(), k::toString);
            assertEquals(java.util.Optional.of(ImportIssue.GLUED_AMBIGUOUS.name()), t2(r).cell(k).unknownReason());
        }
        ImportDiagnostic d = r.diagnostics().stream().filter(x -> x.issue() == ImportIssue.GLUED_AMBIGUOUS).findFirst().orElseThrow();
        assertEquals(10, d.arguments().get(3)); // nine cuts, and the amount alone beside a blank count (no separators: a blank leaves no trace)
        assertTrue(d.arguments().get(2).toString().contains("4 · 212345678.90元"), d.toString());
        assertTrue(d.arguments().get(2).toString().contains("42 · 12345678.90元"), d.toString());
    }

    @Test
    void aCountAndAnAmountWithOneReadingAreRead() {
        ImportResult r = withRow(DisclosureRow.PROCUREMENT, "0251000元");
        assertEquals(Count.of(0), t2(r).cell(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS));
        assertEquals(Amount.of("251000", MoneyUnit.YUAN), t2(r).cell(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT));
        assertTrue(r.diagnostics().stream().anyMatch(x -> x.issue() == ImportIssue.GLUED_SPLIT));
    }

    @Test
    void aRunWithExactlyOneReadingIsRead() {
        ImportResult r = withRow(DisclosureRow.REGULATIONS, "000");
        for (CellKey k : keys(r, DisclosureRow.REGULATIONS)) {
            assertEquals(Count.of(0), t2(r).cell(k), k::toString);
        }
        assertTrue(r.isComplete(), r::toString);
    }

    @Test
    void aSignIsKeptAndTheItemsRelationLeavesOneReading() {
        // 20 · -10 · 10 or 20 · -101 · 0; 20 - 101 < 0 breaks T2-2019-ITEMS.
        ImportResult r = withRow(DisclosureRow.LICENSING, "20-1010");
        assertEquals(List.of(Count.of(20), Count.of(-10), Count.of(10)),
                keys(r, DisclosureRow.LICENSING).stream().map(k -> t2(r).cell(k)).toList());
        // Two readings that both keep the relation: unknown, with both named.
        ImportResult two = withRow(DisclosureRow.PENALTIES, "1200-5300");
        for (CellKey k : keys(two, DisclosureRow.PENALTIES)) {
            assertTrue(t2(two).cell(k).isUnknown(), k::toString);
        }
        ImportDiagnostic d = two.diagnostics().stream().filter(x -> x.issue() == ImportIssue.GLUED_AMBIGUOUS).findFirst().orElseThrow();
        assertEquals(List.of("1200 · -5 · 300", "1200 · -530 · 0"), d.arguments().get(2));
    }

    @Test
    void aRunNoReadingOfWhichKeepsTheRelationsIsNotRepaired() {
        // 1 · -5 · 0 is the only split, and 1 - 5 < 0: broken as printed, so unknown, never another split.
        ImportResult r = withRow(DisclosureRow.LICENSING, "1-50");
        AnnualReport report = r.report().orElseThrow();
        for (CellKey k : keys(r, DisclosureRow.LICENSING)) {
            assertTrue(report.cell(k).isUnknown(), k::toString);
        }
        assertEquals(3, r.unreadCells().size());
    }
}

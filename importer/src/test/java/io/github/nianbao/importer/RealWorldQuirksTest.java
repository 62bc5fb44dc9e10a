package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.samples.SampleReports.Published;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quirks of REAL-WORLD.md, each printed into a published report and read back. */
class RealWorldQuirksTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final String LINGXIU = Published.LINGXIU_ZHEN_2020.sourceText();

    private static String replaceLine(String text, String startsWith, String replacement) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(startsWith) + ".*$").matcher(text);
        assertTrue(m.find(), () -> "no line " + startsWith);
        return text.substring(0, m.start()) + replacement + text.substring(m.end());
    }

    private static ImportResult read(String text) {
        return IMPORTER.read(text);
    }

    private static List<CellKey> cells(Section table, Edition edition, Object row) {
        return Layout.of(table, edition).row((io.github.nianbao.core.catalogue.CatalogueEntry) row);
    }

    @Test
    void gluedDigitsWithoutArithmeticStayUnreadWithTheirCandidates() {
        String text = replaceLine(LINGXIU, DisclosureRow.NORMATIVE_DOCUMENTS.label() + "\t", DisclosureRow.NORMATIVE_DOCUMENTS.label() + "898989");
        text = replaceLine(text, DisclosureRow.LICENSING.label() + "\t", DisclosureRow.LICENSING.label() + "396442278");
        ImportResult result = read(text);
        AnnualReport report = result.report().orElseThrow();
        Set<CellKey> unread = result.unreadCells();
        assertTrue(unread.containsAll(cells(Section.PROACTIVE_DISCLOSURE, Edition.V2019, DisclosureRow.NORMATIVE_DOCUMENTS)));
        assertTrue(unread.containsAll(cells(Section.PROACTIVE_DISCLOSURE, Edition.V2019, DisclosureRow.LICENSING)));
        assertEquals(6, unread.size(), unread::toString);
        // Unread cells are unknown in the model, never blank or zero, and carry their reason.
        for (CellKey k : unread) {
            assertTrue(report.cell(k).isUnknown());
            assertEquals(java.util.Optional.of(ImportIssue.GLUED_AMBIGUOUS.name()), report.cell(k).unknownReason());
        }
        List<ImportDiagnostic> glued = result.diagnostics().stream().filter(d -> d.issue() == ImportIssue.GLUED_AMBIGUOUS).toList();
        assertEquals(2, glued.size());
        assertEquals("898989", glued.get(0).arguments().get(0));
        assertTrue((Integer) glued.get(0).arguments().get(3) > 1);
        assertEquals("60:6", glued.get(0).location().orElseThrow().toString());
        assertTrue(glued.get(1).message().contains("396442278"), glued.get(1).message());
        // The rest of the table is read.
        assertFalse(result.table(Section.PROACTIVE_DISCLOSURE).orElseThrow().complete());
        assertTrue(result.table(Section.APPLICATIONS).orElseThrow().complete());
    }

    @Test
    void digitsGluedOntoTheNextLabelAreSplitByTheRowTotal() {
        // 淮安市 2024 with 1.本机关不掌握… printed 4910000502.没有现成… (49 · 1 · 0 · 0 · 0 · 0 · 50).
        AnnualReport base = SampleReports.lingxiuZhen2020();
        long[] notHeld = {49, 1, 0, 0, 0, 0, 50};
        ApplicationTable t3 = base.applications().toBuilder()
                .row(ApplicationRow.NEWLY_RECEIVED, notHeld).row(ApplicationRow.NOT_HELD, notHeld)
                .row(ApplicationRow.TOTAL_HANDLED, notHeld).build();
        AnnualReport report = base.withApplications(t3);
        String text = ReportRenderer.render(report, ReportRenderer.Form.PAGE_TEXT, ReportRenderer.Quirks.of(0), 1).text();
        String notHeldLabel = ApplicationRow.NOT_HELD.label();
        String next = ApplicationRow.REQUIRES_CREATION.label();
        Matcher m = Pattern.compile(Pattern.quote(notHeldLabel) + "\\t49\\t1\\t0\\t0\\t0\\t0\\t50\\n\\t*" + Pattern.quote(next)).matcher(text);
        assertTrue(m.find(), text);
        text = m.replaceFirst(Matcher.quoteReplacement(notHeldLabel + "491000050" + next));
        assertTrue(text.contains("4910000502."), text);
        ImportResult result = read(text);
        assertEquals(t3, result.report().orElseThrow().applications());
        assertTrue(result.isComplete());
        ImportDiagnostic split = result.diagnostics().stream().filter(d -> d.issue() == ImportIssue.GLUED_SPLIT).findFirst().orElseThrow();
        assertEquals("491000050", split.arguments().get(0));
        assertEquals("49 · 1 · 0 · 0 · 0 · 0 · 50", split.arguments().get(1));
    }

    @Test
    void blankAndNotApplicableStayApartFromZero() {
        String text = replaceLine(LINGXIU, DisclosureRow.LICENSING.label() + "\t", DisclosureRow.LICENSING.label() + "\t\t10\t/");
        text = replaceLine(text, DisclosureRow.COERCION.label() + "\t", DisclosureRow.COERCION.label() + "\t—\t\t0");
        AnnualReport report = read(text).report().orElseThrow();
        var t2 = report.proactiveDisclosure();
        assertEquals(Count.BLANK, t2.cell(DisclosureRow.LICENSING, DisclosureColumn.PREVIOUS_YEAR_ITEMS));
        assertEquals(Count.of(10), t2.cell(DisclosureRow.LICENSING, DisclosureColumn.CHANGE));
        assertEquals(Count.NOT_APPLICABLE, t2.cell(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS));
        assertEquals(Count.NOT_APPLICABLE, t2.cell(DisclosureRow.COERCION, DisclosureColumn.PREVIOUS_YEAR_ITEMS));
        assertEquals(Count.BLANK, t2.cell(DisclosureRow.COERCION, DisclosureColumn.CHANGE));
        assertEquals(Count.of(0), t2.cell(DisclosureRow.COERCION, DisclosureColumn.DECISIONS));
    }

    @Test
    void signedValuesUnitsAndAnnotations() {
        String text = replaceLine(LINGXIU, DisclosureRow.LICENSING.label() + "\t", DisclosureRow.LICENSING.label() + "\t1054\t-18\t0");
        text = replaceLine(text, DisclosureRow.OTHER_MANAGEMENT_SERVICES.label() + "\t", DisclosureRow.OTHER_MANAGEMENT_SERVICES.label() + "\t0\t+1036\t11398889");
        text = replaceLine(text, DisclosureRow.REGULATIONS.label() + "\t", DisclosureRow.REGULATIONS.label() + "\t22（其中修订16件）\t0\t55（含自然失效29件）");
        text = replaceLine(text, DisclosureRow.PROCUREMENT.label() + "\t", DisclosureRow.PROCUREMENT.label() + "\t3\t75394432.52元\t");
        ImportResult result = read(text);
        var t2 = result.report().orElseThrow().proactiveDisclosure();
        assertEquals(Count.of(-18), t2.cell(DisclosureRow.LICENSING, DisclosureColumn.CHANGE));
        assertEquals(Count.of(1036), t2.cell(DisclosureRow.OTHER_MANAGEMENT_SERVICES, DisclosureColumn.CHANGE));
        assertEquals(Count.of(11398889), t2.cell(DisclosureRow.OTHER_MANAGEMENT_SERVICES, DisclosureColumn.DECISIONS));
        assertEquals(Count.of(22), t2.cell(DisclosureRow.REGULATIONS, DisclosureColumn.NEWLY_MADE));
        assertEquals(Count.of(55), t2.cell(DisclosureRow.REGULATIONS, DisclosureColumn.TOTAL_PUBLISHED));
        assertEquals(Amount.of("75394432.52", MoneyUnit.YUAN), t2.cell(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT));
        assertEquals(2, result.diagnostics().stream().filter(d -> d.issue() == ImportIssue.ANNOTATION).count());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.UNIT_ASSUMED));
        assertTrue(result.isComplete());
    }

    @Test
    void feesInWanYuanWithSixDecimals() {
        String text = Published.HUAIAN_SHI_2024.sourceText().replace("96171.6", "24252.311082");
        var t2 = (io.github.nianbao.core.table.ProactiveDisclosure2021) read(text).report().orElseThrow().proactiveDisclosure();
        assertEquals(Amount.of("24252.311082", MoneyUnit.WAN_YUAN), t2.feeAmount());
    }

    @Test
    void fullWidthDigitsAndTraditionalLabels() {
        String traditional = ApplicationRow.CARRIED_OVER.label().replace('结', '結').replace('转', '轉').replace('开', '開')
                .replace('请', '請').replace('数', '數');
        String text = replaceLine(LINGXIU, ApplicationRow.CARRIED_OVER.label(), traditional + "\t\t３\t０\t０\t０\t０\t０\t３\t");
        text = replaceLine(text, ApplicationRow.NEWLY_RECEIVED.label(), ApplicationRow.NEWLY_RECEIVED.label() + "\t\t0\t0\t0\t0\t0\t0\t0\t");
        ImportResult result = read(text);
        ApplicationTable t3 = result.report().orElseThrow().applications();
        assertEquals(Count.of(3), t3.cell(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON));
        assertEquals(Count.of(3), t3.cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL));
        assertTrue(result.isComplete());
    }

    @Test
    void aLabelSplitByAPageBreakAndAPageNumber() {
        String hongze = Published.HONGZE_QU_2023.sourceText();
        String label = ApplicationRow.REQUIRES_CREATION.label();
        String text = replaceLine(hongze, "                            " + label,
                "                            " + label.substring(0, 6) + "\n\n                 -3-\n\f" + label.substring(6)
                        + "   3     0      0     0   0   0     3");
        ImportResult result = read(text);
        TableAssertions.assertSameCells(SampleReports.hongzeQu2023(), result.report().orElseThrow(), Set.of(), "split label");
        assertTrue(result.isComplete());
    }

    @Test
    void anAddedSubtotalColumnIsDroppedByTheRowTotal() {
        String huaian = Published.HUAIAN_SHI_2024.sourceText();
        String text = huaian.replace("3001        53       0", "3001   118     53       0");
        assertFalse(text.equals(huaian));
        ImportResult result = read(text);
        TableAssertions.assertSameCells(SampleReports.huaianShi2024(), result.report().orElseThrow(), Set.of(), "subtotal");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.EXTRA_CELLS_DROPPED
                && d.path().orElseThrow().equals(Layout.of(Section.APPLICATIONS, Edition.V2021).row(ApplicationRow.NEWLY_RECEIVED).get(0).path().parent())));
    }

    @Test
    void aHeadingVariantAndTypoAreAccepted() {
        String text = LINGXIU.replace("#### " + Section.REVIEW_LITIGATION.label(), "#### 四、" + Section.REVIEW_LITIGATION.headingVariants().get(0))
                .replace("#### " + Section.PROBLEMS.label(), "#### 五、" + Section.PROBLEMS.headingVariants().get(1));
        String typo = Section.APPLICATIONS.label().replace("处理", "处里");
        text = text.replace("### " + Section.APPLICATIONS.label(), "### " + typo);
        ImportResult result = read(text);
        assertTrue(result.isComplete(), result::toString);
        assertEquals(3, result.diagnostics().stream().filter(d -> d.issue() == ImportIssue.SECTION_HEADING_VARIANT).count());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.SECTION_MISSING));
    }

    @Test
    void aTruncatedReportReadsWhatIsThere() {
        String huaian = Published.HUAIAN_SHI_2024.sourceText();
        String text = huaian.substring(0, huaian.indexOf(ApplicationRow.REPEATED.label()));
        ImportResult result = read(text);
        AnnualReport report = result.report().orElseThrow();
        assertTrue(result.table(Section.PROACTIVE_DISCLOSURE).orElseThrow().complete());
        TableImport t3 = result.table(Section.APPLICATIONS).orElseThrow();
        assertTrue(t3.found());
        assertFalse(t3.complete());
        // Cut before （六）, the form of table 三 cannot be told: read as V2019's, which the cut rows share.
        assertTrue(t3.unreadCells().containsAll(t3.layout().row(ApplicationRow.CARRIED_FORWARD)));
        assertEquals(7 * 7, t3.unreadCells().size());
        assertEquals(Count.of(3119), report.applications().newlyReceived().total());
        TableImport t4 = result.table(Section.REVIEW_LITIGATION).orElseThrow();
        assertFalse(t4.found());
        assertEquals(15, t4.unreadCells().size());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.TABLE_MISSING));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.ROW_MISSING));
    }
}

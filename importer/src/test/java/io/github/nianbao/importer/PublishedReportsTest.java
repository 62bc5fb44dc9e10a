package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AdministrativeLevel;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.samples.SampleReports.Published;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The four published reports import with every table cell as written by hand from the source. */
class PublishedReportsTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();

    @ParameterizedTest
    @EnumSource(Published.class)
    void everyTableCellAsPublished(Published published) {
        ImportResult result = IMPORTER.read(published.sourceText());
        AnnualReport expected = published.report();
        AnnualReport actual = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        TableAssertions.assertSameCells(expected, actual, Set.of(), published.fileName());
        assertTrue(result.isComplete(), () -> result.tables().toString());
        assertTrue(result.unreadCells().isEmpty());
        assertEquals(expected.reportYear(), actual.reportYear());
        assertEquals(expected.edition(), actual.edition());
        assertEquals(expected.isHybrid(), actual.isHybrid());
        assertEquals(List.of(), result.diagnostics(Severity.ERROR));
    }

    @ParameterizedTest
    @EnumSource(Published.class)
    void narrativesAsPublished(Published published) {
        AnnualReport actual = IMPORTER.read(published.sourceText()).report().orElseThrow();
        for (Section s : new Section[] {Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS}) {
            assertEquals(published.report().narrative(s), actual.narrative(s), published + " " + s);
        }
    }

    @ParameterizedTest
    @EnumSource(Published.class)
    void bytesReadLikeText(Published published) {
        ImportResult fromBytes = IMPORTER.read(published.sourceBytes());
        ImportResult fromText = IMPORTER.read(published.sourceText());
        assertEquals(fromText.report(), fromBytes.report());
        assertEquals(fromText.diagnostics(), fromBytes.diagnostics());
    }

    @Test
    void formsAreDetected() {
        assertEquals(SourceFormat.PAGE_TEXT, IMPORTER.read(Published.LINGXIU_ZHEN_2020.sourceText()).format());
        assertEquals(SourceFormat.LAYOUT_TEXT, IMPORTER.read(Published.HUAIAN_SHI_2024.sourceText()).format());
    }

    @Test
    void metadataFromTheTitle() {
        AnnualReport lingxiu = IMPORTER.read(Published.LINGXIU_ZHEN_2020.sourceText()).report().orElseThrow();
        assertEquals("灵秀镇人民政府", lingxiu.agency());
        assertEquals(Optional.of(AdministrativeLevel.TOWNSHIP), lingxiu.metadata().administrativeLevel());
        // The 2023 PDF is titled without the city; the importer keeps the title's wording.
        AnnualReport hongze = IMPORTER.read(Published.HONGZE_QU_2023.sourceText()).report().orElseThrow();
        assertEquals("洪泽区人民政府", hongze.agency());
        assertEquals(Optional.of(AdministrativeLevel.COUNTY), hongze.metadata().administrativeLevel());
        AnnualReport huaian = IMPORTER.read(Published.HUAIAN_SHI_2024.sourceText()).report().orElseThrow();
        assertEquals("淮安市人民政府", huaian.agency());
        assertEquals(Optional.empty(), huaian.metadata().administrativeLevel(), "a 市 is not evidently one level");
        assertEquals(2024, huaian.reportYear());
    }

    @Test
    void hongze2023KeepsItsTableFourErrorsAndNamesTheHybridAndTheTypo() {
        ImportResult result = IMPORTER.read(Published.HONGZE_QU_2023.sourceText());
        AnnualReport report = result.report().orElseThrow();
        assertTrue(report.isHybrid());
        assertEquals(Edition.V2021, report.edition());
        assertEquals(Edition.V2019, report.applications().edition());
        assertEquals(Count.of(10), report.reviewLitigation().cell(ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD));
        assertEquals(Count.of(0), report.reviewLitigation().cell(ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL));
        assertEquals(Count.of(5), report.reviewLitigation().cell(ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.UPHELD));
        assertEquals(Count.of(0), report.reviewLitigation().cell(ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.EDITION_HYBRID));
        ImportDiagnostic typo = result.diagnostics().stream().filter(d -> d.issue() == ImportIssue.ROW_LABEL_VARIANT)
                .findFirst().orElseThrow();
        assertEquals(Layout.of(Section.APPLICATIONS, Edition.V2019).row(ApplicationRow.PROHIBITED_BY_LAW).get(0).path().parent(),
                typo.path().orElseThrow());
        assertEquals("109:29", typo.location().orElseThrow().toString());
        assertTrue(typo.message().contains("其他法律行政止公开"), typo.message());
        assertTrue(typo.message(Locale.ENGLISH).startsWith("The label of row"), typo.message(Locale.ENGLISH));
    }

    @Test
    void lingxiuExtraCellsAreDroppedWithAWarning() {
        ImportResult result = IMPORTER.read(Published.LINGXIU_ZHEN_2020.sourceText());
        List<ImportDiagnostic> warnings = result.diagnostics(Severity.WARNING).stream()
                .filter(d -> d.severity() == Severity.WARNING).toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.stream().allMatch(d -> d.issue() == ImportIssue.EXTRA_CELLS_DROPPED));
        assertEquals("101:10", warnings.get(0).location().orElseThrow().toString());
    }

    @Test
    void eachPublishedReportIsItsOwn() {
        // Guard against a comparison that cannot fail: the four hand-written reports differ.
        List<AnnualReport> all = SampleReports.all();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).applications().equals(all.get(j).applications()) && all.get(i).reviewLitigation().equals(all.get(j).reviewLitigation()));
            }
        }
    }
}

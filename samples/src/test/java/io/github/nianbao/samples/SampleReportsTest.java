package io.github.nianbao.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.CellState;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ProactiveDisclosure2019;
import io.github.nianbao.core.table.ProactiveDisclosure2021;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleReportsTest {

    @Test
    void metadataAndEditions() {
        AnnualReport lingxiu = SampleReports.lingxiuZhen2020();
        assertEquals(2020, lingxiu.reportYear());
        assertEquals(Edition.V2019, lingxiu.edition());
        assertFalse(lingxiu.isHybrid());
        assertTrue(SampleReports.hongzeQu2023().isHybrid());
        assertTrue(SampleReports.hongzeQu2024().isHybrid());
        assertFalse(SampleReports.huaianShi2024().isHybrid());
        assertEquals(Edition.V2019, SampleReports.hongzeQu2023().applications().edition());
        assertEquals(Edition.V2021, SampleReports.hongzeQu2023().proactiveDisclosure().edition());
        assertEquals("淮安市人民政府", SampleReports.huaianShi2024().agency());
    }

    @Test
    void anchorCells() {
        var lingxiu = (ProactiveDisclosure2019) SampleReports.lingxiuZhen2020().proactiveDisclosure();
        assertEquals(Count.of(218), lingxiu.otherServicesChange());
        assertEquals(Count.of(1), lingxiu.feesChange());

        var huaian = SampleReports.huaianShi2024();
        assertEquals(Count.of(3119), huaian.applications().newlyReceived().total());
        assertEquals(Count.of(103), huaian.applications().cell(ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON));
        assertEquals(Count.of(71), huaian.applications().cell(ApplicationRow.NO_CORRECTION, Applicant.TOTAL));
        assertEquals(Count.of(351), huaian.reviewLitigation().administrativeReview().total());
        assertEquals(Amount.of("96171.6", MoneyUnit.WAN_YUAN), ((ProactiveDisclosure2021) huaian.proactiveDisclosure()).feeAmount());

        var hongze = SampleReports.hongzeQu2023();
        assertEquals(Count.of(10), hongze.applications().cell(ApplicationRow.NOT_HELD, Applicant.NATURAL_PERSON));
        assertEquals(Count.of(0), hongze.applications().cell(ApplicationRow.OTHER_PROCESSING, Applicant.TOTAL));
    }

    @Test
    void hongze2023KeepsItsPublishedTableFourErrors() {
        var t4 = SampleReports.hongzeQu2023().reviewLitigation();
        assertEquals(Count.of(10), t4.cell(ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD));
        assertEquals(Count.of(1), t4.cell(ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.CORRECTED));
        assertEquals(Count.of(0), t4.cell(ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL));
        assertEquals(Count.of(5), t4.cell(ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.UPHELD));
        assertEquals(Count.of(0), t4.cell(ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL));
    }

    @Test
    void tablesAreCompleteAndNothingIsBlankThatWasPrinted() {
        // The four reports print a number in every cell of their forms: no cell may be blank or "/".
        for (AnnualReport report : SampleReports.all()) {
            for (Section section : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
                Layout layout = report.table(section).layout();
                for (CellKey key : layout.cells()) {
                    assertEquals(CellState.NUMBER, report.cell(key).state(), report.agency() + " " + key);
                }
            }
        }
    }

    @Test
    void blankAndNotApplicableStayApart() {
        var t2 = SampleReports.lingxiuZhen2020().proactiveDisclosure();
        var blanked = t2.withCell(DisclosureRow.FEES, DisclosureColumn.CHANGE, Count.BLANK)
                .withCell(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT, Amount.NOT_APPLICABLE);
        assertTrue(blanked.cell(DisclosureRow.FEES, DisclosureColumn.CHANGE).isBlank());
        assertTrue(blanked.cell(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT).isNotApplicable());
        assertFalse(blanked.equals(t2));
        // The procurement amount was printed as a bare 0: a number, not a blank.
        assertEquals(Amount.of("0", MoneyUnit.YUAN), t2.cell(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT));
    }

    @Test
    void ledgersBalanceWhereThePublishedTablesDo() {
        for (AnnualReport report : SampleReports.all()) {
            var t3 = report.applications();
            for (Applicant a : Applicant.values()) {
                long in = t3.newlyReceived().get(a).value() + t3.carriedOver().get(a).value();
                long out = t3.totalHandled().get(a).value() + t3.carriedForward().get(a).value();
                assertEquals(in, out, report.agency() + " " + report.reportYear() + " " + a);
            }
        }
    }

    @Test
    void narrativesComeFromTheSource() {
        var hongze = SampleReports.hongzeQu2023();
        assertEquals(NarrativeBlock.Kind.HEADING, hongze.overview().blocks().get(3).kind());
        assertTrue(hongze.overview().blocks().get(3).text().startsWith("（三）"));
        assertTrue(hongze.otherMatters().text().endsWith("信息处理费 0 元。"));
        assertEquals("无。", SampleReports.lingxiuZhen2020().otherMatters().text());
        assertTrue(SampleReports.huaianShi2024().problems().text().contains("地方。主要表现在"), "page break joined");
        for (AnnualReport report : SampleReports.all()) {
            assertFalse(report.overview().isEmpty());
            assertFalse(report.problems().text().contains("-4-"));
        }
    }

    @Test
    void sourcesAreTheSharedFilesByteForByte() throws IOException {
        for (SampleReports.Published p : SampleReports.Published.values()) {
            assertTrue(p.sourceText().contains(String.valueOf(p.report().reportYear())), p.fileName());
        }
        // The project's shared reference material lies beside the lead's checkout (../shared); a clone
        // of the project alone has none, and then there is nothing to compare the copies with.
        Path shared = Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/reports");
        assumeTrue(Files.isDirectory(shared), () -> "skipped: no shared reports beside the checkout (" + shared
                + "), so the copies in the test resources cannot be compared with them");
        for (SampleReports.Published p : SampleReports.Published.values()) {
            Path original = shared.resolve(p.fileName());
            assertTrue(Files.isRegularFile(original), () -> "the shared reports have no " + p.fileName());
            assertArrayEquals(Files.readAllBytes(original), p.sourceBytes(), p.fileName());
        }
    }
}

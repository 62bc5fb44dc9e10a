package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.CellState;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualReportTest {

    private static AnnualReport report(Edition edition, int year) {
        return AnnualReport.builder()
                .metadata(ReportMetadata.of("某县人民政府", year, edition))
                .applications(ApplicationTable.zeros(edition))
                .build();
    }

    @Test
    void blankNotApplicableAndZeroStayApartThroughBuildersAndCopies() {
        ApplicationTable t = ApplicationTable.builder(Edition.V2021)
                .set(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON, 0)
                .set(ApplicationRow.NEWLY_RECEIVED, Applicant.COMMERCIAL_ENTERPRISE, Count.NOT_APPLICABLE)
                .build();
        ApplicantCountsCheck.states(t, CellState.NUMBER, CellState.NOT_APPLICABLE, CellState.BLANK);
        ApplicationTable copy = t.withCell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL, Count.of(3));
        ApplicantCountsCheck.states(copy, CellState.NUMBER, CellState.NOT_APPLICABLE, CellState.BLANK);
        ApplicationTable rebuilt = copy.toBuilder().build();
        assertEquals(copy, rebuilt);
        ApplicantCountsCheck.states(rebuilt, CellState.NUMBER, CellState.NOT_APPLICABLE, CellState.BLANK);
        assertNotEquals(Count.BLANK, Count.of(0));
        assertNotEquals(Count.NOT_APPLICABLE, Count.BLANK);
        assertNotEquals(Amount.BLANK, Amount.of(BigDecimal.ZERO, MoneyUnit.WAN_YUAN));
        assertEquals(0L, Count.BLANK.valueOr(0));
        assertThrows(IllegalStateException.class, Count.BLANK::value);
        assertThrows(IllegalStateException.class, Amount.NOT_APPLICABLE::unit);

        AnnualReport r = report(Edition.V2021, 2023).withApplications(t);
        assertSame(t, r.applications());
        assertEquals(CellState.BLANK, r.withMetadata(r.metadata().withAgency("x")).applications()
                .cell(ApplicationRow.NEWLY_RECEIVED, Applicant.RESEARCH_INSTITUTION).state());
    }

    /** Reads the three cells that the test above set. */
    private static final class ApplicantCountsCheck {
        static void states(ApplicationTable t, CellState zero, CellState na, CellState blank) {
            assertEquals(zero, t.newlyReceived().naturalPerson().state());
            assertEquals(0L, t.newlyReceived().naturalPerson().value());
            assertEquals(na, t.newlyReceived().commercialEnterprise().state());
            assertEquals(blank, t.newlyReceived().researchInstitution().state());
        }
    }

    @Test
    void copiesLeaveTheOriginalUntouched() {
        AnnualReport r = report(Edition.V2021, 2022);
        ApplicationTable before = r.applications();
        AnnualReport changed = r.withApplications(before.withCell(ApplicationRow.DISCLOSED, Applicant.TOTAL, Count.of(-7)));
        assertEquals(0L, r.applications().disclosed().total().value());
        assertEquals(-7L, changed.applications().disclosed().total().value(), "negative counts are representable");
        assertNotEquals(r, changed);
        assertEquals(r, report(Edition.V2021, 2022));
        assertEquals(r.hashCode(), report(Edition.V2021, 2022).hashCode());
    }

    @Test
    void noMutableStateLeaks() {
        List<NarrativeBlock> blocks = new ArrayList<>(List.of(NarrativeBlock.paragraph("甲")));
        Narrative n = Narrative.of(blocks);
        blocks.add(NarrativeBlock.paragraph("乙"));
        assertEquals(1, n.blocks().size(), "the narrative copied the list");
        assertThrows(UnsupportedOperationException.class, () -> n.blocks().add(NarrativeBlock.heading("丙")));
        ApplicationTable t = ApplicationTable.zeros(Edition.V2019);
        List<Cell> cells = t.cells();
        assertThrows(UnsupportedOperationException.class, () -> cells.set(0, Count.of(5)));
        assertThrows(UnsupportedOperationException.class, () -> t.layout().cells().clear());
        assertThrows(UnsupportedOperationException.class, () -> ApplicationRow.OTHER_REASONS.editions().clear());
        long[][] values = new long[23][7];
        ApplicationTable fromArray = ApplicationTable.of(Edition.V2019, values);
        values[0][0] = 99;
        assertEquals(0L, fromArray.newlyReceived().naturalPerson().value(), "the table copied the array");
    }

    @Test
    void editionInvariantsAreEnforced() {
        ReportMetadata v2019 = ReportMetadata.of("某镇人民政府", 2020, Edition.V2019);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AnnualReport.builder()
                .metadata(v2019).applications(ApplicationTable.zeros(Edition.V2021)).build());
        assertTrue(e.getMessage().contains("V2019"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> AnnualReport.builder()
                .metadata(v2019).proactiveDisclosure(ProactiveDisclosure.zeros(Edition.V2021)).build());
        assertThrows(IllegalStateException.class, () -> AnnualReport.builder()
                .metadata(ReportMetadata.of("某区人民政府", 2023, Edition.V2021))
                .reviewLitigation(ReviewLitigationTable.zeros(Edition.V2019)).build());
        AnnualReport hybrid = AnnualReport.builder()
                .metadata(ReportMetadata.of("淮安市洪泽区人民政府", 2023, Edition.V2021))
                .applications(ApplicationTable.zeros(Edition.V2019)).build();
        assertTrue(hybrid.isHybrid());
        assertFalse(report(Edition.V2021, 2023).isHybrid());
        // A V2019 form has no V2021-only row, and a table has exactly its catalogue's cells.
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.zeros(Edition.V2019).noCorrection());
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.builder(Edition.V2021)
                .set(ApplicationRow.OTHER_PROCESSING, Applicant.TOTAL, 1));
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.builder(Edition.V2021).row(ApplicationRow.DISCLOSED, 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.of(Edition.V2021, new long[23][7]));
        assertThrows(IllegalArgumentException.class, () -> ProactiveDisclosure.builder(Edition.V2021)
                .set(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Count.of(1)), "money cells hold amounts");
        // A key of the other form names the same cell where both forms have it (hybrids), and nothing else.
        Layout v2019Form = Layout.of(Section.APPLICATIONS, Edition.V2019);
        ApplicationTable t = ApplicationTable.zeros(Edition.V2021).withCell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL, Count.of(5));
        assertEquals(Count.of(5), t.cell(v2019Form.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL)));
        assertEquals(Count.of(7), t.withCell(v2019Form.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL), Count.of(7)).newlyReceived().total());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> t.cell(v2019Form.cell(ApplicationRow.OTHER_PROCESSING, Applicant.TOTAL)), "a row the V2021 form lacks");
        assertTrue(missing.getMessage().contains(ApplicationRow.OTHER_PROCESSING.label()), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.zeros(Edition.V2019)
                .cell(Layout.of(Section.APPLICATIONS, Edition.V2021).cell(ApplicationRow.NO_CORRECTION, Applicant.TOTAL)));
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.zeros(Edition.V2021)
                .cell(Layout.of(Section.REVIEW_LITIGATION, Edition.V2021).cells().get(0)), "keys of another table");
    }

    @Test
    void metadataDefaultsAndChecks() {
        ReportMetadata m = ReportMetadata.builder().agency("淮安市人民政府").reportYear(2024)
                .publicationDate(LocalDate.of(2025, 1, 20)).administrativeLevel(AdministrativeLevel.MUNICIPAL)
                .divisionCode("320800").build();
        assertEquals(Edition.V2021, m.edition());
        assertEquals(Edition.V2019, ReportMetadata.builder().agency("a").reportYear(2020).build().edition());
        assertThrows(IllegalStateException.class, () -> m.withDivisionCode("3208"));
        assertThrows(IllegalArgumentException.class, () -> ReportMetadata.builder().agency("a").reportYear(2018).build());
        assertEquals(Edition.V2021, ReportMetadata.of("a", 2018, Edition.V2021).edition(), "a wrong edition is representable");
    }

    @Test
    void editionsKnowTheirYears() {
        assertEquals(Edition.V2019, Edition.forReportYear(2019));
        assertEquals(Edition.V2019, Edition.forReportYear(2020));
        assertEquals(Edition.V2021, Edition.forReportYear(2021));
        assertEquals(Edition.V2021, Edition.forReportYear(2035));
        assertThrows(IllegalArgumentException.class, () -> Edition.forReportYear(2018));
        assertEquals(2020, Edition.V2019.lastReportYear().orElseThrow());
        assertTrue(Edition.V2021.lastReportYear().isEmpty());
    }

    @Test
    void tablesDefaultToBlankOfTheEdition() {
        AnnualReport r = AnnualReport.builder().metadata(ReportMetadata.of("某镇人民政府", 2020, Edition.V2019)).build();
        assertEquals(Edition.V2019, r.proactiveDisclosure().edition());
        assertTrue(r.reviewLitigation().cells().stream().allMatch(Cell::isBlank));
        assertTrue(r.overview().isEmpty());
        assertEquals(r.applications(), r.table(Section.APPLICATIONS));
        assertThrows(IllegalArgumentException.class, () -> r.table(Section.OVERVIEW));
    }

    @Test
    void toStringIsReadable() {
        ReviewLitigationTable t = ReviewLitigationTable.of(Edition.V2021, 10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0);
        String s = t.toString();
        assertTrue(s.contains(ReviewBlock.ADMINISTRATIVE_REVIEW.label() + ": 10 1 0 0 0"), s);
        assertEquals(5L, t.cell(ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.UPHELD).value());
        assertEquals("7730.28万元", Amount.of("7730.28", MoneyUnit.WAN_YUAN).toString());
        assertEquals("blank", Count.BLANK.toString());
        assertEquals("/", Count.NOT_APPLICABLE.toString());
        assertTrue(report(Edition.V2021, 2023).toString().contains("某县人民政府"));
    }

    @Test
    void moneyKeepsEveryDigit() {
        Amount a = Amount.of("24252.311082", MoneyUnit.WAN_YUAN);
        assertEquals(new BigDecimal("242523110.820000"), a.unit().toYuan(a.value()));
        assertNotEquals(Amount.of("7730.28", MoneyUnit.WAN_YUAN), Amount.of("7730.280", MoneyUnit.WAN_YUAN));
        assertNotEquals(Amount.of("7730.28", MoneyUnit.WAN_YUAN), Amount.of("7730.28", MoneyUnit.YUAN));
    }
}

package io.github.nianbao.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportPathTest {

    @Test
    void cellPathsFollowTheCatalogueKeys() {
        assertEquals("/applications/newlyReceived/naturalPerson",
                Layout.of(Section.APPLICATIONS, Edition.V2021).cell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON).toString());
        assertEquals("/proactiveDisclosure/item8/fees/feeAmount",
                Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2021).cell(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT).path().toJsonPointer());
        assertEquals("/reviewLitigation/litigationAfterReview/total",
                Layout.of(Section.REVIEW_LITIGATION, Edition.V2019).cell(ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL).toString());
        assertEquals("/metadata/agency", MetadataField.AGENCY.path().toString());
    }

    @Test
    void escapesAndParsesPerRfc6901() {
        ReportPath p = ReportPath.of("a/b", "c~d", "");
        assertEquals("/a~1b/c~0d/", p.toJsonPointer());
        assertEquals(p, ReportPath.parse(p.toJsonPointer()));
        assertEquals(3, p.depth());
        assertEquals("", ReportPath.root().toJsonPointer());
        assertEquals(ReportPath.root(), ReportPath.parse(""));
        assertThrows(IllegalArgumentException.class, () -> ReportPath.parse("a"));
        assertTrue(ReportPath.of("x", "y").startsWith(ReportPath.of("x")));
        assertEquals(ReportPath.of("x"), ReportPath.of("x", "y").parent());
        assertEquals("/x/0", ReportPath.of("x").child(0).toString());
    }

    @Test
    void describeUsesTheLabels() {
        CellKey k = Layout.of(Section.APPLICATIONS, Edition.V2021).cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL);
        assertEquals(Section.APPLICATIONS.label() + " › " + ApplicationRow.CARRIED_FORWARD.label() + " › " + Applicant.TOTAL.label(),
                k.describe());
        assertTrue(k.describe(Locale.ENGLISH).startsWith("III."));
        assertEquals("（七）", ApplicationRow.TOTAL_HANDLED.numbering());
        assertEquals(Applicant.TOTAL.label(), ApplicationRow.TOTAL_HANDLED.text());
        assertEquals("1.", ApplicationRow.STATE_SECRET.numbering());
        assertEquals("", Applicant.NATURAL_PERSON.numbering());
    }
}

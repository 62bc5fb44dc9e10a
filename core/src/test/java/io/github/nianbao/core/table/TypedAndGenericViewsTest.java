package io.github.nianbao.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The typed accessors and generic addressing read the same cell, for every cell of every table. */
class TypedAndGenericViewsTest {

    /** Random cells in every state, with negative and large numbers. */
    static Gen<Cell[]> cells(Layout layout) {
        return in -> {
            Cell[] cells = new Cell[layout.size()];
            for (CellKey k : layout.cells()) {
                long state = in.next(Constraint.between(0, 11));
                long n = in.next(Constraint.between(-5, 5_000_000_000L));
                cells[k.index()] = k.kind() == CellKind.AMOUNT
                        ? (state == 0 ? Amount.BLANK : state == 1 ? Amount.NOT_APPLICABLE
                                : state == 10 ? Amount.UNKNOWN : state == 11 ? Amount.unknown("GLUED_AMOUNT")
                                : Amount.of(BigDecimal.valueOf(n, (int) state), state % 2 == 0 ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN))
                        : (state == 0 ? Count.BLANK : state == 1 ? Count.NOT_APPLICABLE
                                : state == 10 ? Count.UNKNOWN : state == 11 ? Count.unknown("GLUED_AMBIGUOUS") : Count.of(n));
            }
            return cells;
        };
    }

    static <T extends Table> T build(Layout layout, Cell[] cells, TableBuilder<T, ?, ?> builder) {
        for (CellKey k : layout.cells()) {
            builder.set(k, cells[k.index()]);
        }
        return builder.build();
    }

    private static final Map<ApplicationRow, Function<ApplicationTable, ApplicantCounts>> ROWS = new LinkedHashMap<>();
    private static final Map<Applicant, Function<ApplicantCounts, Count>> APPLICANTS = new LinkedHashMap<>();

    static {
        ROWS.put(ApplicationRow.NEWLY_RECEIVED, ApplicationTable::newlyReceived);
        ROWS.put(ApplicationRow.CARRIED_OVER, ApplicationTable::carriedOver);
        ROWS.put(ApplicationRow.DISCLOSED, ApplicationTable::disclosed);
        ROWS.put(ApplicationRow.PARTIALLY_DISCLOSED, ApplicationTable::partiallyDisclosed);
        ROWS.put(ApplicationRow.STATE_SECRET, ApplicationTable::stateSecret);
        ROWS.put(ApplicationRow.PROHIBITED_BY_LAW, ApplicationTable::prohibitedByLaw);
        ROWS.put(ApplicationRow.SECURITY_OR_STABILITY, ApplicationTable::securityOrStability);
        ROWS.put(ApplicationRow.THIRD_PARTY_RIGHTS, ApplicationTable::thirdPartyRights);
        ROWS.put(ApplicationRow.INTERNAL_AFFAIRS, ApplicationTable::internalAffairs);
        ROWS.put(ApplicationRow.PROCESS_INFORMATION, ApplicationTable::processInformation);
        ROWS.put(ApplicationRow.ENFORCEMENT_FILES, ApplicationTable::enforcementFiles);
        ROWS.put(ApplicationRow.INQUIRY_MATTERS, ApplicationTable::inquiryMatters);
        ROWS.put(ApplicationRow.NOT_HELD, ApplicationTable::notHeld);
        ROWS.put(ApplicationRow.REQUIRES_CREATION, ApplicationTable::requiresCreation);
        ROWS.put(ApplicationRow.UNCLEAR_AFTER_CORRECTION, ApplicationTable::unclearAfterCorrection);
        ROWS.put(ApplicationRow.PETITIONS_AND_COMPLAINTS, ApplicationTable::petitionsAndComplaints);
        ROWS.put(ApplicationRow.REPEATED, ApplicationTable::repeated);
        ROWS.put(ApplicationRow.PUBLICATIONS, ApplicationTable::publications);
        ROWS.put(ApplicationRow.MASS_REPEATED, ApplicationTable::massRepeated);
        ROWS.put(ApplicationRow.CONFIRMATION_OR_REISSUE, ApplicationTable::confirmationOrReissue);
        ROWS.put(ApplicationRow.OTHER_PROCESSING, ApplicationTable::otherProcessing);
        ROWS.put(ApplicationRow.NO_CORRECTION, ApplicationTable::noCorrection);
        ROWS.put(ApplicationRow.FEE_UNPAID, ApplicationTable::feeUnpaid);
        ROWS.put(ApplicationRow.OTHER_REASONS, ApplicationTable::otherReasons);
        ROWS.put(ApplicationRow.TOTAL_HANDLED, ApplicationTable::totalHandled);
        ROWS.put(ApplicationRow.CARRIED_FORWARD, ApplicationTable::carriedForward);
        APPLICANTS.put(Applicant.NATURAL_PERSON, ApplicantCounts::naturalPerson);
        APPLICANTS.put(Applicant.COMMERCIAL_ENTERPRISE, ApplicantCounts::commercialEnterprise);
        APPLICANTS.put(Applicant.RESEARCH_INSTITUTION, ApplicantCounts::researchInstitution);
        APPLICANTS.put(Applicant.PUBLIC_INTEREST_ORGANIZATION, ApplicantCounts::publicInterestOrganization);
        APPLICANTS.put(Applicant.LEGAL_SERVICE_AGENCY, ApplicantCounts::legalServiceAgency);
        APPLICANTS.put(Applicant.OTHER_ORGANIZATION, ApplicantCounts::otherOrganization);
        APPLICANTS.put(Applicant.TOTAL, ApplicantCounts::total);
    }

    @Test
    void everyRowAndColumnOfTableThreeHasATypedAccessor() {
        assertEquals(ApplicationRow.values().length, ROWS.size());
        assertEquals(Applicant.values().length, APPLICANTS.size());
    }

    @Test
    void tableThreeViewsAgree() {
        for (Edition e : Edition.values()) {
            Layout layout = Layout.of(Section.APPLICATIONS, e);
            qt().withExamples(200).forAll(cells(layout)).checkAssert(cells -> {
                ApplicationTable t = build(layout, cells, ApplicationTable.builder(e));
                for (CellKey k : layout.cells()) {
                    ApplicationRow row = (ApplicationRow) k.row();
                    Applicant col = (Applicant) k.column();
                    Count typed = APPLICANTS.get(col).apply(ROWS.get(row).apply(t));
                    assertSame(t.cell(k), typed);
                    assertSame(t.cell(row, col), typed);
                    assertSame(t.row(row).get(col), typed);
                    assertEquals(cells[k.index()], typed);
                }
            });
        }
    }

    @Test
    void tableFourViewsAgree() {
        Map<ReviewBlock, Function<ReviewLitigationTable, OutcomeCounts>> blocks = Map.of(
                ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewLitigationTable::administrativeReview,
                ReviewBlock.DIRECT_LITIGATION, ReviewLitigationTable::directLitigation,
                ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewLitigationTable::litigationAfterReview);
        Map<ReviewColumn, Function<OutcomeCounts, Count>> columns = Map.of(
                ReviewColumn.UPHELD, OutcomeCounts::upheld,
                ReviewColumn.CORRECTED, OutcomeCounts::corrected,
                ReviewColumn.OTHER_OUTCOME, OutcomeCounts::otherOutcome,
                ReviewColumn.PENDING, OutcomeCounts::pending,
                ReviewColumn.TOTAL, OutcomeCounts::total);
        Layout layout = Layout.of(Section.REVIEW_LITIGATION, Edition.V2021);
        qt().withExamples(200).forAll(cells(layout)).checkAssert(cells -> {
            ReviewLitigationTable t = build(layout, cells, ReviewLitigationTable.builder(Edition.V2021));
            for (CellKey k : layout.cells()) {
                Count typed = columns.get(k.column()).apply(blocks.get(k.row()).apply(t));
                assertSame(t.cell(k), typed);
                assertSame(t.cell((ReviewBlock) k.row(), (ReviewColumn) k.column()), typed);
                assertEquals(cells[k.index()], typed);
            }
        });
    }

    @Test
    void tableTwoViewsAgree() {
        Map<CellKey, Function<ProactiveDisclosure, Cell>> typed = new LinkedHashMap<>();
        Layout v19 = Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2019);
        Layout v21 = Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2021);
        put19(typed, v19, DisclosureRow.REGULATIONS, DisclosureColumn.NEWLY_MADE, ProactiveDisclosure2019::regulationsNewlyMade);
        put19(typed, v19, DisclosureRow.REGULATIONS, DisclosureColumn.NEWLY_PUBLISHED, ProactiveDisclosure2019::regulationsNewlyPublished);
        put19(typed, v19, DisclosureRow.REGULATIONS, DisclosureColumn.TOTAL_PUBLISHED, ProactiveDisclosure2019::regulationsTotalPublished);
        put19(typed, v19, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_MADE, ProactiveDisclosure2019::normativeDocumentsNewlyMade);
        put19(typed, v19, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED, ProactiveDisclosure2019::normativeDocumentsNewlyPublished);
        put19(typed, v19, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.TOTAL_PUBLISHED, ProactiveDisclosure2019::normativeDocumentsTotalPublished);
        put19(typed, v19, DisclosureRow.LICENSING, DisclosureColumn.PREVIOUS_YEAR_ITEMS, ProactiveDisclosure2019::licensingPreviousYearItems);
        put19(typed, v19, DisclosureRow.LICENSING, DisclosureColumn.CHANGE, ProactiveDisclosure2019::licensingChange);
        put19(typed, v19, DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, ProactiveDisclosure2019::licensingDecisions);
        put19(typed, v19, DisclosureRow.OTHER_MANAGEMENT_SERVICES, DisclosureColumn.PREVIOUS_YEAR_ITEMS, ProactiveDisclosure2019::otherServicesPreviousYearItems);
        put19(typed, v19, DisclosureRow.OTHER_MANAGEMENT_SERVICES, DisclosureColumn.CHANGE, ProactiveDisclosure2019::otherServicesChange);
        put19(typed, v19, DisclosureRow.OTHER_MANAGEMENT_SERVICES, DisclosureColumn.DECISIONS, ProactiveDisclosure2019::otherServicesDecisions);
        put19(typed, v19, DisclosureRow.PENALTIES, DisclosureColumn.PREVIOUS_YEAR_ITEMS, ProactiveDisclosure2019::penaltiesPreviousYearItems);
        put19(typed, v19, DisclosureRow.PENALTIES, DisclosureColumn.CHANGE, ProactiveDisclosure2019::penaltiesChange);
        put19(typed, v19, DisclosureRow.PENALTIES, DisclosureColumn.DECISIONS, ProactiveDisclosure2019::penaltiesDecisions);
        put19(typed, v19, DisclosureRow.COERCION, DisclosureColumn.PREVIOUS_YEAR_ITEMS, ProactiveDisclosure2019::coercionPreviousYearItems);
        put19(typed, v19, DisclosureRow.COERCION, DisclosureColumn.CHANGE, ProactiveDisclosure2019::coercionChange);
        put19(typed, v19, DisclosureRow.COERCION, DisclosureColumn.DECISIONS, ProactiveDisclosure2019::coercionDecisions);
        put19(typed, v19, DisclosureRow.FEES, DisclosureColumn.PREVIOUS_YEAR_ITEMS, ProactiveDisclosure2019::feesPreviousYearItems);
        put19(typed, v19, DisclosureRow.FEES, DisclosureColumn.CHANGE, ProactiveDisclosure2019::feesChange);
        put19(typed, v19, DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS, ProactiveDisclosure2019::procurementItems);
        put19(typed, v19, DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT, ProactiveDisclosure2019::procurementAmount);
        put21(typed, v21, DisclosureRow.REGULATIONS, DisclosureColumn.ISSUED, ProactiveDisclosure2021::regulationsIssued);
        put21(typed, v21, DisclosureRow.REGULATIONS, DisclosureColumn.REPEALED, ProactiveDisclosure2021::regulationsRepealed);
        put21(typed, v21, DisclosureRow.REGULATIONS, DisclosureColumn.IN_FORCE, ProactiveDisclosure2021::regulationsInForce);
        put21(typed, v21, DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, ProactiveDisclosure2021::normativeDocumentsIssued);
        put21(typed, v21, DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, ProactiveDisclosure2021::normativeDocumentsRepealed);
        put21(typed, v21, DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, ProactiveDisclosure2021::normativeDocumentsInForce);
        put21(typed, v21, DisclosureRow.LICENSING, DisclosureColumn.DECISIONS_THIS_YEAR, ProactiveDisclosure2021::licensingDecisions);
        put21(typed, v21, DisclosureRow.PENALTIES, DisclosureColumn.DECISIONS_THIS_YEAR, ProactiveDisclosure2021::penaltiesDecisions);
        put21(typed, v21, DisclosureRow.COERCION, DisclosureColumn.DECISIONS_THIS_YEAR, ProactiveDisclosure2021::coercionDecisions);
        put21(typed, v21, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, ProactiveDisclosure2021::feeAmount);
        assertEquals(v19.size() + v21.size(), typed.size(), "a typed accessor for every cell of both forms");
        for (Edition e : Edition.values()) {
            Layout layout = e == Edition.V2019 ? v19 : v21;
            qt().withExamples(200).forAll(cells(layout)).checkAssert(cells -> {
                ProactiveDisclosure t = build(layout, cells, ProactiveDisclosure.builder(e));
                for (CellKey k : layout.cells()) {
                    Cell value = typed.get(k).apply(t);
                    assertSame(t.cell(k), value);
                    assertSame(t.cell((DisclosureRow) k.row(), (DisclosureColumn) k.column()), value);
                    assertEquals(cells[k.index()], value);
                }
            });
        }
    }

    private static void put19(Map<CellKey, Function<ProactiveDisclosure, Cell>> m, Layout l, DisclosureRow r, DisclosureColumn c,
            Function<ProactiveDisclosure2019, Cell> f) {
        m.put(l.cell(r, c), t -> f.apply((ProactiveDisclosure2019) t));
    }

    private static void put21(Map<CellKey, Function<ProactiveDisclosure, Cell>> m, Layout l, DisclosureRow r, DisclosureColumn c,
            Function<ProactiveDisclosure2021, Cell> f) {
        m.put(l.cell(r, c), t -> f.apply((ProactiveDisclosure2021) t));
    }
}

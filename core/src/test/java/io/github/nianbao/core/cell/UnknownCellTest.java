package io.github.nianbao.core.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fourth state: printed in the source, value not determined; never a number, blank or "/". */
class UnknownCellTest {

    @Test
    void unknownIsApartFromTheOtherThreeStates() {
        List<Cell> counts = List.of(Count.of(0), Count.BLANK, Count.NOT_APPLICABLE, Count.UNKNOWN);
        List<Cell> amounts = List.of(Amount.of(BigDecimal.ZERO, MoneyUnit.WAN_YUAN), Amount.BLANK, Amount.NOT_APPLICABLE,
                Amount.UNKNOWN);
        for (List<Cell> cells : List.of(counts, amounts)) {
            for (int i = 0; i < cells.size(); i++) {
                for (int j = 0; j < cells.size(); j++) {
                    assertEquals(i == j, cells.get(i).equals(cells.get(j)), cells.get(i) + " vs " + cells.get(j));
                }
            }
            Cell unknown = cells.get(3);
            assertEquals(CellState.UNKNOWN, unknown.state());
            assertTrue(unknown.isUnknown());
            assertFalse(unknown.isNumber() || unknown.isBlank() || unknown.isNotApplicable());
            assertEquals(0, unknown.signum());
            assertEquals("?", unknown.toString());
            assertEquals(Optional.empty(), unknown.unknownReason());
        }
        assertThrows(IllegalStateException.class, Count.UNKNOWN::value);
        assertThrows(IllegalStateException.class, Amount.UNKNOWN::value);
        assertThrows(IllegalStateException.class, Amount.UNKNOWN::unit);
        assertTrue(Count.UNKNOWN.toOptional().isEmpty(), "an unknown count has no value, not even a default one");
    }

    @Test
    void anUnknownCellCarriesAReasonButNeverAValue() {
        Count c = Count.unknown("GLUED_AMBIGUOUS");
        assertEquals(Optional.of("GLUED_AMBIGUOUS"), c.unknownReason());
        assertEquals(c, Count.unknown("GLUED_AMBIGUOUS"));
        assertEquals(c.hashCode(), Count.unknown("GLUED_AMBIGUOUS").hashCode());
        assertNotEquals(c, Count.UNKNOWN, "the reason is part of the value");
        assertNotEquals(c, Count.unknown("CELL_UNREADABLE"));
        assertSame(Count.UNKNOWN, Count.unknown(null));
        assertSame(Amount.UNKNOWN, Amount.unknown(null));
        assertEquals(Optional.of("GLUED_AMOUNT"), Amount.unknown("GLUED_AMOUNT").unknownReason());
        assertEquals(Optional.empty(), Count.of(3).unknownReason());
        assertEquals(Optional.empty(), Count.BLANK.unknownReason());
    }

    @Test
    void aReasonIsACodeNotText() {
        for (String bad : List.of("", " ", "a b", "原因", "X\u001b[31m", "x".repeat(65), "a\nb")) {
            assertThrows(IllegalArgumentException.class, () -> Count.unknown(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> Amount.unknown(bad), bad);
        }
        assertEquals("x".repeat(64), Count.unknown("x".repeat(64)).unknownReason().orElseThrow());
        assertEquals("a.b-c_9", Count.unknown("a.b-c_9").unknownReason().orElseThrow());
    }

    @Test
    void unknownCellsGoThroughBuildersCopiesAndBothViews() {
        ApplicationTable t = ApplicationTable.builder(Edition.V2021).allZero()
                .set(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON, Count.unknown("GLUED_AMBIGUOUS"))
                .build();
        assertEquals(Count.unknown("GLUED_AMBIGUOUS"), t.newlyReceived().naturalPerson());
        assertEquals(t.newlyReceived().naturalPerson(), t.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON));
        assertEquals(t, t.toBuilder().build());
        ApplicationTable copy = t.withCell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL, Count.UNKNOWN);
        assertTrue(copy.newlyReceived().total().isUnknown());
        assertTrue(t.newlyReceived().total().isNumber(), "the original is untouched");

        // a signed V2019 本年增/减 and both amounts
        ProactiveDisclosure v2019 = ProactiveDisclosure.builder(Edition.V2019).allZero()
                .set(DisclosureRow.LICENSING, DisclosureColumn.CHANGE, Count.UNKNOWN)
                .set(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT, Amount.unknown("GLUED_AMOUNT"))
                .build();
        assertTrue(v2019.cell(DisclosureRow.LICENSING, DisclosureColumn.CHANGE).isUnknown());
        assertEquals(Amount.unknown("GLUED_AMOUNT"), v2019.cell(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT));
        assertEquals(v2019, v2019.toBuilder().build());
        ProactiveDisclosure v2021 = ProactiveDisclosure.builder(Edition.V2021).allZero()
                .set(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Amount.UNKNOWN)
                .build();
        assertTrue(v2021.cell(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT).isUnknown());
    }
}

package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.DisclosureRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Digit runs cut out of labels, and the splits of runs into cells. */
class GlueTest {

    private static List<String> parts(String text) {
        return Glue.separate(new Piece(text, 1, 1, null, -1, -1, false)).stream().map(Piece::text).toList();
    }

    @Test
    void separatesRunsFromLabelsButNotNumbering() {
        String documents = DisclosureRow.NORMATIVE_DOCUMENTS.label();
        assertEquals(List.of(documents, "898989"), parts(documents + "898989"));
        String notHeld = ApplicationRow.NOT_HELD.label();
        String next = ApplicationRow.REQUIRES_CREATION.label();
        assertEquals(List.of(notHeld, "491000050", next), parts(notHeld + "491000050" + next));
        assertEquals(List.of(ApplicationRow.OTHER_REASONS.label()), parts(ApplicationRow.OTHER_REASONS.label()));
        String comma = ApplicationRow.OTHER_REASONS.numbering().replace('.', '、') + ApplicationRow.OTHER_REASONS.text();
        assertEquals(List.of(comma), parts(comma));
        assertEquals(List.of("（其中修订16件）"), parts("（其中修订16件）"));
        assertEquals(List.of(Applicant.TOTAL.label(), "１２"), parts(Applicant.TOTAL.label() + "１２"));
    }

    @Test
    void splitsWithoutLeadingZeros() {
        List<long[]> all = Glue.splits(List.of("898989"), 3, 1000, v -> true);
        assertTrue(all.stream().anyMatch(v -> v[0] == 89 && v[1] == 89 && v[2] == 89));
        assertEquals(10, all.size()); // C(5,2) cuts, none leaving a leading zero in 898989
        assertEquals(1, Glue.splits(List.of("1000"), 3, 1000, v -> true).size()); // 100 · 0 · 0? no: 1 · 0 · 00 is not allowed
        assertArrayEquals(new long[] {10, 0, 0}, Glue.splits(List.of("1000"), 3, 1000, v -> true).get(0));
        assertEquals(0, Glue.splits(List.of("12"), 3, 1000, v -> true).size());
    }

    @Test
    void theRowTotalLeavesOneSplit() {
        List<long[]> rowTotal = Glue.splits(List.of("491000050"), 7, 1000, v -> v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6]);
        assertEquals(1, rowTotal.size());
        assertArrayEquals(new long[] {49, 1, 0, 0, 0, 0, 50}, rowTotal.get(0));
    }

    @Test
    void aSearchThatRunsOutOfStepsAnswersNothingRatherThanWhatItFound() {
        // Found by fuzzing (ReportImporterFuzzTestInputs/html/crash-1649…): one glued row searched for seconds,
        // and a search cut short could have passed a single split found so far for the only one.
        long[] budget = {1000};
        assertEquals(null, Glue.splits(List.of("123456789".repeat(5)), 15, 1000, Glue.RowCheck.whole(v -> true), budget));
        assertTrue(budget[0] < 0);
        long[] plenty = {Glue.STEPS_PER_IMPORT};
        assertEquals(1, Glue.splits(List.of("1000"), 3, 1000, Glue.RowCheck.whole(v -> true), plenty).size());
        assertTrue(plenty[0] > Glue.STEPS_PER_IMPORT - 100, "the budget is shared: what one row spends, the next has not");
    }

    @Test
    void checkingEachBlockAsItIsFilledFindsWhatCheckingTheWholeRowFinds() {
        java.util.function.Predicate<long[]> blocks = v -> {
            for (int b = 0; b < 15; b += 5) {
                if (v[b] + v[b + 1] + v[b + 2] + v[b + 3] != v[b + 4]) {
                    return false;
                }
            }
            return true;
        };
        Glue.RowCheck early = (v, filled) -> filled % 5 != 0 || filled == 0
                || v[filled - 5] + v[filled - 4] + v[filled - 3] + v[filled - 2] == v[filled - 1];
        java.util.Random random = new java.util.Random(15);
        for (int example = 0; example < 300; example++) {
            StringBuilder digits = new StringBuilder();
            for (int b = 0; b < 3; b++) {
                long total = 0;
                for (int c = 0; c < 4; c++) {
                    long v = random.nextInt(4) == 0 ? random.nextInt(120) : random.nextInt(3);
                    total += v;
                    digits.append(v);
                }
                digits.append(random.nextInt(10) == 0 ? total + 1 : total);
            }
            List<String> runs = List.of(digits.toString());
            List<long[]> whole = Glue.splits(runs, 15, 1000, Glue.RowCheck.whole(blocks), new long[] {Long.MAX_VALUE});
            List<long[]> pruned = Glue.splits(runs, 15, 1000, early, new long[] {Long.MAX_VALUE});
            assertEquals(whole.stream().map(java.util.Arrays::toString).toList(),
                    pruned.stream().map(java.util.Arrays::toString).toList(), digits::toString);
        }
    }

    @Test
    void aSignStartsACellAndOnlyASignedCellMayCarryOne() {
        // 行政处罚1200-5300 in a V2019 block: 上一年项目数量 · 本年增/减 (signed) · 处理决定数量.
        boolean[] signed = {false, true, false};
        List<long[]> all = Glue.splits(List.of("1200-5300"), 3, signed, 1000, Glue.RowCheck.whole(v -> true), new long[] {1_000_000});
        assertEquals(List.of("[1200, -5, 300]", "[1200, -530, 0]"), all.stream().map(java.util.Arrays::toString).toList());
        // The sign is never dropped: no reading has 5 or 53 unsigned.
        assertEquals(0, Glue.splits(List.of("1200-5300"), 3, new boolean[3], 1000, Glue.RowCheck.whole(v -> true),
                new long[] {1_000_000}).size());
        assertEquals("1200-5300", Glue.signedRun("１２００−５３００"));
        assertEquals(null, Glue.signedRun("1200-"));
        assertEquals(null, Glue.signedRun("12.5"));
    }

    @Test
    void signsAndMoneyStayInTheirRun() {
        String procurement = DisclosureRow.PROCUREMENT.label();
        assertEquals(List.of(procurement, "4212345678.90元"), parts(procurement + "4212345678.90元"));
        String penalties = DisclosureRow.PENALTIES.label();
        assertEquals(List.of(penalties, "1200-5300"), parts(penalties + "1200-5300"));
        assertEquals(List.of(penalties, "约10"), parts(penalties + "约10"));
        assertEquals(List.of(penalties, "10\u200b0"), parts(penalties + "10\u200b0"));
    }
}

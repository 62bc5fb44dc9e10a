package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.samples.SampleReports;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reports rendered in every form, with the quirks of published reports applied at random, read back
 * as the same report — or with diagnostics for exactly the cells the rendering left open.
 */
class ImporterPropertiesTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();

    // Sources: -1 for a random report, 0..3 for the published ones.
    private static AnnualReport base(int source, long seed) {
        return source < 0 ? ReportGenerator.generate(seed) : SampleReports.all().get(source);
    }

    @Test
    void readsBackWhatWasRendered() {
        qt().withExamples(300).forAll(longs().all(), arbitrary().enumValues(ReportRenderer.Form.class),
                integers().between(0, ReportRenderer.Quirks.ALL), integers().between(-1, 3))
                .checkAssert((seed, form, quirks, source) -> check(base(source, seed), form, quirks, seed));
    }

    /**
     * Found by {@link #readsBackWhatWasRendered}: table 四 laid out with two blank cells printed as
     * nothing, thirteen numbers for fifteen cells, was read as digits printed together (70 as 7 and
     * 0), a split its block totals allowed. A reading with blanks fits as well, so neither is taken.
     */
    @Test
    void aRowWithBlanksIsNotTakenForGluedDigits() {
        ImportResult result = check(ReportGenerator.generate(-1005), ReportRenderer.Form.LAYOUT_TEXT, 8, -1005);
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.GLUED_SPLIT), result::toString);
    }

    @Test
    void readsBackWithoutQuirksCompletely() {
        qt().withExamples(100).forAll(longs().all(), arbitrary().enumValues(ReportRenderer.Form.class))
                .checkAssert((seed, form) -> {
                    ImportResult result = check(ReportGenerator.generate(seed), form, 0, seed);
                    assertTrue(result.isComplete(), result::toString);
                });
    }

    @Test
    void gluedDigitsWithAUniqueSplitAreSplit() {
        qt().withExamples(150).forAll(longs().all(), arbitrary().enumValues(ReportRenderer.Form.class), integers().between(-1, 3))
                .checkAssert((seed, form, source) -> {
                    int quirks = 16; // glue only
                    ReportRenderer.Rendered r = ReportRenderer.render(base(source, seed), form, ReportRenderer.Quirks.of(quirks), seed);
                    ImportResult result = check(base(source, seed), form, quirks, seed);
                    assertTrue(result.isComplete(), () -> result + "\n" + r.text());
                    if (!r.glued().isEmpty()) {
                        assertTrue(result.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.GLUED_SPLIT), result::toString);
                    }
                });
    }

    static ImportResult check(AnnualReport base, ReportRenderer.Form form, int quirks, long seed) {
        ReportRenderer.Rendered r = ReportRenderer.render(base, form, ReportRenderer.Quirks.of(quirks), seed);
        ImportResult result = IMPORTER.read(r.text());
        String context = form + " quirks=" + quirks + " seed=" + seed;
        AnnualReport expected = r.expected();
        AnnualReport actual = result.report().orElseThrow(() -> new AssertionError(context + " no report: "
                + result.diagnostics() + "\n" + r.text()));
        assertEquals(expected.agency(), actual.agency(), context);
        assertEquals(expected.reportYear(), actual.reportYear(), context);
        assertEquals(expected.edition(), actual.edition(), context);
        assertEquals(expected.isHybrid(), actual.isHybrid(), context);
        Set<CellKey> unread = result.unreadCells();
        try {
            for (Section s : new Section[] {Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS}) {
                assertEquals(expected.narrative(s), actual.narrative(s), context + " " + s);
            }
            TableAssertions.assertSameCells(expected, actual, unread, context);
            // Unread only where the rendering left the reading open...
            for (CellKey k : unread) {
                assertTrue(r.atRisk().contains(k), () -> context + ": unread " + k + " was printed readably");
            }
            // ...and each unread cell named by an error diagnostic (on the cell, its row or its table).
            for (CellKey k : unread) {
                assertTrue(result.diagnostics(Severity.ERROR).stream().anyMatch(d -> d.path().map(p -> covers(p, k)).orElse(false)),
                        () -> context + ": no error names " + k);
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + result.diagnostics().stream().map(Object::toString)
                    .reduce("", (a, b) -> a + "\n  " + b) + "\n---- text ----\n" + r.text(), e);
        }
        return result;
    }

    private static boolean covers(ReportPath p, CellKey k) {
        return k.path().startsWith(p);
    }
}

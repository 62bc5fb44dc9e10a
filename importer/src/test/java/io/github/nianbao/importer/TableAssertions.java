package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Cell-by-cell comparison of the tables of two reports. */
final class TableAssertions {

    static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};

    private TableAssertions() {
    }

    /**
     * Asserts that every cell of the three tables is equal, except those in {@code skip}.
     *
     * @param expected the report written by hand (or generated)
     * @param actual the imported report
     * @param skip cells not to compare (unread ones)
     * @param context what to print on failure
     */
    static void assertSameCells(AnnualReport expected, AnnualReport actual, Set<CellKey> skip, String context) {
        List<String> differences = new ArrayList<>();
        for (Section s : TABLES) {
            Table e = expected.table(s);
            Table a = actual.table(s);
            assertSame(e.layout(), a.layout(), () -> context + ": form of " + s);
            for (CellKey k : e.layout().cells()) {
                if (!skip.contains(k) && !e.cell(k).equals(a.cell(k))) {
                    differences.add(k + " expected " + e.cell(k) + " but was " + a.cell(k));
                }
            }
        }
        if (!differences.isEmpty()) {
            fail(context + ": " + differences.size() + " cells differ:\n  " + String.join("\n  ", differences));
        }
    }
}

package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of one printed cell: any text (markup, Unicode, signs, qualifiers) printed
 * in one count cell of a generated report, in each source form. The property is the importer's
 * promise on published cells: no silent wrong value. The cell is unknown, blank, not applicable or
 * the number its text plainly states (the digits, with at most an annotation in brackets after
 * them, the way FORMAT.md says reports annotate cells); and no other cell of the report is read as
 * a different value (a hostile cell never shifts its row). Replays
 * {@code src/test/resources/io/github/nianbao/importer/CellTextFuzzTestInputs/} in the normal build.
 */
class CellTextFuzzTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final AnnualReport BASE = ReportGenerator.generate(11);
    private static final List<CellKey> COUNTS = new ArrayList<>();
    // What a plain number states: digits (ASCII after NFKC), then at most an annotation in brackets
    // that holds words, not only digits ("22（其中修订16件）" states 22; "22(16)" states nothing).
    private static final Pattern PLAIN = Pattern.compile("\\s*([0-9]+)\\s*(?:[（(][^（）()]*[^0-9\\s（）()][^（）()]*[）)])?\\s*");

    static {
        for (Section s : TableAssertions.TABLES) {
            for (CellKey k : BASE.table(s).layout().cells()) {
                if (k.kind() == CellKind.COUNT) {
                    COUNTS.add(k);
                }
            }
        }
    }

    /** The first byte picks the cell, the second the source form; the rest, as UTF-8, is the cell's text. */
    @FuzzTest
    void oneCell(byte[] input) {
        if (input.length < 2) {
            return;
        }
        CellKey key = COUNTS.get((input[0] & 0xff) % COUNTS.size());
        ReportRenderer.Form form = ReportRenderer.Form.values()[(input[1] & 0xff) % ReportRenderer.Form.values().length];
        String printed = new String(input, 2, input.length - 2, java.nio.charset.StandardCharsets.UTF_8);
        ReportRenderer.Rendered r = ReportRenderer.render(BASE, form, ReportRenderer.Quirks.of(0), 11, Map.of(key, printed));
        ImportResult result = InputBudget.within(() -> IMPORTER.read(r.text()));
        ReportImporterFuzzTest.check(result);
        if (result.report().isEmpty()) {
            return; // the text broke the page itself (a heading, a closing tag): diagnostics, no report
        }
        AnnualReport report = result.report().get();
        Cell got = report.cell(key);
        // In HTML the text is markup: what it shows is not the string (an unknown empty element such as
        // "10<x>" shows 10), so only its neighbours are checked there; HostileCellsTest covers markup.
        boolean markup = form == ReportRenderer.Form.HTML && (printed.indexOf('<') >= 0 || printed.indexOf('&') >= 0);
        if (!markup && got instanceof Count c && c.isNumber()) {
            String folded = Normalizer.normalize(printed, Normalizer.Form.NFKC);
            var m = PLAIN.matcher(folded);
            assertTrue(m.matches() && Long.parseLong(m.group(1)) == c.value(),
                    () -> form + ": " + key + " printed " + CellText.visible(printed) + " was read as " + c);
        }
        for (Section s : TableAssertions.TABLES) {
            for (CellKey k : report.table(s).layout().cells()) {
                Cell other = report.cell(k);
                if (!k.equals(key) && !other.isUnknown()) {
                    assertTrue(other.equals(r.expected().cell(k)), () -> form + ": " + key + " printed "
                            + CellText.visible(printed) + " made " + k + " read " + other + " for " + r.expected().cell(k));
                }
            }
        }
    }
}

package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.samples.SampleReports;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18 §4: text in or next to a cell that is not a plain number of the cell's kind makes the
 * cell unknown with a diagnostic, never a different number. The files of
 * {@code ../shared/adversarial/importer/key/} (copied byte for byte) one by one, then generated
 * variants of each class on random reports in every form.
 */
class HostileCellsTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final String KEY = "adversarial/key/";

    private static final CellKey LICENSING_CHANGE = Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2019)
            .cell(DisclosureRow.LICENSING, DisclosureColumn.CHANGE);
    private static final CellKey NEW_NATURAL_PERSON_2019 = Layout.of(Section.APPLICATIONS, Edition.V2019)
            .cell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON);
    private static final CellKey NEW_NATURAL_PERSON_2021 = Layout.of(Section.APPLICATIONS, Edition.V2021)
            .cell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON);

    private static ImportResult read(String resource) {
        return IMPORTER.read(TestResources.text(KEY + resource));
    }

    @ParameterizedTest
    @ValueSource(strings = {"change-en-dash.txt", "change-hyphen.txt", "change-jian.txt", "change-minus-sign.txt",
        "html-about.html", "html-circled-footnote.html", "html-minus-sign.html", "html-rlo-01.html",
        "html-superscript-footnote.html", "html-two-numbers.html", "html-zwnj.html", "html-zwsp.html",
        "layout-zwsp.txt", "tab-paren-neg.txt", "tab-zwsp.txt"})
    void theKeyFilesAreTheSharedOnes(String file) throws IOException {
        TestResources.sameAsShared(KEY + file, "adversarial/importer/key/" + file);
    }

    /** A minus sign of any kind in the signed 本年增/减 cell is its sign: −10, never 10. */
    @ParameterizedTest
    @ValueSource(strings = {"change-hyphen.txt", "change-en-dash.txt", "change-jian.txt", "change-minus-sign.txt"})
    void everyMinusSignOfASignedCellIsKept(String file) {
        ImportResult result = read(file);
        AnnualReport reference = read("change-hyphen.txt").report().orElseThrow();
        AnnualReport report = result.report().orElseThrow();
        assertEquals(Count.of(-10), report.cell(LICENSING_CHANGE), file);
        assertEquals(Set.of(), result.unreadCells(), file);
        TableAssertions.assertSameCells(reference, report, Set.of(), file);
    }

    /**
     * Each HTML file prints one cell (table 三, 一、本年新收…, 自然人) in a hostile way: about, circled
     * footnote, U+2212 minus in an unsigned cell, bidi override, superscript footnote, two numbers,
     * zero-width non-joiner and space. That cell is unknown with CELL_UNREADABLE; every other cell is
     * read as in the others.
     */
    @ParameterizedTest
    @ValueSource(strings = {"html-about.html", "html-circled-footnote.html", "html-minus-sign.html", "html-rlo-01.html",
        "html-superscript-footnote.html", "html-two-numbers.html", "html-zwnj.html", "html-zwsp.html"})
    void aHostileHtmlCellIsUnknownAndTheRestIsRead(String file) {
        ImportResult result = read(file);
        AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        CellKey hostile = report.applications().edition() == Edition.V2019 ? NEW_NATURAL_PERSON_2019 : NEW_NATURAL_PERSON_2021;
        assertEquals(Set.of(hostile), result.unreadCells(), file);
        assertTrue(report.cell(hostile).isUnknown(), file);
        assertEquals(java.util.Optional.of(ImportIssue.CELL_UNREADABLE.name()), report.cell(hostile).unknownReason());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.CELL_UNREADABLE
                && d.cell().map(hostile::equals).orElse(false)), file);
        AnnualReport reference = read("html-about.html").report().orElseThrow();
        TableAssertions.assertSameCells(reference, report, Set.of(hostile), file);
    }

    /** A parenthesised value and a zero-width space in tab-separated text: the cell unknown, the row not shifted. */
    @ParameterizedTest
    @ValueSource(strings = {"tab-paren-neg.txt", "tab-zwsp.txt"})
    void aHostileTabCellIsUnknownAndShiftsNothing(String file) {
        ImportResult result = read(file);
        AnnualReport report = result.report().orElseThrow();
        assertEquals(Set.of(NEW_NATURAL_PERSON_2019), result.unreadCells(), file);
        AnnualReport reference = read("change-hyphen.txt").report().orElseThrow();
        for (CellKey k : reference.applications().layout().row(ApplicationRow.NEWLY_RECEIVED)) {
            if (!k.equals(NEW_NATURAL_PERSON_2019)) {
                assertEquals(reference.cell(k), report.cell(k), file + " " + k);
            }
        }
        TableAssertions.assertSameCells(reference, report, Set.of(NEW_NATURAL_PERSON_2019, LICENSING_CHANGE), file);
    }

    /** A zero-width space inside 3001 in pdftotext layout: unknown, as in tab-separated text and HTML. */
    @Test
    void aZeroWidthSpaceInLaidOutTextIsTheSameAnswer() {
        ImportResult result = read("layout-zwsp.txt");
        AnnualReport report = result.report().orElseThrow();
        assertEquals(Set.of(NEW_NATURAL_PERSON_2021), result.unreadCells());
        TableAssertions.assertSameCells(SampleReports.huaianShi2024(), report, Set.of(NEW_NATURAL_PERSON_2021), "layout-zwsp");
    }

    // ---- generated variants of each class

    /** The classes of hostile cell text, each a function of the cell's true value. */
    enum Hostile {
        ABOUT("约%d"), MORE("%d余"), MANY("%d多"), LESS_THAN("<%d"), AT_LEAST("≥%d"), PERCENT("%d%%"),
        CIRCLED("%d①"), SUPERSCRIPT("%d¹"), STAR("%d*"), PAREN("(%d)"), FULL_PAREN("（%d）"),
        ZERO_WIDTH_SPACE("\u200b%d"), ZERO_WIDTH_INSIDE("%d\u200b%d"), ZWNJ("%d\u200c%d"), BIDI("\u202e%d\u202c"),
        WORD_JOINER("%d\u2060%d"), TWO_NUMBERS("%d %d"), MINUS_SIGN("−%d"), EN_DASH("–%d"), JIAN("减%d"),
        SUP_TAG("%d<sup>1</sup>"), DEL_INS("<del>%d</del><ins>%d</ins>"), BR("%d<br>%d"), MINUS_ENTITY("&minus;%d");

        final String pattern;

        Hostile(String pattern) {
            this.pattern = pattern;
        }

        boolean html() {
            return pattern.contains("<sup>") || pattern.contains("<del>") || pattern.contains("<br>") || pattern.contains("&minus;");
        }

        boolean minus() {
            return this == MINUS_SIGN || this == EN_DASH || this == JIAN || this == MINUS_ENTITY;
        }

        // Printed with spaces, it is several tokens of laid-out text: a different printing, not this class.
        boolean spaced() {
            return this == TWO_NUMBERS;
        }

        String print(long value) {
            long first = value / 10;
            long second = value % 10;
            return pattern.chars().filter(c -> c == '%').count() >= 4 || pattern.indexOf("%d") != pattern.lastIndexOf("%d")
                    ? String.format(pattern, first, second) : String.format(pattern, value);
        }
    }

    /**
     * Every class on 600 random reports (samples' generator is not used here: the importer's own,
     * which keeps all relations), a random number cell in every form: the cell is unknown (or, for a
     * minus of a signed cell, its negative), every other cell is the generated one or unknown, and no
     * cell of the hostile one's row is unknown in cellular forms (nothing shifted).
     */
    @Test
    void generatedVariantsOfEveryClass() {
        Random random = new Random(18);
        int wrong = 0;
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (int example = 0; example < 600; example++) {
            Hostile h = Hostile.values()[example % Hostile.values().length];
            ReportRenderer.Form form = ReportRenderer.Form.values()[random.nextInt(4)];
            if (h.html() && form != ReportRenderer.Form.HTML || h.spaced() && form == ReportRenderer.Form.LAYOUT_TEXT) {
                form = ReportRenderer.Form.HTML;
            }
            long seed = random.nextLong();
            AnnualReport base = ReportGenerator.generate(seed);
            List<CellKey> candidates = new ArrayList<>();
            for (Section s : TableAssertions.TABLES) {
                for (CellKey k : base.table(s).layout().cells()) {
                    Cell c = base.cell(k);
                    if (k.kind() != CellKind.AMOUNT && c instanceof Count n && n.isNumber() && n.value() >= 10) {
                        candidates.add(k);
                    }
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            CellKey key = candidates.get(random.nextInt(candidates.size()));
            long value = ((Count) base.cell(key)).value();
            String printed = h.print(value);
            if (h.minus() && form != ReportRenderer.Form.HTML && h == Hostile.MINUS_ENTITY) {
                continue;
            }
            ReportRenderer.Rendered r = ReportRenderer.render(base, form, ReportRenderer.Quirks.of(0), seed, Map.of(key, printed));
            ImportResult result = IMPORTER.read(r.text());
            AnnualReport report = result.report().orElseThrow(() -> new AssertionError(h + " " + result.diagnostics()));
            checked++;
            Cell got = report.cell(key);
            boolean signed = key.kind() == CellKind.SIGNED_COUNT;
            boolean right = h.minus() && signed ? got.equals(Count.of(-value)) : got.isUnknown();
            if (!right) {
                wrong++;
                failures.add(h + " " + form + " " + key + " printed " + CellText.visible(printed) + " read " + got);
            }
            for (Section s : TableAssertions.TABLES) {
                for (CellKey k : base.table(s).layout().cells()) {
                    if (!k.equals(key) && !report.cell(k).isUnknown() && !report.cell(k).equals(r.expected().cell(k))) {
                        wrong++;
                        failures.add(h + " " + form + ": " + k + " read " + report.cell(k) + " for " + r.expected().cell(k));
                    }
                    if (!k.equals(key) && form != ReportRenderer.Form.LAYOUT_TEXT && k.path().parent().equals(key.path().parent())
                            && report.cell(k).isUnknown()) {
                        failures.add(h + " " + form + ": " + k + " unknown beside " + key + " printed " + CellText.visible(printed));
                    }
                }
            }
        }
        System.out.println("HostileCellsTest: " + checked + " hostile cells, " + wrong + " wrong");
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures:\n  " + String.join("\n  ", failures.subList(0, Math.min(30, failures.size()))));
        }
    }
}

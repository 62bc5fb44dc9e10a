package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.samples.SampleReports.Published;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Unreadable input yields diagnostics, never an exception. */
class UnreadableInputTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();

    private static void noInternalError(ImportResult r) {
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.INTERNAL_ERROR), r.diagnostics()::toString);
    }

    @Test
    void anUnrelatedDocument() {
        ImportResult r = IMPORTER.read("关于做好2024年春节期间安全生产工作的通知\n\n各乡镇人民政府，区各有关部门：\n\n为切实做好春节期间安全生产工作，现将有关事项通知如下。\n");
        assertTrue(r.report().isEmpty());
        assertEquals(ImportIssue.NOT_A_REPORT, r.diagnostics().get(0).issue());
        assertEquals("1:1", r.diagnostics().get(0).location().orElseThrow().toString());
        assertFalse(r.isComplete());
        noInternalError(r);
    }

    @Test
    void aReportWithoutTitle() {
        String text = Published.HUAIAN_SHI_2024.sourceText();
        text = text.substring(text.indexOf("   一、"));
        ImportResult r = IMPORTER.read(text);
        assertTrue(r.report().isEmpty());
        assertEquals(ImportIssue.TITLE_MISSING, r.diagnostics().get(0).issue());
    }

    @Test
    void aReportOfAYearWithoutUnifiedFormat() {
        ImportResult r = IMPORTER.read("某某县人民政府2017年政府信息公开工作年度报告\n" + Section.OVERVIEW.label() + "\n略。\n");
        assertTrue(r.report().isEmpty());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.YEAR_UNSUPPORTED && d.arguments().equals(java.util.List.of(2017))));
    }

    @Test
    void aTitleOnly() {
        ImportResult r = IMPORTER.read("某某县人民政府2022年政府信息公开工作年度报告\n");
        var report = r.report().orElseThrow();
        assertEquals(2022, report.reportYear());
        assertEquals(3, r.diagnostics().stream().filter(d -> d.issue() == ImportIssue.TABLE_MISSING).count());
        assertEquals(6, r.diagnostics().stream().filter(d -> d.issue() == ImportIssue.SECTION_MISSING).count());
        assertEquals(r.tables().stream().mapToInt(t -> t.layout().size()).sum(), r.unreadCells().size());
        assertTrue(r.unreadCells().stream().allMatch(k -> report.cell(k).isUnknown()
                && report.cell(k).unknownReason().orElseThrow().equals(ImportIssue.TABLE_MISSING.name())));
    }

    @Test
    void binaryJunk() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        ImportResult r = IMPORTER.read(junk);
        assertTrue(r.report().isEmpty());
        assertEquals(ImportIssue.NOT_TEXT, r.diagnostics().get(0).issue());
        ImportResult asText = IMPORTER.read(new String(junk, StandardCharsets.ISO_8859_1));
        assertEquals(ImportIssue.NOT_TEXT, asText.diagnostics().get(0).issue());
        // Text with a NUL here and there is still text.
        assertTrue(IMPORTER.read(Published.HONGZE_QU_2024.sourceText().replaceFirst("\n", "\u0000\n")).report().isPresent());
    }

    @Test
    void emptyAndBlankInput() {
        for (String s : new String[] {"", "   \n\n\t\f", "<html></html>", "| | |\n|---|---|\n", "<table><tr><td rowspan=\"x\" colspan=\"-3\"></td></tr></table>"}) {
            ImportResult r = IMPORTER.read(s);
            assertTrue(r.report().isEmpty(), s);
            assertFalse(r.diagnostics().isEmpty(), s);
            noInternalError(r);
        }
    }

    @Test
    void truncatedAtEveryFewCharacters() {
        String text = Published.HONGZE_QU_2023.sourceText();
        for (int end = 0; end < text.length(); end += 97) {
            noInternalError(IMPORTER.read(text.substring(0, end)));
        }
    }

    @Test
    void arbitraryTextNeverThrows() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 400))
                .checkAssert(s -> noInternalError(IMPORTER.read(s)));
    }

    @Test
    void shuffledReportLinesNeverThrow() {
        String[] lines = Published.HUAIAN_SHI_2024.sourceText().split("\n");
        qt().withExamples(100).forAll(longs().all(), integers().between(1, lines.length)).checkAssert((seed, n) -> {
            Random rnd = new Random(seed);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(lines[rnd.nextInt(lines.length)]).append('\n');
            }
            noInternalError(IMPORTER.read(sb.toString()));
        });
    }

    @Test
    void aCountTooLargeForALongIsAnUnreadCell() {
        // Found by fuzzing (ReportImporterFuzzTestInputs/text/crash-b851…): 40 digits made the importer fail.
        String line = ApplicationRow.NEWLY_RECEIVED.label() + "\t\t0\t";
        String text = Published.LINGXIU_ZHEN_2020.sourceText();
        assertTrue(text.contains(line));
        ImportResult r = IMPORTER.read(text.replace(line, ApplicationRow.NEWLY_RECEIVED.label() + "\t\t" + "8".repeat(40) + "\t"));
        noInternalError(r);
        CellKey key = r.report().orElseThrow().applications().layout().find(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON).orElseThrow();
        assertTrue(r.unreadCells().contains(key), r.unreadCells()::toString);
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.CELL_UNREADABLE && d.cell().equals(java.util.Optional.of(key))),
                r.diagnostics()::toString);
    }
}

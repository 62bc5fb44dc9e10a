package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTML however it starts (../shared/adversarial/importer/html-detect), and pages that hold no more
 * than a title or headings (../shared/adversarial/importer/minimal).
 */
class HtmlPagesTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final String DETECT = "adversarial/html-detect/";

    private static AnnualReport reference() {
        return IMPORTER.read(TestResources.bytes(DETECT + "bom-then-doctype.html")).report().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bom-then-doctype.html", "doctype-after-5k-spaces.html", "ie-conditional.html",
            "saved-from-comment.html", "starts-with-TABLE-upper.html", "starts-with-center.html", "starts-with-link.html",
            "starts-with-script.html", "starts-with-section.html", "starts-with-span.html", "starts-with-title.html",
            "xml-prolog.html"})
    void htmlIsRecognisedHoweverItStarts(String file) throws IOException {
        TestResources.sameAsShared(DETECT + file, "adversarial/importer/html-detect/" + file);
        byte[] bytes = TestResources.bytes(DETECT + file);
        ImportResult result = IMPORTER.read(bytes);
        assertEquals(SourceFormat.HTML, result.format(), file);
        assertEquals(result.format(), IMPORTER.read(new String(bytes, StandardCharsets.UTF_8)).format());
        AnnualReport report = result.report().orElseThrow(() -> new AssertionError(file + ": " + result.diagnostics()));
        assertTrue(result.isComplete(), () -> file + ": " + result.tables());
        assertEquals(List.of(), result.diagnostics(Severity.ERROR), file);
        AnnualReport reference = reference();
        assertEquals(reference.metadata(), report.metadata(), file);
        TableAssertions.assertSameCells(reference, report, Set.of(), file);
        assertEquals(reference.overview(), report.overview(), file);
    }

    @Test
    void theReferencePageIsAReport() {
        AnnualReport r = reference();
        assertEquals("灵秀镇人民政府", r.agency());
        assertEquals(2024, r.reportYear());
    }

    @Test
    void aFileNamedHtmlIsReadAsHtml(@TempDir Path dir) throws IOException {
        // Starts with an element the detection does not know (Word's <o:p>): text by its content, HTML by its name.
        String page = "<o:p></o:p>" + TestResources.text(DETECT + "starts-with-span.html").substring("<span></span>".length());
        assertEquals(SourceFormat.PAGE_TEXT, IMPORTER.read(page).format());
        for (String name : new String[] {"report.html", "REPORT.HTM"}) {
            Path file = dir.resolve(name);
            Files.writeString(file, page);
            ImportResult result = IMPORTER.read(file);
            assertEquals(SourceFormat.HTML, result.format(), name);
            assertTrue(result.isComplete(), name);
        }
        Path txt = dir.resolve("report.txt");
        Files.writeString(txt, page);
        assertEquals(SourceFormat.PAGE_TEXT, IMPORTER.read(txt).format());
    }

    @Test
    void aDeepPageIsReadOrRefusedNeverAStackOverflow() {
        AnnualReport reference = reference();
        String page = TestResources.text(DETECT + "starts-with-section.html");
        for (int depth : new int[] {400, 6_000, 20_000}) {
            String deep = "<html><body>" + "<div>".repeat(depth) + page + "</div>".repeat(depth) + "</body></html>";
            ImportResult result = IMPORTER.read(deep);
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.INTERNAL_ERROR), "depth " + depth);
            if (depth <= HtmlDepth.MAX_DEPTH - 20) {
                assertEquals(List.of(), result.diagnostics(Severity.ERROR), "depth " + depth);
                TableAssertions.assertSameCells(reference, result.report().orElseThrow(), Set.of(), "depth " + depth);
            } else {
                assertEquals(List.of(ImportIssue.HTML_TOO_DEEP), result.diagnostics().stream().map(ImportDiagnostic::issue).toList());
            }
        }
    }

    @Test
    void markdownStartingWithAnInlineElementStaysMarkdown() {
        String md = "<center>某县人民政府2024年政府信息公开工作年度报告</center>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assertEquals(SourceFormat.MARKDOWN, IMPORTER.read(md).format());
        assertEquals(SourceFormat.HTML, IMPORTER.read("<html>" + md).format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title-only.txt", "title-only.html", "headings-only.txt"})
    void aPageWithOnlyATitleOrHeadingsIsNeverACompleteReport(String file) throws IOException {
        String resource = "adversarial/minimal/" + file;
        TestResources.sameAsShared(resource, "adversarial/importer/minimal/" + file);
        ImportResult result = IMPORTER.read(TestResources.bytes(resource));
        assertFalse(result.isComplete(), file);
        List<ImportDiagnostic> errors = result.diagnostics(Severity.ERROR);
        assertFalse(errors.isEmpty(), file);
        if (result.report().isPresent()) {
            // What is missing is said: each of the three tables, and every one of its cells is unread.
            for (Section table : TableAssertions.TABLES) {
                assertTrue(errors.stream().anyMatch(d -> d.issue() == ImportIssue.TABLE_MISSING
                        && d.path().orElseThrow().equals(io.github.nianbao.core.catalogue.ReportPath.of(table.key()))), file + " " + table);
                TableImport t = result.table(table).orElseThrow();
                assertFalse(t.found());
                assertEquals(Set.copyOf(t.layout().cells()), t.unreadCells());
                for (var key : t.layout().cells()) {
                    assertFalse(result.report().get().cell(key).isNumber(), key::toString);
                }
            }
            // A V2021-year report with no table 三 is not said to be a hybrid.
            assertFalse(result.report().get().isHybrid(), file);
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.EDITION_HYBRID), file);
        }
        if (!file.startsWith("headings")) {
            assertEquals(6, result.diagnostics().stream().filter(d -> d.issue() == ImportIssue.SECTION_MISSING).count(), file);
        }
    }
}

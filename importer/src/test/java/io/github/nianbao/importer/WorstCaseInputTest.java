package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 §1, the importer's worst cases: one row of 262,000 digits on a 256 KiB page (read in
 * time linear in its length: no number is built from more than {@link CellText#MAX_DIGITS} digits;
 * the fuzz corpus holds the page, {@code text/long-digit-row}, and times it with
 * {@link InputBudget}), and HTML nested thousands of levels deep (refused with a diagnostic, never a
 * stack overflow; {@code html/deep-6000} in the corpus).
 */
class WorstCaseInputTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();

    @Test
    void aRowOf262000DigitsIsUnknownAndTheReportIsBuilt() {
        byte[] page = TestResources.bytes("ReportImporterFuzzTestInputs/text/long-digit-row");
        assertEquals(256 * 1024, page.length);
        ImportResult result = IMPORTER.read(page);
        AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        Layout layout = report.proactiveDisclosure().layout();
        for (var key : layout.row(DisclosureRow.REGULATIONS)) {
            assertTrue(report.cell(key).isUnknown(), key::toString);
            assertTrue(result.unreadCells().contains(key));
        }
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.INTERNAL_ERROR));
        // As text (characters counted, not bytes), the row is 262,000 digits long, and glued to its label too.
        String text = new String(page, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("1{261826}", "1".repeat(262_000));
        assertTrue(text.length() <= ReportImporter.DEFAULT_MAX_SOURCE_LENGTH);
        for (String t : List.of(text, text.replace("\t1", "1"))) {
            ImportResult r = IMPORTER.read(t);
            assertTrue(r.report().orElseThrow().cell(layout.row(DisclosureRow.REGULATIONS).get(0)).isUnknown());
        }
    }

    @Test
    void htmlNested6000DeepIsRefusedWithADiagnostic() {
        for (String tag : List.of("div", "span", "b", "td")) {
            StringBuilder sb = new StringBuilder("<html><body><h1>某某县人民政府2021年政府信息公开工作年度报告</h1>");
            sb.append(("<" + tag + ">").repeat(6000)).append(Section.OVERVIEW.label()).append(("</" + tag + ">").repeat(6000));
            ImportResult result = IMPORTER.read(sb.toString());
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.INTERNAL_ERROR), result::toString);
            if (result.report().isEmpty()) {
                assertEquals(List.of(ImportIssue.HTML_TOO_DEEP), result.diagnostics().stream().map(ImportDiagnostic::issue).toList(), tag);
                assertTrue(result.diagnostics().get(0).message(java.util.Locale.ENGLISH).contains("512"));
            }
        }
    }

    @Test
    void htmlNestedAsDeepAsABrowserBuildsIsRead() {
        String page = ReportRenderer.render(ReportGenerator.generate(3), ReportRenderer.Form.HTML, ReportRenderer.Quirks.of(0), 3).text();
        int body = page.indexOf("<body>") + "<body>".length();
        String deep = page.substring(0, body) + "<div>".repeat(400) + page.substring(body, page.indexOf("</body>"))
                + "</div>".repeat(400) + "</body></html>";
        ImportResult result = IMPORTER.read(deep);
        assertTrue(result.isComplete(), result::toString);
    }
}

package io.github.nianbao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.importer.ImportDiagnostic;
import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.SourceFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The blank official template reads as a V2021 report with every cell blank, and says so. */
class TemplateTest {

    @Test
    void templateIsABlankV2021Report() {
        ImportResult result = DocumentImporter.create().read(Resources.bytes("V2021-official-template.docx"));
        result.diagnostics().forEach(d -> System.out.println(d.toString(Locale.ENGLISH)));
        assertEquals(SourceFormat.DOCX, result.format());
        AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertEquals(Edition.V2021, report.edition());
        assertEquals(Edition.V2021, report.applications().edition(), "table 三 in the 2021 form");
        assertTrue(result.isComplete(), () -> result.tables().toString());
        assertTrue(result.unreadCells().isEmpty(), () -> result.unreadCells().toString());
        int cells = 0;
        for (Section s : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
            for (CellKey key : Layout.of(s, Edition.V2021).cells()) {
                assertTrue(report.cell(key).isBlank(), key.path() + " = " + report.cell(key));
                cells++;
            }
        }
        assertEquals(List.of(), result.diagnostics(Severity.ERROR));
        ImportDiagnostic template = result.diagnostics().stream().filter(d -> d.issue() == ImportIssue.BLANK_TEMPLATE)
                .findFirst().orElseThrow();
        assertEquals(Severity.WARNING, template.severity());
        String message = template.message(Locale.ENGLISH);
        assertTrue(message.contains(cells + " of its " + cells + " cells are blank"), message);
        assertTrue(template.message().contains("空白"), template.message());
    }
}

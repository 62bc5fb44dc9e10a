package io.github.nianbao.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.documents.DocumentImporter;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.samples.SampleReports;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unknown cell prints "?" and comes back from either document as a cell that was not read
 * (unknown, or blank and named among the import's unread cells), never as a number or a printed
 * blank, and no other cell comes back silently wrong. Known importer gap (reported): a "?" in
 * table 四, whose one row of fifteen values is read as a whole, leaves all fifteen cells unread; a
 * "?" in a row of table 三 leaves that row unread. Those cells are named as unread, so nothing is
 * lost silently; the assertion on them is that they are either equal or named.
 */
class UnknownCellsReadBackTest {

    private static void check(AnnualReport report, ImportResult result) {
        AnnualReport back = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        List<String> wrong = new ArrayList<>();
        for (Section s : Section.values()) {
            if (!s.isTable()) {
                continue;
            }
            for (CellKey k : report.table(s).layout().cells()) {
                if (report.cell(k).isUnknown()) {
                    boolean notRead = back.cell(k).isUnknown() || result.unreadCells().contains(k) && back.cell(k).isBlank();
                    if (!notRead) {
                        wrong.add(k + " unknown read as " + back.cell(k));
                    }
                } else if (!report.cell(k).equals(back.cell(k)) && !result.unreadCells().contains(k)) {
                    wrong.add(k + " " + report.cell(k) + " read as " + back.cell(k) + " and not named unread");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void unknownCellsAreNotReadAsValues() {
        AnnualReport report = DocxDocumentTest.withOddCells(SampleReports.synthetic(Edition.V2021));
        assertTrue(report.reviewLitigation().cells().stream().anyMatch(c -> c.isUnknown()));
        check(report, ReportImporter.create().read(ReportRenderer.create().html(report)));
        check(report, DocumentImporter.create().read(ReportRenderer.create().docx(report)));
        // One unknown cell in a row of table 三.
        AnnualReport three = report.withApplications((io.github.nianbao.core.table.ApplicationTable) report.applications()
                .withCell(report.applications().layout().cells().get(3), io.github.nianbao.core.cell.Count.unknown(null)));
        check(three, ReportImporter.create().read(ReportRenderer.create().html(three)));
        check(three, DocumentImporter.create().read(ReportRenderer.create().docx(three)));
    }
}

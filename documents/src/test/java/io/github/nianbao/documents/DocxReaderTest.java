package io.github.nianbao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.SourceDocument;
import io.github.nianbao.importer.SourceFormat;
import io.github.nianbao.samples.SampleReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word files read through their real cells: the official template filled in as a drafter would. */
class DocxReaderTest {

    static void assertSameCells(AnnualReport expected, AnnualReport actual) {
        int compared = 0;
        for (Section s : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
            Edition form = s == Section.APPLICATIONS ? expected.applications().edition() : expected.edition();
            for (CellKey key : Layout.of(s, form).cells()) {
                assertEquals(expected.cell(key), actual.cell(key), key.path().toString());
                compared++;
            }
        }
        assertTrue(compared > 100, "cells compared: " + compared);
    }

    @Test
    void filledTemplateReadsCellByCell() {
        AnnualReport expected = SampleReports.huaianShi2024();
        byte[] docx = FilledTemplate.fill(Resources.bytes("V2021-official-template.docx"), expected,
                "淮安市人民政府2024年政府信息公开工作年度报告", "2024年，我市坚持以习近平新时代中国特色社会主义思想为指导。");
        ImportResult result = DocumentImporter.create().read(docx);
        assertEquals(SourceFormat.DOCX, result.format());
        AnnualReport actual = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertEquals("淮安市人民政府", actual.agency());
        assertEquals(2024, actual.reportYear());
        assertEquals(Edition.V2021, actual.edition());
        assertSameCells(expected, actual);
        assertTrue(result.unreadCells().isEmpty(), () -> result.unreadCells().toString());
        assertEquals(List.of(), result.diagnostics(Severity.ERROR));
        assertEquals(io.github.nianbao.core.Narrative.of("2024年，我市坚持以习近平新时代中国特色社会主义思想为指导。"), actual.overview());
    }

    @Test
    void generatedReportsFilledIntoTheTemplateReadBackCellByCell() {
        io.github.nianbao.samples.generator.ReportGenerator generator = io.github.nianbao.samples.generator.ReportGenerator.standard();
        java.util.random.RandomGenerator random = io.github.nianbao.samples.generator.ReportGenerator.random(14);
        byte[] template = Resources.bytes("V2021-official-template.docx");
        int read = 0;
        int numbers = 0;
        while (read < 25) {
            AnnualReport expected = generator.valid(random, Edition.V2021);
            if (expected.isHybrid()) {
                continue;  // the template has table 三 in the 2021 form only
            }
            byte[] docx = FilledTemplate.fill(template, expected,
                    expected.agency() + expected.reportYear() + "年政府信息公开工作年度报告", null);
            ImportResult result = DocumentImporter.create().read(docx);
            AnnualReport actual = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
            assertEquals(expected.agency(), actual.agency());
            assertEquals(expected.reportYear(), actual.reportYear());
            assertSameCells(expected, actual);
            assertTrue(result.unreadCells().isEmpty(), () -> result.unreadCells().toString());
            for (Section s : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
                numbers += (int) Layout.of(s, Edition.V2021).cells().stream().filter(k -> expected.cell(k).isNumber()).count();
            }
            read++;
        }
        assertTrue(numbers > 25 * 100, "the reports carried numbers: " + numbers);
    }

    @Test
    void mergedCellsAreExpanded() throws Exception {
        SourceDocument doc = DocxReader.create().read(Resources.bytes("V2021-official-template.docx"));
        List<SourceDocument.Table> tables = doc.blocks().stream().filter(b -> b instanceof SourceDocument.Table)
                .map(b -> (SourceDocument.Table) b).toList();
        assertEquals(3, tables.size());
        for (SourceDocument.Table t : tables) {
            int width = t.rows().get(0).size();
            for (List<SourceDocument.Cell> row : t.rows()) {
                assertEquals(width, row.size(), "every row of the grid is as wide (gridSpan expanded)");
            }
        }
        // Table 三: the vertically merged label (本列数据的勾稽关系…) covers the cells below it.
        assertTrue(tables.get(1).rows().stream().anyMatch(r -> r.get(0).covered()), "vMerge continuations are covered");
        assertTrue(tables.get(1).rows().get(0).stream().anyMatch(SourceDocument.Cell::covered), "gridSpan copies are covered");
    }
}

package io.github.nianbao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.SourceFormat;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.samples.SampleReports.Published;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three published PDFs, read from glyph positions and ruling lines, equal the hand-checked sample reports. */
class PublishedPdfTest {

    enum Pdf {
        HONGZE_QU_2023("2023-hongze-qu.pdf", SampleReports::hongzeQu2023, Published.HONGZE_QU_2023),
        HONGZE_QU_2024("2024-hongze-qu.pdf", SampleReports::hongzeQu2024, Published.HONGZE_QU_2024),
        HUAIAN_SHI_2024("2024-huaian-shi.pdf", SampleReports::huaianShi2024, Published.HUAIAN_SHI_2024);

        final String file;
        final Supplier<AnnualReport> expected;
        final Published text;

        Pdf(String file, Supplier<AnnualReport> expected, Published text) {
            this.file = file;
            this.expected = expected;
            this.text = text;
        }
    }

    static ImportResult read(Pdf pdf) {
        return DocumentImporter.create().read(Resources.bytes(pdf.file));
    }

    @ParameterizedTest
    @EnumSource(Pdf.class)
    void everyCellAsPublished(Pdf pdf) {
        ImportResult result = read(pdf);
        result.diagnostics().forEach(d -> System.out.println(pdf + " " + d.toString(Locale.ENGLISH)));
        assertEquals(SourceFormat.PDF, result.format());
        AnnualReport expected = pdf.expected.get();
        AnnualReport actual = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertTrue(result.unreadCells().isEmpty(), () -> "unknown cells: " + result.unreadCells());
        DocxReaderTest.assertSameCells(expected, actual);
        assertEquals(expected.reportYear(), actual.reportYear());
        assertEquals(expected.edition(), actual.edition());
        // The agency is the title's wording (洪泽区人民政府 in 2023), as from the pdftotext text of the same file.
        assertEquals(ReportImporter.create().read(pdf.text.sourceText()).report().orElseThrow().metadata(), actual.metadata());
        assertEquals(expected.isHybrid(), actual.isHybrid());
        assertEquals(List.of(), result.diagnostics(Severity.ERROR));
    }

    @ParameterizedTest
    @EnumSource(Pdf.class)
    void narrativesKeepTheirParagraphs(Pdf pdf) {
        AnnualReport expected = pdf.expected.get();
        AnnualReport actual = read(pdf).report().orElseThrow();
        for (Section s : new Section[] {Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS}) {
            assertEquals(expected.narrative(s), actual.narrative(s), pdf + " " + s);
        }
    }
}

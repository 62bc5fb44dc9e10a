package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.samples.SampleReports.Published;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The maximum source length: a longer source is not read and says so with its own diagnostic. */
class SourceLimitTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();

    private static void tooLarge(ImportResult r, long limit) {
        assertTrue(r.report().isEmpty());
        assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
        ImportDiagnostic d = r.diagnostics().get(0);
        assertEquals(ImportIssue.SOURCE_TOO_LARGE, d.issue());
        assertEquals(List.of(limit), d.arguments());
        assertTrue(d.message(java.util.Locale.ENGLISH).contains(String.valueOf(limit)), d::toString);
    }

    @Test
    void theDefaultIs256KiB() {
        assertEquals(256L * 1024, ReportImporter.DEFAULT_MAX_SOURCE_LENGTH);
        assertEquals(ReportImporter.DEFAULT_MAX_SOURCE_LENGTH, IMPORTER.maxSourceLength());
        assertTrue(IMPORTER.withMaxSourceLength(ReportImporter.DEFAULT_MAX_SOURCE_LENGTH) == IMPORTER);
        assertEquals(1024L * 1024, IMPORTER.maxPageLength(), "an HTML page may be four times as long");
        assertEquals(Long.MAX_VALUE, IMPORTER.withMaxSourceLength(Long.MAX_VALUE).maxPageLength());
    }

    @Test
    void aWholePageWithInlineScriptsIsReadWhileItsTextIsWithinTheLimit() {
        long limit = ReportImporter.DEFAULT_MAX_SOURCE_LENGTH;
        String report = ReportRenderer.render(ReportGenerator.generate(3), ReportRenderer.Form.HTML, ReportRenderer.Quirks.of(0), 3).text();
        String scripts = "<script>var data = '" + "0123456789".repeat((int) (limit / 10)) + "';</script>\n";
        String page = report.replace("<body>", "<body>" + scripts.repeat(3));
        assertTrue(page.length() > 3 * limit && page.length() <= IMPORTER.maxPageLength());
        ImportResult read = IMPORTER.read(page);
        assertEquals(SourceFormat.HTML, read.format());
        assertTrue(read.isComplete(), read::toString);
        assertTrue(IMPORTER.read(page.getBytes(StandardCharsets.UTF_8)).report().isPresent(), "bytes: 3 MiB of UTF-8 would be too many");
        // More markup than four times the limit, or more shown text than the limit, is not read.
        String tooLong = report.replace("<body>", "<body>" + scripts.repeat(5));
        tooLarge(IMPORTER.read(tooLong), IMPORTER.maxPageLength());
        tooLarge(IMPORTER.read(tooLong, SourceFormat.HTML), IMPORTER.maxPageLength());
        String shown = report.replace("<body>", "<body><p>" + "某".repeat((int) limit) + "</p>");
        tooLarge(IMPORTER.read(shown), limit);
        // Text is held to the limit itself.
        tooLarge(IMPORTER.read("某".repeat((int) limit + 1)), limit);
    }

    @Test
    void aReportPaddedToTheLimitIsStillReadAndOneCharacterMoreIsNot() {
        String source = Published.HUAIAN_SHI_2024.sourceText();
        String paragraph = "\n本机关认真贯彻落实政务公开各项要求，持续提升公开质量。\n";
        StringBuilder padded = new StringBuilder(source);
        while (padded.length() + paragraph.length() <= ReportImporter.DEFAULT_MAX_SOURCE_LENGTH) {
            padded.append(paragraph);
        }
        ImportResult atLimit = IMPORTER.read(padded.toString());
        assertEquals(Published.HUAIAN_SHI_2024.report().agency(), atLimit.report().orElseThrow().agency());
        padded.setLength((int) ReportImporter.DEFAULT_MAX_SOURCE_LENGTH + 1);
        tooLarge(IMPORTER.read(padded.toString()), ReportImporter.DEFAULT_MAX_SOURCE_LENGTH);
        tooLarge(IMPORTER.read(padded.toString(), SourceFormat.MARKDOWN), ReportImporter.DEFAULT_MAX_SOURCE_LENGTH);
    }

    @Test
    void aSmallerLimitCountsCharactersForTextAndBytesForBytes() {
        ReportImporter small = IMPORTER.withMaxSourceLength(100);
        String hundred = "某".repeat(100);
        assertTrue(small.read(hundred).diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.SOURCE_TOO_LARGE));
        tooLarge(small.read(hundred + "x"), 100);
        tooLarge(small.read("<p>" + hundred + "x</p>", SourceFormat.HTML), 100);
        tooLarge(small.read("<p>" + "<b></b>".repeat(60) + "</p>", SourceFormat.HTML), 400);
        // 100 characters of Chinese are 300 bytes of UTF-8.
        tooLarge(small.read(hundred.getBytes(StandardCharsets.UTF_8)), 100);
        assertThrows(IllegalArgumentException.class, () -> IMPORTER.withMaxSourceLength(0));
    }

    @Test
    void spansThatMultiplyAreStoppedAtTheTableCellLimit() {
        // 300 rows, each cell spanning every row below it and a thousand columns: 45 million grid cells from 12 KiB.
        String spans = "<table>" + "<tr><td rowspan=\"1000\" colspan=\"1000\">1</td></tr>".repeat(300) + "</table>";
        // One row of 2,000 cells, then 2,000 empty rows that would each be padded to its width.
        String padding = "<table><tr>" + "<td>1</td>".repeat(2000) + "</tr>" + "<tr></tr>".repeat(2000) + "</table>";
        for (String page : List.of(spans, padding, "<p>某县人民政府2022年政府信息公开工作年度报告</p>" + padding)) {
            ImportResult r = IMPORTER.read(page, SourceFormat.HTML);
            assertTrue(r.report().isEmpty());
            assertEquals(List.of(ImportIssue.HTML_TABLES_TOO_LARGE), r.diagnostics().stream().map(ImportDiagnostic::issue).toList());
            assertEquals(List.of(100_000L), r.diagnostics().get(0).arguments());
        }
        // The rendered reports' tables are far below the limit.
        assertTrue(IMPORTER.read(ReportRenderer.render(ReportGenerator.generate(1), ReportRenderer.Form.HTML,
                ReportRenderer.Quirks.of(ReportRenderer.Quirks.ALL), 1).text()).report().isPresent());
    }

    @Test
    void aHugeFileIsRejectedWithoutBeingReadWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.html");
        byte[] chunk = "<p>填充</p>\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written <= 5 * ReportImporter.DEFAULT_MAX_SOURCE_LENGTH; written += chunk.length) {
                out.write(chunk);
            }
        }
        tooLarge(IMPORTER.read(file), IMPORTER.maxPageLength());
        Path text = dir.resolve("huge.txt");
        Files.write(text, "填充\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        tooLarge(IMPORTER.read(text), ReportImporter.DEFAULT_MAX_SOURCE_LENGTH);
        Path ok = dir.resolve("report.txt");
        Files.write(ok, Published.HONGZE_QU_2024.sourceBytes());
        assertEquals(Published.HONGZE_QU_2024.report().agency(), IMPORTER.read(ok).report().orElseThrow().agency());
    }
}

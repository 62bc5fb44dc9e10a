package io.github.nianbao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.importer.ImportDiagnostic;
import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.TableImport;
import java.util.Locale;

/**
 * Coverage-guided fuzzing of the document readers: PDF and Word bytes through
 * {@link DocumentImporter#read(byte[])}, which tells the kind from the bytes. In the normal build it
 * replays the committed seeds under {@code src/test/resources/io/github/nianbao/documents/DocumentImporterFuzzTestInputs/}
 * ({@code scripts/fuzz.sh pdf|docx SECONDS} fuzzes).
 *
 * <p>The property: every input gives a result, never an exception (PDFBox's and POI's included)
 * and never {@link ImportIssue#INTERNAL_ERROR}; a result without a report has an error diagnostic;
 * unread cells are the report's unknown cells; nothing takes more than {@link InputBudget#PER_INPUT}. A PDF seed keeps its
 * signature only if the fuzzer keeps it, so the {@code pdf} target prefixes {@code %PDF-} and the
 * {@code docx} target wraps what it gets as a zip's word/document.xml when it is not a zip already.
 */
class DocumentImporterFuzzTest {

    private static final DocumentImporter IMPORTER = DocumentImporter.create();

    // PDFBox logs every damaged object it recovers from, with a stack trace: silent while fuzzing.
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox")};

    static {
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(java.util.logging.Level.OFF);
        }
        // Classes loaded once before any input's time is taken.
        check(IMPORTER.read(Resources.bytes("2024-huaian-shi.pdf")));
        check(IMPORTER.read(Resources.bytes("V2021-official-template.docx")));
    }

    @FuzzTest
    void pdf(byte[] input) {
        byte[] bytes = input;
        if (!new String(input, 0, Math.min(input.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-")) {
            bytes = new byte[input.length + 5];
            System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 5);
            System.arraycopy(input, 0, bytes, 5, input.length);
        }
        byte[] file = bytes;
        check(InputBudget.within(() -> IMPORTER.read(file)));
    }

    @FuzzTest
    void docx(byte[] input) {
        byte[] file = input.length >= 2 && input[0] == 'P' && input[1] == 'K' ? input : zipped(input);
        check(InputBudget.within(() -> IMPORTER.read(file)));
    }

    private static byte[] zipped(byte[] documentXml) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(documentXml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void check(ImportResult r) {
        assertNotNull(r);
        for (ImportDiagnostic d : r.diagnostics()) {
            assertTrue(d.issue() != ImportIssue.INTERNAL_ERROR, () -> "importer failed: " + d.toString(Locale.ENGLISH));
            assertFalse(d.message(Locale.SIMPLIFIED_CHINESE).isBlank());
            assertFalse(d.toString(Locale.ENGLISH).isBlank());
        }
        if (r.report().isEmpty()) {
            assertFalse(r.diagnostics(Severity.ERROR).isEmpty(), r::toString);
            return;
        }
        AnnualReport report = r.report().get();
        // Unread cells and unknown cells are the same cells.
        java.util.Set<CellKey> unknown = new java.util.LinkedHashSet<>();
        for (TableImport t : r.tables()) {
            for (CellKey k : t.layout().cells()) {
                if (report.cell(k).isUnknown()) {
                    unknown.add(k);
                }
            }
        }
        assertEquals(unknown, r.unreadCells(), "unknown cells are the unread cells");
        assertEquals(r.unreadCells().isEmpty() && r.tables().stream().allMatch(TableImport::found), r.isComplete());
    }
}

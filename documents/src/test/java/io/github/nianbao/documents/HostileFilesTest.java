package io.github.nianbao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Severity;
import io.github.nianbao.importer.ImportDiagnostic;
import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.ImportResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad file gets its own diagnostic, no report and no exception. The files are made
 * here: truncated copies of the shared files, a zip bomb, PDFs made with PDFBox.
 */
class HostileFilesTest {

    private static ImportDiagnostic only(byte[] file, ImportIssue expected) {
        ImportResult result = DocumentImporter.create().read(file);
        assertTrue(result.report().isEmpty(), () -> "no report for a bad file: " + result);
        assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
        ImportDiagnostic d = result.diagnostics().get(0);
        assertEquals(expected, d.issue(), d.toString(Locale.ENGLISH));
        assertEquals(Severity.ERROR, d.severity());
        assertFalse(d.message(Locale.ENGLISH).contains("\tat "), "no stack trace");
        assertFalse(d.message().contains("{"), () -> "formatted: " + d.message());
        return d;
    }

    @Test
    void imageOnlyPdfNeedsOcr() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
                scan.getGraphics().drawString("政府信息公开工作年度报告", 10, 20);
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 50, 100, 400, 560);
                }
            }
            pdf = save(doc);
        }
        ImportDiagnostic d = only(pdf, ImportIssue.NO_TEXT_LAYER);
        assertTrue(d.message(Locale.ENGLISH).contains("OCR needed"), d.message(Locale.ENGLISH));
        assertTrue(d.message(Locale.ENGLISH).contains("2 pages"), d.message(Locale.ENGLISH));
        assertTrue(d.message().contains("OCR"), d.message());
    }

    @Test
    void encryptedPdf() throws IOException {
        byte[] pdf;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Resources.bytes("2024-hongze-qu.pdf"))) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            pdf = save(doc);
        }
        only(pdf, ImportIssue.ENCRYPTED);
    }

    @Test
    void truncatedPdf() {
        byte[] whole = Resources.bytes("2024-hongze-qu.pdf");
        for (int percent : new int[] {1, 30, 60, 95}) {
            only(Arrays.copyOf(whole, whole.length * percent / 100), ImportIssue.DOCUMENT_DAMAGED);
        }
    }

    @Test
    void brokenPdf() {
        only("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII), ImportIssue.DOCUMENT_DAMAGED);
    }

    @Test
    void pdfWithTooManyPages() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p <= PdfReader.MAX_PAGES; p++) {
                doc.addPage(new PDPage());
            }
            pdf = save(doc);
        }
        ImportDiagnostic d = only(pdf, ImportIssue.DOCUMENT_TOO_LARGE);
        assertTrue(d.message(Locale.ENGLISH).contains("pages"), d.message(Locale.ENGLISH));
    }

    @Test
    void oversizedDocx() {
        byte[] big = new byte[(int) DocxReader.MAX_FILE_BYTES + 1];
        System.arraycopy(Resources.bytes("V2021-official-template.docx"), 0, big, 0, 4);
        only(big, ImportIssue.DOCUMENT_TOO_LARGE);
    }

    @Test
    void filesAreToldByTheirBytesAndHugeOnesAreNotHeld(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path pdf = java.nio.file.Files.write(dir.resolve("report.docx"), Resources.bytes("2024-hongze-qu.pdf"));
        assertEquals(io.github.nianbao.importer.SourceFormat.PDF, DocumentImporter.create().read(pdf).format());
        java.nio.file.Path text = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(text.toFile(), "rw")) {
            f.write("淮安市人民政府2024年政府信息公开工作年度报告\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            f.setLength(DocumentImporter.MAX_FILE_BYTES * 4);  // sparse: 256 MiB that are never read whole
        }
        ImportResult r = DocumentImporter.create().read(text);
        assertEquals(ImportIssue.SOURCE_TOO_LARGE, r.diagnostics().get(0).issue());
        java.nio.file.Path big = dir.resolve("big.pdf");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            f.setLength(DocumentImporter.MAX_FILE_BYTES + 10);
        }
        ImportResult b = DocumentImporter.create().read(big);
        assertEquals(ImportIssue.DOCUMENT_TOO_LARGE, b.diagnostics().get(0).issue(), b.diagnostics()::toString);
    }

    @Test
    void truncatedDocx() {
        byte[] whole = Resources.bytes("V2021-official-template.docx");
        for (int percent : new int[] {10, 50, 90, 99}) {
            only(Arrays.copyOf(whole, whole.length * percent / 100), ImportIssue.DOCUMENT_DAMAGED);
        }
    }

    @Test
    void malformedDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p>".getBytes());
        }
        only(out.toByteArray(), ImportIssue.DOCUMENT_DAMAGED);
    }

    @Test
    void zipBombRenamedDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < 200_000, "64 MiB in " + out.size() + " bytes");
        only(out.toByteArray(), ImportIssue.ZIP_BOMB);
    }

    @Test
    void encryptedDocx() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(Resources.bytes("V2021-official-template.docx"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        only(out.toByteArray(), ImportIssue.ENCRYPTED);
    }

    @Test
    void otherFilesAreNamed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
        }
        only(out.toByteArray(), ImportIssue.UNSUPPORTED_FILE);
        only(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, ImportIssue.UNSUPPORTED_FILE);
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}

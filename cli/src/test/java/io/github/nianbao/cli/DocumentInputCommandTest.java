package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import and validate read .pdf and .docx files, the kind told from the bytes; bad files exit 2 with their diagnostic. */
class DocumentInputCommandTest {

    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocumentInputCommandTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importsAPdf() throws IOException {
        Path pdf = Files.write(dir.resolve("2024-huaian-shi.pdf"), resource("2024-huaian-shi.pdf"));
        NianbaoCommandTest.Run run = NianbaoCommandTest.run("import", pdf.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"agency\":\"淮安市人民政府\""), run.out());
        assertTrue(run.out().contains("\"reportYear\":2024"), run.out());
    }

    @Test
    void validatesADirectoryOfDocumentsWhateverTheirNames() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.write(reports.resolve("2024-huaian-shi.pdf"), resource("2024-huaian-shi.pdf"));
        // A Word file named .pdf is read as Word: the kind comes from the bytes.
        Files.write(reports.resolve("template.pdf"), resource("V2021-official-template.docx"));
        NianbaoCommandTest.Run run = NianbaoCommandTest.run("validate", "--lang", "en", reports.toString());
        assertTrue(run.out().contains("Reports: 2 (pass: "), run.out() + run.err());
        assertTrue(run.out().contains("unreadable: 0"), run.out() + run.err());
        assertTrue(run.out().contains("blank report template"), run.out());
        // A PDF named without an extension, given on the command line, is told by its signature.
        Path bare = Files.write(dir.resolve("report"), resource("2024-huaian-shi.pdf"));
        NianbaoCommandTest.Run one = NianbaoCommandTest.run("validate", "--lang", "en", bare.toString());
        assertTrue(one.out().contains("淮安市人民政府"), one.out() + one.err());
        assertTrue(one.status() == 0 || one.status() == 1, one.out() + one.err());
    }

    @Test
    void badFilesExitTwoWithTheirDiagnostic() throws IOException {
        byte[] encrypted;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(resource("2024-huaian-shi.pdf"))) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            encrypted = save(doc);
        }
        byte[] noText;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            noText = save(doc);
        }
        byte[] docx = resource("V2021-official-template.docx");
        check("encrypted.pdf", encrypted, "[import.encrypted]");
        check("scan.pdf", noText, "OCR needed");
        check("truncated.docx", Arrays.copyOf(docx, docx.length / 2), "[import.document-damaged]");
    }

    private void check(String name, byte[] bytes, String expected) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        NianbaoCommandTest.Run run = NianbaoCommandTest.run("validate", "--lang", "en", file.toString());
        assertEquals(2, run.status(), name + ": " + run.out() + run.err());
        assertTrue((run.out() + run.err()).contains(expected), name + ": " + run.out() + run.err());
        assertTrue(!(run.out() + run.err()).contains("\tat "), "no stack trace");
        NianbaoCommandTest.Run imported = NianbaoCommandTest.run("import", "--lang", "en", file.toString());
        assertEquals(2, imported.status(), name + ": " + imported.err());
        assertTrue(imported.err().contains(expected), name + ": " + imported.err());
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}

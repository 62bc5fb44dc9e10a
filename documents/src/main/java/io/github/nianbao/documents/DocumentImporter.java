package io.github.nianbao.documents;

import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.importer.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a published or submitted report from a file of any kind the project reads — PDF, Word
 * ({@code .docx}), text or HTML — telling the kind from the file's bytes, not its name. Word and
 * PDF files are laid out by {@link DocxReader} and {@link PdfReader} and read with the importer's
 * reading of tables by their labels ({@link ReportImporter#read(io.github.nianbao.importer.SourceDocument)});
 * text and HTML go to {@link ReportImporter#read(byte[])}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImportResult result = DocumentImporter.create().read(Path.of("2023-hongze-qu.pdf"));
 * result.report().ifPresent(report -> ...);
 * result.diagnostics().forEach(d -> System.err.println(d.toString(Locale.ENGLISH)));
 * }</pre>
 *
 * <p>Nothing throws for a bad file: a damaged, truncated, encrypted, image-only or oversized file, a
 * zip bomb or a file of another kind yields a result with no report and one diagnostic that says
 * which ({@link ImportIssue#DOCUMENT_DAMAGED}, {@link ImportIssue#ENCRYPTED}, {@link ImportIssue#NO_TEXT_LAYER},
 * {@link ImportIssue#DOCUMENT_TOO_LARGE}, {@link ImportIssue#ZIP_BOMB}, {@link ImportIssue#UNSUPPORTED_FILE}).
 * Legacy Word 97–2003 files ({@code .doc}) are recognised and reported as not read: save them as {@code .docx}.
 */
public final class DocumentImporter {

    /** The most bytes read from a file: the larger of the readers' limits. */
    public static final long MAX_FILE_BYTES = Math.max(DocxReader.MAX_FILE_BYTES, PdfReader.MAX_FILE_BYTES);

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] WORD_DOCUMENT = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] IMAGES = {{(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'},
        {'I', 'I', '*', 0}, {'M', 'M', 0, '*'}};

    private static final DocumentImporter INSTANCE = new DocumentImporter(ReportImporter.create());

    private final ReportImporter importer;

    private DocumentImporter(ReportImporter importer) {
        this.importer = importer;
    }

    /** {@return the document importer, with the default importer} */
    public static DocumentImporter create() {
        return INSTANCE;
    }

    /**
     * Returns a document importer that reads with another importer (another maximum source length).
     *
     * @param importer the importer
     * @return the document importer
     */
    public DocumentImporter withImporter(ReportImporter importer) {
        return new DocumentImporter(Objects.requireNonNull(importer, "importer"));
    }

    /**
     * Tells what a file is from its bytes.
     *
     * @param bytes the file, or at least its first few kilobytes (an OLE2 file needs all its bytes to be told apart)
     * @return the kind
     */
    public static DocumentKind kind(byte[] bytes) {
        if (isPdf(bytes)) {
            return DocumentKind.PDF;
        }
        if (startsWith(bytes, ZIP)) {
            // Entry names are stored uncompressed, in the local headers and the central directory.
            return contains(bytes, WORD_DOCUMENT) ? DocumentKind.DOCX : DocumentKind.OTHER_BINARY;
        }
        if (startsWith(bytes, OLE2)) {
            return ole2(bytes);
        }
        for (byte[] image : IMAGES) {
            if (startsWith(bytes, image)) {
                return DocumentKind.OTHER_BINARY;
            }
        }
        return DocumentKind.TEXT;
    }

    /**
     * Reads a file's bytes.
     *
     * @param bytes the file
     * @return the result; a file that could not be read has no report and one diagnostic
     */
    public ImportResult read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        DocumentKind kind = kind(bytes);
        try {
            return switch (kind) {
                case PDF -> importer.read(PdfReader.create().read(bytes));
                // Any zip is checked as a Word file would be: a zip bomb is named one whatever it is called.
                case DOCX -> importer.read(DocxReader.create().read(bytes));
                case OTHER_BINARY -> startsWith(bytes, ZIP) ? importer.read(DocxReader.create().read(bytes))
                        : ReportImporter.unread(SourceFormat.PAGE_TEXT, ImportIssue.UNSUPPORTED_FILE, describe(bytes));
                case DOC -> ReportImporter.unread(SourceFormat.DOC, ImportIssue.UNSUPPORTED_FILE,
                        "a Word 97–2003 document (.doc), which is not read: save it as .docx");
                case ENCRYPTED_OFFICE -> ReportImporter.unread(SourceFormat.DOCX, ImportIssue.ENCRYPTED, "Word");
                case TEXT -> importer.read(bytes);
            };
        } catch (UnreadableDocumentException e) {
            return e.toResult();
        }
    }

    /**
     * Reads a file. At most one byte more than {@link #MAX_FILE_BYTES} is read, so that a huge file
     * is rejected without being held in memory.
     *
     * @param file the file
     * @return the result
     * @throws IOException if the file cannot be read
     */
    public ImportResult read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            DocumentKind kind = kind(java.util.Arrays.copyOf(bytes, 4096));
            return ReportImporter.unread(kind == DocumentKind.PDF ? SourceFormat.PDF : kind == DocumentKind.DOCX ? SourceFormat.DOCX
                    : SourceFormat.PAGE_TEXT, ImportIssue.DOCUMENT_TOO_LARGE, kind.name(), "file size", "> " + MAX_FILE_BYTES + " bytes");
        }
        return read(bytes);
    }

    // A short reason for a diagnostic: the failure's kind and first line, never a stack trace.
    static String reason(Throwable e) {
        String m = e.getMessage();
        String line = m == null ? "" : m.lines().findFirst().orElse("");
        if (line.length() > 160) {
            line = line.substring(0, 160) + "…";
        }
        return line.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + line;
    }

    private static boolean isPdf(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        for (int i = 0; i + 5 <= n; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (bytes[i + k] != what[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static DocumentKind ole2(byte[] bytes) {
        if (bytes.length > DocxReader.MAX_FILE_BYTES) {
            return DocumentKind.OTHER_BINARY;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                return DocumentKind.ENCRYPTED_OFFICE;
            }
            return root.hasEntry("WordDocument") ? DocumentKind.DOC : DocumentKind.OTHER_BINARY;
        } catch (IOException | RuntimeException e) {
            return DocumentKind.OTHER_BINARY;
        }
    }

    private static String describe(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            return "a zip archive without word/document.xml (not a Word document)";
        }
        if (startsWith(bytes, OLE2)) {
            return "an Office 97–2003 file that is not a Word document, or a damaged one";
        }
        return "an image";
    }
}

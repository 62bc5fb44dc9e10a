package io.github.nianbao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads published reports into the report model. Create one and share it: it holds no state and
 * is thread-safe.
 *
 * <pre>{@code
 * ReportImporter importer = ReportImporter.create();
 * ImportResult result = importer.read(Files.readString(path));
 * result.report().ifPresent(report -> ...);
 * result.diagnostics().forEach(d -> System.err.println(d.toString(Locale.ENGLISH)));
 * }</pre>
 *
 * <h2>What it reads</h2>
 * Page text (tab- or space-separated tables), {@code pdftotext -layout} text, Markdown pipe tables
 * and HTML with {@code rowspan}/{@code colspan}. The edition, report year and agency come from the
 * title and the tables; the six sections are found by their headings (variants and typos
 * included); the tables by the labels of the catalogue, never by positions or counts of numbers.
 *
 * <h2>What it never does</h2>
 * It never guesses. A blank cell stays {@linkplain io.github.nianbao.core.cell.Cell#isBlank() blank}
 * and "/" stays {@linkplain io.github.nianbao.core.cell.Cell#isNotApplicable() not applicable};
 * digits printed together are split only when the table's own arithmetic leaves exactly one split.
 *
 * <h2>Unread cells</h2>
 * A cell that could not be read (a missing row, an ambiguous split, unreadable text) is
 * <em>blank</em> in the imported report — the model has no other state for a value that is not
 * known — and is listed in {@link TableImport#unreadCells()} and {@link ImportResult#unreadCells()},
 * with an {@link ImportIssue.Severity#ERROR} diagnostic that names it. Callers must consult these
 * before treating a blank as printed blank.
 *
 * <h2>Bad input</h2>
 * Nothing throws for bad input: an unrelated document, a truncated report or binary data yield
 * diagnostics and, when not even the agency and year could be read, no report. A source longer
 * than the maximum source length ({@value #DEFAULT_MAX_SOURCE_LENGTH} by default) is not read at
 * all and yields {@link ImportIssue#SOURCE_TOO_LARGE}, so that an uploaded page cannot make the
 * importer hold or scan an unbounded amount of text.
 */
public final class ReportImporter {

    /**
     * Default maximum source length: 256 KiB, characters for text and bytes for byte and file input.
     * That is 25 times the published samples (about 10 KiB of text each), and small enough that
     * even a page of table-like noise at the limit is read within about two seconds.
     */
    public static final long DEFAULT_MAX_SOURCE_LENGTH = 256L * 1024;

    private static final ReportImporter INSTANCE = new ReportImporter(DEFAULT_MAX_SOURCE_LENGTH);

    private final long maxSourceLength;

    private ReportImporter(long maxSourceLength) {
        this.maxSourceLength = maxSourceLength;
    }

    /** {@return the importer, with the default maximum source length} */
    public static ReportImporter create() {
        return INSTANCE;
    }

    /**
     * Returns an importer that reads sources up to another length.
     *
     * @param maxSourceLength characters for text, bytes for byte and file input; at least 1
     * @return the importer
     */
    public ReportImporter withMaxSourceLength(long maxSourceLength) {
        if (maxSourceLength < 1) {
            throw new IllegalArgumentException("maxSourceLength must be positive: " + maxSourceLength);
        }
        return maxSourceLength == this.maxSourceLength ? this : new ReportImporter(maxSourceLength);
    }

    /** {@return the maximum source length: characters for text, bytes for byte and file input} */
    public long maxSourceLength() {
        return maxSourceLength;
    }

    /**
     * Reads a report, telling its form from the text.
     *
     * @param text page text, layout text, Markdown or HTML
     * @return the result
     */
    public ImportResult read(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > maxSourceLength) {
            return tooLarge(SourceFormat.PAGE_TEXT);
        }
        return read(text, isBinary(text) ? SourceFormat.PAGE_TEXT : SourceReader.detect(text));
    }

    /**
     * Reads a report in a known form.
     *
     * @param text the source
     * @param format its form
     * @return the result
     */
    public ImportResult read(String text, SourceFormat format) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if (text.length() > maxSourceLength) {
            return tooLarge(format);
        }
        if (isBinary(text)) {
            return notText(format);
        }
        ReportReader reader = null;
        try {
            reader = new ReportReader(SourceReader.read(text, format));
            return reader.read();
        } catch (SourceReader.TablesTooLarge e) {
            Diagnostics d = new Diagnostics();
            d.add(ImportIssue.HTML_TABLES_TOO_LARGE, null, SourceReader.MAX_TABLE_CELLS);
            return new ImportResult(format, null, List.of(), d.list());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not become the caller's exception on some odd input: report it instead.
            Diagnostics d = reader != null ? reader.diagnostics() : new Diagnostics();
            d.add(ImportIssue.INTERNAL_ERROR, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            return new ImportResult(format, null, List.of(), d.list());
        }
    }

    /**
     * Reads a report laid out by a document reader (Word, PDF; module {@code nianbao-documents}),
     * with the same reading of titles, sections and tables by their labels as text and HTML. A
     * document with more text than the maximum source length yields {@link ImportIssue#SOURCE_TOO_LARGE},
     * one whose tables make more than 100,000 cells {@link ImportIssue#DOCUMENT_TABLES_TOO_LARGE};
     * neither is read.
     *
     * @param document the document
     * @return the result, whose {@linkplain ImportResult#format() format} is the document's
     */
    public ImportResult read(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        if (document.textLength() > maxSourceLength) {
            return tooLarge(document.format());
        }
        if (document.cellCount() > SourceReader.MAX_TABLE_CELLS) {
            Diagnostics d = new Diagnostics();
            d.add(ImportIssue.DOCUMENT_TABLES_TOO_LARGE, null, SourceReader.MAX_TABLE_CELLS);
            return new ImportResult(document.format(), null, List.of(), d.list());
        }
        ReportReader reader = null;
        try {
            reader = new ReportReader(DocumentRows.of(document));
            return reader.read();
        } catch (RuntimeException | StackOverflowError e) {
            Diagnostics d = reader != null ? reader.diagnostics() : new Diagnostics();
            d.add(ImportIssue.INTERNAL_ERROR, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            return new ImportResult(document.format(), null, List.of(), d.list());
        }
    }

    /**
     * Returns a result with no report and one diagnostic, for a reader of another kind of source
     * (such as a document reader that could not open its file) to report with the importer's codes
     * and messages.
     *
     * @param format the form the source was to be read as
     * @param issue what went wrong
     * @param arguments the arguments of the issue's message
     * @return the result
     */
    public static ImportResult unread(SourceFormat format, ImportIssue issue, Object... arguments) {
        Objects.requireNonNull(format, "format");
        Diagnostics d = new Diagnostics();
        d.add(Objects.requireNonNull(issue, "issue"), null, arguments);
        return new ImportResult(format, null, List.of(), d.list());
    }

    /**
     * Reads a report from bytes: UTF-8 (with or without byte-order mark), else GB18030, as Chinese
     * sites often serve; anything else is reported as not text.
     *
     * @param bytes the source
     * @return the result
     */
    public ImportResult read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > maxSourceLength) {
            return tooLarge(SourceFormat.PAGE_TEXT);
        }
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(bytes, Charset.forName("GB18030"));
        }
        if (text == null) {
            return notText(SourceFormat.PAGE_TEXT);
        }
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            text = text.substring(1);
        }
        return read(text);
    }

    /**
     * Reads a report from a file, as {@link #read(byte[])}. At most one byte more than the maximum
     * source length is read, so that a huge file is rejected without being held in memory.
     *
     * @param file the file
     * @return the result
     * @throws IOException if the file cannot be read
     */
    public ImportResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSourceLength + 1)));
        }
    }

    private ImportResult tooLarge(SourceFormat format) {
        Diagnostics d = new Diagnostics();
        d.add(ImportIssue.SOURCE_TOO_LARGE, null, maxSourceLength);
        return new ImportResult(format, null, List.of(), d.list());
    }

    private static ImportResult notText(SourceFormat format) {
        Diagnostics d = new Diagnostics();
        d.add(ImportIssue.NOT_TEXT, null);
        return new ImportResult(format, null, List.of(), d.list());
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // Control characters other than tab, line breaks and form feed mark binary data.
    private static boolean isBinary(String text) {
        int control = 0;
        int n = Math.min(text.length(), 65_536);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\ufffd' || c == 0x7f) {
                control++;
            }
        }
        return n > 0 && control * 50 > n;
    }
}

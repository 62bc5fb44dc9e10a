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
 * <p>Titles are read in the forms reports are published with: the agency first
 * ({@code 某某市人民政府2023年政府信息公开工作年度报告}) or the year first
 * ({@code 2019年某某市人民政府办公厅政府信息公开工作年度报告}), {@code 年} or {@code 年度}, on one line
 * or split over two (even in the middle of a word), the agency kept as printed (市科委, 区政府办).
 * When the text holds no title, the page's is taken: a scraper's header lines
 * ({@code 标题: …}, {@code 发布时间: …}, {@code 发布机构: …} up to a {@code ==== 正文 ====} marker,
 * which are left out of the report), {@code <meta name="ArticleTitle">}, an {@code <h1>}, a title
 * printed before the article, or {@code <title>} without the site's name after {@code _} or
 * {@code -}. The publication date is taken from 发布时间, {@code <meta name="PubDate">} or a date
 * labelled 发布时间, 发布日期 or 时间 before the report. A report of a year before 2019 is refused
 * ({@link ImportIssue#YEAR_UNSUPPORTED}, no report).
 *
 * <p>Page text that lost its line breaks (a whole page on one line) is cut at the numbered section
 * headings found inside it ({@code …如有疑问请联系。一、总体情况2021年，…}); each table is then read
 * from its run of labels and numbers, the page chrome around the report left out. HTML is recognised
 * however it starts (a byte-order mark, comments, an XML prolog, any element, upper case, leading
 * whitespace) and by a {@code .html} or {@code .htm} file name. On a whole web page the report is
 * read from the innermost element holding its section headings, as if it stood alone: the site's
 * header, navigation, breadcrumbs, side bars and footer are not read. Hidden HTML is never read:
 * {@code <head>} (but its title and meta), {@code <script>}, {@code <style>}, {@code <template>},
 * {@code <noscript>}, {@code <svg>}, form controls, elements with the {@code hidden} attribute,
 * with {@code display:none} or {@code visibility:hidden} in their style or in a style sheet rule on
 * their class or id.
 *
 * <h2>What it never does</h2>
 * It never guesses. A blank cell stays {@linkplain io.github.nianbao.core.cell.Cell#isBlank() blank}
 * and "/" stays {@linkplain io.github.nianbao.core.cell.Cell#isNotApplicable() not applicable}.
 * A run of digits printed together (with signs, decimals or a unit) is split only when the cell types
 * and the format's own arithmetic leave exactly one reading: a sign starts a cell and only a V2019
 * 本年增/减 cell may carry one; the relations used are the row totals and the ledger and outcomes of
 * table 三 (T3-ROW-TOTAL, T3-LEDGER, T3-OUTCOMES), the block totals of table 四 (T4-TOTAL) and
 * T2-2019-ITEMS (上一年项目数量 + 本年增/减 ≥ 0). A run with one reading is read (000 for three
 * cells); a run with several, or none consistent with the relations (a report whose arithmetic is
 * broken as published is not repaired), stays unknown, its readings named in the diagnostic. An
 * amount has no relation: a count glued to an amount (政府集中采购4212345678.90元) is split only when
 * the cell types leave one reading.
 *
 * <p>A cell is a number only when its text is a plain number of the cell's kind: digits (ASCII or
 * full-width, thousands separators allowed), a decimal part for amounts, a sign, a money unit for
 * amounts or a counting word for counts, and at most one annotation in parentheses holding words
 * ({@code 22（其中修订16件）} reads 22, the annotation reported as {@link ImportIssue#ANNOTATION}). A minus
 * sign other than '-' (U+2212, a dash, 减, {@code &minus;}) is read as the sign of a 本年增/减 cell and
 * makes any other cell unknown; qualifiers (约, 余, 多, &lt;, ≥, %), footnote marks, superscript and
 * circled digits, {@code <sup>}, {@code <del>}/{@code <ins>}, two numbers in one cell (separated by a
 * space or {@code <br>}), a number in parentheses and zero-width or bidi characters make the cell
 * unknown ({@link ImportIssue#CELL_UNREADABLE}), in every source form alike. In tab-separated text,
 * Markdown and HTML such a cell keeps its column: the cells after it are not shifted.
 *
 * <h2>Unread cells</h2>
 * A cell that could not be read (a missing row or table, an ambiguous split, text that is no plain
 * number) is {@linkplain io.github.nianbao.core.cell.Cell#isUnknown() unknown} in the imported report,
 * never blank and never a number, and carries the name of the {@link ImportIssue} that kept it from
 * being read as its {@linkplain io.github.nianbao.core.cell.Cell#unknownReason() reason}. The unknown
 * cells are exactly those listed in {@link TableImport#unreadCells()} and
 * {@link ImportResult#unreadCells()}, each named by an {@link io.github.nianbao.core.Severity#ERROR}
 * diagnostic. A validator does not assess a relation with an unknown cell.
 *
 * <h2>Bad input</h2>
 * Nothing throws for bad input: an unrelated document, a truncated report or binary data yield
 * diagnostics and, when not even the agency and year could be read, no report. A source longer
 * than the maximum source length ({@value #DEFAULT_MAX_SOURCE_LENGTH} by default) is not read at
 * all and yields {@link ImportIssue#SOURCE_TOO_LARGE}, so that an uploaded page cannot make the
 * importer hold or scan an unbounded amount of text. An HTML page may be
 * {@value #HTML_MARKUP_FACTOR} times as long (markup, scripts and styles are not read), but the
 * text it shows is held to the maximum source length.
 */
public final class ReportImporter {

    /**
     * Default maximum source length: 256 KiB, characters for text and bytes for byte and file input.
     * That is 25 times the published samples (about 10 KiB of text each), and small enough that
     * even a page of table-like noise at the limit is read within about two seconds.
     */
    public static final long DEFAULT_MAX_SOURCE_LENGTH = 256L * 1024;

    /**
     * How many times the maximum source length an HTML page may be: a whole government page
     * carries its site's header, navigation, footer, inline scripts and styles around the report
     * (a real page passes 256 KiB), none of which is read. The text the page shows is still held to
     * the maximum source length, so reading costs what a text source of that length costs.
     */
    public static final int HTML_MARKUP_FACTOR = 4;

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
        if (text.length() > maxPageLength()) {
            return tooLarge(SourceFormat.PAGE_TEXT, maxPageLength());
        }
        return read(text, isBinary(text) ? SourceFormat.PAGE_TEXT : SourceReader.detect(text));
    }

    /** {@return the maximum length of an HTML page: {@link #HTML_MARKUP_FACTOR} times the maximum source length} */
    public long maxPageLength() {
        return maxSourceLength > Long.MAX_VALUE / HTML_MARKUP_FACTOR ? Long.MAX_VALUE : maxSourceLength * HTML_MARKUP_FACTOR;
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
        long limit = format == SourceFormat.HTML ? maxPageLength() : maxSourceLength;
        if (text.length() > limit) {
            return tooLarge(format, limit);
        }
        if (isBinary(text)) {
            return notText(format);
        }
        ReportReader reader = null;
        try {
            SourceReader.Source source = SourceReader.read(text, format);
            if (format == SourceFormat.HTML && shownLength(source) > maxSourceLength) {
                return tooLarge(format, maxSourceLength);
            }
            reader = new ReportReader(source);
            return reader.read();
        } catch (HtmlDepth.TooDeep e) {
            Diagnostics d = new Diagnostics();
            d.add(ImportIssue.HTML_TOO_DEEP, null, HtmlDepth.MAX_DEPTH);
            return new ImportResult(format, null, List.of(), d.list());
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
            return tooLarge(document.format(), maxSourceLength);
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
        return read(bytes, null);
    }

    private ImportResult read(byte[] bytes, SourceFormat known) {
        if (bytes.length > maxPageLength() || (known != null && known != SourceFormat.HTML && bytes.length > maxSourceLength)) {
            return tooLarge(known != null ? known : SourceFormat.PAGE_TEXT, known == null || known == SourceFormat.HTML
                    ? maxPageLength() : maxSourceLength);
        }
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(bytes, Charset.forName("GB18030"));
        }
        if (text == null) {
            return notText(known != null ? known : SourceFormat.PAGE_TEXT);
        }
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            text = text.substring(1);
        }
        SourceFormat format = known != null ? known : isBinary(text) ? SourceFormat.PAGE_TEXT : SourceReader.detect(text);
        if (format != SourceFormat.HTML && bytes.length > maxSourceLength) {
            return tooLarge(format, maxSourceLength); // text: bytes are counted
        }
        return read(text, format);
    }

    /**
     * Reads a report from a file, as {@link #read(byte[])}; a file named {@code .html} or
     * {@code .htm} is read as HTML however it starts. At most one byte more than the maximum
     * source length is read, so that a huge file is rejected without being held in memory.
     *
     * @param file the file
     * @return the result
     * @throws IOException if the file cannot be read
     */
    public ImportResult read(Path file) throws IOException {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
        SourceFormat known = lower.endsWith(".html") || lower.endsWith(".htm") ? SourceFormat.HTML : null;
        try (InputStream in = Files.newInputStream(file)) {
            return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageLength() + 1)), known);
        }
    }

    private static ImportResult tooLarge(SourceFormat format, long limit) {
        Diagnostics d = new Diagnostics();
        d.add(ImportIssue.SOURCE_TOO_LARGE, null, limit);
        return new ImportResult(format, null, List.of(), d.list());
    }

    // The characters of text an HTML page shows (what the importer reads of it).
    private static long shownLength(SourceReader.Source source) {
        long n = 0;
        for (SourceRow r : source.rows()) {
            n += r.raw().length();
        }
        return n;
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

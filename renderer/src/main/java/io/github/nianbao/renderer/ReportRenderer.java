package io.github.nianbao.renderer;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.MessageLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a report of either edition as a document: a Word ({@code .docx}) file in the official
 * layout, or a standalone HTML page. Create one and share it: it is immutable and thread-safe,
 * and reads the official template once.
 *
 * <pre>{@code
 * ReportRenderer renderer = ReportRenderer.create();
 * byte[] word = renderer.docx(report);       // the official template, filled
 * String page = renderer.html(report);       // UTF-8, no scripts
 * }</pre>
 *
 * <h2>What is printed</h2>
 * The title (agency and year), the six section headings, the narrative sections with their
 * paragraphs and sub-headings, and tables 二, 三 and 四 with the official merged header cells. The
 * V2021 tables are the official template's own; the V2019 tables (and the V2019 table 三 of a
 * hybrid report) are built from the template's rows in the same styling. Every label comes from
 * the catalogue.
 *
 * <h2>Cells</h2>
 * A blank cell prints empty (never 0); a not-applicable cell prints {@code /}; a count prints its
 * digits (and its sign, in the signed V2019 columns); an amount prints every digit it has, trailing
 * zeros included, and its unit (in the V2021 fee column, whose label gives the unit 万元, an amount
 * in 万元 prints the number alone). An {@linkplain io.github.nianbao.core.cell.Cell#isUnknown()
 * unknown} cell prints {@code ?}, and a note under its table lists every unknown cell by its labels
 * and reason. What a document cannot hold at all (control characters, unpaired surrogates) prints
 * as U+FFFD.
 */
public final class ReportRenderer {

    private static final String TEMPLATE = "V2021-official-template.docx";
    private static final ReportRenderer CHINESE = new ReportRenderer(template(), Messages.of(MessageLanguage.DEFAULT_LOCALE));

    private final byte[] template;
    private final Messages messages;

    private ReportRenderer(byte[] template, Messages messages) {
        this.template = template;
        this.messages = messages;
    }

    /** {@return the renderer, whose notes are in Chinese} */
    public static ReportRenderer create() {
        return CHINESE;
    }

    /**
     * Returns a renderer whose added words (the note on unknown cells) are in another language.
     * Labels and the title stay the official Chinese ones.
     *
     * @param locale the language, as {@link MessageLanguage#of(Locale)} picks it: English for an
     *     English locale ({@link Locale#ENGLISH}, {@link Locale#US}, …), Chinese for every other
     * @return the renderer
     * @throws NullPointerException if {@code locale} is null
     */
    public ReportRenderer withLocale(Locale locale) {
        Messages m = Messages.of(locale);
        return m == messages ? this : new ReportRenderer(template, m);
    }

    /**
     * Renders a report as a Word document.
     *
     * @param report the report
     * @return the {@code .docx} file's bytes
     */
    public byte[] docx(AnnualReport report) {
        return DocxWriter.write(Objects.requireNonNull(report, "report"), messages, template);
    }

    /**
     * Renders a report as a standalone HTML page.
     *
     * @param report the report
     * @return the page
     */
    public String html(AnnualReport report) {
        return HtmlWriter.write(Objects.requireNonNull(report, "report"), messages);
    }

    /**
     * Renders a report as a document's bytes.
     *
     * @param report the report
     * @param format the document format
     * @return the bytes: the {@code .docx} file, or the page in UTF-8
     */
    public byte[] render(AnnualReport report, DocumentFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case DOCX -> docx(report);
            case HTML -> html(report).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * Renders a report and writes the document to a stream, which stays open.
     *
     * @param report the report
     * @param format the document format
     * @param out where to write
     * @throws IOException if the stream cannot be written
     */
    public void write(AnnualReport report, DocumentFormat format, OutputStream out) throws IOException {
        out.write(render(report, format));
    }

    /**
     * Returns the official template the Word documents are filled from: the V2021 format's blank
     * document, byte for byte.
     *
     * @return a copy of the template's bytes
     */
    public static byte[] officialTemplate() {
        return CHINESE.template.clone();
    }

    private static byte[] template() {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

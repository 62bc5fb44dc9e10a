package io.github.nianbao.importer;

import io.github.nianbao.core.Severity;
import java.util.Locale;

/**
 * What an import diagnostic reports: a stable code with its {@link Severity} — the library's one
 * severity, shared with validation findings and JSON decode problems: {@code ERROR} when something
 * could not be read (cells are unread or no report was built), {@code WARNING} when something was
 * read but not as printed or something expected is missing, {@code INFO} when something was read as
 * printed through a quirk worth knowing. The message texts live in
 * {@code messages_zh.properties} and {@code messages_en.properties} under {@link #key()}.
 */
public enum ImportIssue {
    /** The input is not text (binary data, or text in an unknown encoding). */
    NOT_TEXT(Severity.ERROR),
    /**
     * The input is longer than the importer's maximum source length
     * ({@link ReportImporter#DEFAULT_MAX_SOURCE_LENGTH} unless set with
     * {@link ReportImporter#withMaxSourceLength(long)}); it was not read.
     */
    SOURCE_TOO_LARGE(Severity.ERROR),
    /**
     * The tables of an HTML page make more cells, {@code rowspan} and {@code colspan} included, than
     * the importer reads from one page (100,000, fifty times what a report needs); it was not read.
     */
    HTML_TABLES_TOO_LARGE(Severity.ERROR),
    /**
     * The elements of an HTML page nest deeper than the importer reads (512 levels, as deep as a
     * browser builds a page); it was not read.
     */
    HTML_TOO_DEEP(Severity.ERROR),
    /** The input has neither a report title nor any section heading: not a report. */
    NOT_A_REPORT(Severity.ERROR),
    /** No title naming the agency and the report year was found, so no report could be built. */
    TITLE_MISSING(Severity.ERROR),
    /** The title names a year before 2019, for which there is no unified format. */
    YEAR_UNSUPPORTED(Severity.ERROR),
    /** A section heading was not found. */
    SECTION_MISSING(Severity.WARNING),
    /** A section heading was read from a variant or misspelt heading. */
    SECTION_HEADING_VARIANT(Severity.INFO),
    /** Text before the first section (introduction, page chrome) is not part of any section. */
    TEXT_OUTSIDE_SECTIONS(Severity.INFO),
    /** A table was not found: all its cells are unknown. */
    TABLE_MISSING(Severity.ERROR),
    /** A row label was not found: the row's cells are unknown. */
    ROW_MISSING(Severity.ERROR),
    /** A row was recognised from a label that differs from the official one. */
    ROW_LABEL_VARIANT(Severity.INFO),
    /** A row holds a number of cells that cannot be matched to its columns: its cells are unknown. */
    CELL_COUNT(Severity.ERROR),
    /** A row held more cells than its columns; the extra ones were dropped because only one reading remains. */
    EXTRA_CELLS_DROPPED(Severity.WARNING),
    /** A row held fewer numbers than columns; the column positions showed which cells are blank. */
    BLANK_BY_POSITION(Severity.INFO),
    /** Digits printed without separators were split: the table's arithmetic leaves exactly one split. */
    GLUED_SPLIT(Severity.INFO),
    /**
     * Digits printed without separators (with signs, decimals or a unit) can be read in several ways,
     * or in none that the cell types and the table's arithmetic allow: the cells are unknown, the
     * readings named in the diagnostic.
     */
    GLUED_AMBIGUOUS(Severity.ERROR),
    /**
     * A cell's text is not a plain number of its column (a qualifier, a footnote mark, superscript or
     * circled digits, two numbers, a number in parentheses, zero-width or bidi characters, a minus
     * sign other than '-' in a cell that cannot be negative, 元 with a count): the cell is unknown.
     */
    CELL_UNREADABLE(Severity.ERROR),
    /** A money amount was printed without a unit and was read in 元. */
    UNIT_ASSUMED(Severity.INFO),
    /** A cell carried an annotation, which was kept out of its value. */
    ANNOTATION(Severity.INFO),
    /**
     * A table's labels were printed apart from its numbers (a column of labels, then rows of bare
     * numbers); as many rows of numbers as rows were found, so they were read in the catalogue's order.
     */
    VALUES_APART(Severity.INFO),
    /** Numbers in a table that belong to no row were ignored. */
    ORPHAN_VALUES(Severity.WARNING),
    /** The report is a hybrid: V2021 table 二 with the V2019 form of table 三. */
    EDITION_HYBRID(Severity.INFO),
    /** The edition could not be told from the tables and was taken from the report year. */
    EDITION_FROM_YEAR(Severity.WARNING),
    /** Table 三 has the V2021 form in a V2019 report, which the model cannot hold: its cells are unknown. */
    EDITION_CONFLICT(Severity.ERROR),
    /** The importer failed on this input; the diagnostic says where it stopped. */
    INTERNAL_ERROR(Severity.ERROR),
    /**
     * The document names no agency and no year: it is a blank report template. It is read as a report
     * of its edition with an empty agency and the edition's first report year, and the diagnostic
     * says how many of its cells are blank.
     */
    BLANK_TEMPLATE(Severity.WARNING),
    /** The tables of a document make more cells than the importer reads from one document (100,000); it was not read. */
    DOCUMENT_TABLES_TOO_LARGE(Severity.ERROR),
    /** A PDF has pages but no text on them (a scanned or image-only file): it cannot be read without OCR. */
    NO_TEXT_LAYER(Severity.ERROR),
    /** The file is encrypted or password-protected: it was not read. */
    ENCRYPTED(Severity.ERROR),
    /** The file is damaged or truncated and could not be opened: it was not read. */
    DOCUMENT_DAMAGED(Severity.ERROR),
    /** The file exceeds a limit of the document readers (bytes, pages, expanded size, cells, time): it was not read. */
    DOCUMENT_TOO_LARGE(Severity.ERROR),
    /** A Word file expands to far more than its size, as a zip bomb does: it was not read. */
    ZIP_BOMB(Severity.ERROR),
    /** The file is of a kind that is not read (a spreadsheet, an image, another archive). */
    UNSUPPORTED_FILE(Severity.ERROR);

    private final Severity severity;

    ImportIssue(Severity severity) {
        this.severity = severity;
    }

    /** {@return how serious the issue is} */
    public Severity severity() {
        return severity;
    }

    /** {@return the stable message key, for example {@code import.glued-ambiguous}} */
    public String key() {
        return "import." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

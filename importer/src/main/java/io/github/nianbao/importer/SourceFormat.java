package io.github.nianbao.importer;

/**
 * The forms in which published reports reach the importer.
 */
public enum SourceFormat {
    /** Text copied from a web page: tables as rows of tab- or space-separated cells. */
    PAGE_TEXT,
    /** The output of {@code pdftotext -layout}: tables laid out in columns of spaces, pages separated by form feeds. */
    LAYOUT_TEXT,
    /** Markdown, tables as pipe tables. */
    MARKDOWN,
    /** HTML, tables with {@code rowspan} and {@code colspan}. */
    HTML
}

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
    HTML,
    /** A Word document (Office Open XML, {@code .docx}), read into a {@link SourceDocument}. */
    DOCX,
    /** A Word 97–2003 document ({@code .doc}), read into a {@link SourceDocument}. */
    DOC,
    /** A PDF file with a text layer, read into a {@link SourceDocument}. */
    PDF;

    /** {@return whether sources of this form are read into a {@link SourceDocument} by a document reader} */
    public boolean isDocument() {
        return this == DOCX || this == DOC || this == PDF;
    }
}

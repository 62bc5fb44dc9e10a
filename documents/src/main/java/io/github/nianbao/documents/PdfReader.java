package io.github.nianbao.documents;

import io.github.nianbao.importer.SourceDocument;

/** Placeholder. */
public final class PdfReader {
    /** Max. */
    public static final long MAX_FILE_BYTES = 64L << 20;

    private PdfReader() {
    }

    /** {@return the reader} */
    public static PdfReader create() {
        return new PdfReader();
    }

    /**
     * Reads.
     *
     * @param bytes the file
     * @return the document
     * @throws UnreadableDocumentException if not
     */
    public SourceDocument read(byte[] bytes) throws UnreadableDocumentException {
        throw new UnreadableDocumentException(io.github.nianbao.importer.SourceFormat.PDF, io.github.nianbao.importer.ImportIssue.UNSUPPORTED_FILE, "pdf");
    }
}

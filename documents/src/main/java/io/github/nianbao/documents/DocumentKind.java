package io.github.nianbao.documents;

/**
 * What a file is, told from its bytes (never from its name): the signatures at its start, and for
 * containers what they hold.
 */
public enum DocumentKind {
    /** A PDF file: {@code %PDF-} within its first kilobyte. */
    PDF,
    /** A Word file: a zip archive holding {@code word/document.xml}. */
    DOCX,
    /** A Word 97–2003 file: an OLE2 compound file holding a {@code WordDocument} stream. */
    DOC,
    /** An encrypted Office file: an OLE2 compound file holding {@code EncryptionInfo} (how Word encrypts a .docx). */
    ENCRYPTED_OFFICE,
    /** Another zip archive, another OLE2 file (a spreadsheet, a presentation), or an image. */
    OTHER_BINARY,
    /** Anything else: text or HTML, for {@link io.github.nianbao.importer.ReportImporter#read(byte[])}. */
    TEXT
}

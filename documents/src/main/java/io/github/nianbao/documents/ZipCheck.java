package io.github.nianbao.documents;

import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a Word file once, counting, before POI opens it: a zip bomb (an entry
 * that expands far beyond its compressed size, or a total beyond the limit) is stopped after at
 * most {@link DocxReader#MAX_EXPANDED_BYTES} bytes of inflation, without holding them. POI's own
 * guard ({@code ZipSecureFile}) is configured through static, JVM-wide settings, which a library
 * must not change under its callers; this check is local to each read.
 */
final class ZipCheck {

    /** Entries that expand to more than this may not inflate more than {@link #MAX_RATIO} times. */
    private static final long RATIO_FLOOR = 1L << 20;
    /** What real Word files do not exceed: XML compresses 5 to 20 times, a zip bomb 1,000 times. */
    static final int MAX_RATIO = 100;

    /** What a zip holds, as far as the document readers care. */
    record Contents(boolean wordDocument, int entries) {
    }

    private ZipCheck() {
    }

    static Contents check(byte[] bytes) throws UnreadableDocumentException {
        boolean word = false;
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        ByteArrayInputStream source = new ByteArrayInputStream(bytes);
        try (ZipInputStream in = new ZipInputStream(source)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                // Compressed bytes consumed so far (the header's sizes may be absent until the entry ends).
                long start = bytes.length - source.available();
                if (++entries > DocxReader.MAX_ENTRIES) {
                    throw new UnreadableDocumentException(SourceFormat.DOCX, ImportIssue.DOCUMENT_TOO_LARGE, "Word",
                            "zip entries", DocxReader.MAX_ENTRIES);
                }
                word |= e.getName().equals("word/document.xml");
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    long compressed = Math.max(1, bytes.length - source.available() - start);
                    if (total > DocxReader.MAX_EXPANDED_BYTES) {
                        throw bomb("expanded size over " + DocxReader.MAX_EXPANDED_BYTES + " bytes");
                    }
                    if (size > RATIO_FLOOR && size / compressed > MAX_RATIO) {
                        throw bomb(e.getName() + " inflates more than " + MAX_RATIO + " times");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw new UnreadableDocumentException(SourceFormat.DOCX, ImportIssue.DOCUMENT_DAMAGED, "Word", DocumentImporter.reason(ex));
        }
        if (entries == 0) {
            throw new UnreadableDocumentException(SourceFormat.DOCX, ImportIssue.DOCUMENT_DAMAGED, "Word", "no zip entries");
        }
        return new Contents(word, entries);
    }

    private static UnreadableDocumentException bomb(String what) {
        return new UnreadableDocumentException(SourceFormat.DOCX, ImportIssue.ZIP_BOMB, what);
    }
}

package io.github.nianbao.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the command line reads, told apart by their extension. */
enum InputKind {
    /** One report in the canonical JSON form. */
    JSON,
    /** One report per line in the canonical JSON form. */
    JSON_LINES,
    /** A published report as page text, PDF text or Markdown, read by the importer. */
    TEXT,
    /** A published report as an HTML page, read by the importer. */
    HTML,
    /** A Word or PDF file, read by the document importer (which tells the kind from the bytes). */
    DOCUMENT;

    static Optional<InputKind> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".doc")) {
            return Optional.of(DOCUMENT);
        }
        return Optional.empty();
    }

    /**
     * Tells a file named on the command line by its extension, else by its first bytes: a PDF, zip
     * (Word) or OLE2 (Word 97) signature makes it a document, anything else is read as JSON.
     */
    static InputKind named(Path file) {
        Optional<InputKind> byName = of(file);
        if (byName.isPresent()) {
            return byName.get();
        }
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (java.io.IOException e) {
            return JSON;
        }
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-") || start.startsWith("PK\u0003\u0004") || start.startsWith("\u00d0\u00cf\u0011\u00e0")
                ? DOCUMENT : JSON;
    }
}

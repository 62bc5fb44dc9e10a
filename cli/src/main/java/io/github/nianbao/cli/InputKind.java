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
    HTML;

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
        return Optional.empty();
    }
}

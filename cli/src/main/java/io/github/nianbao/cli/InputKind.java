package io.github.nianbao.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the command line reads, told apart by their extension. */
enum InputKind {
    /** One report in the canonical JSON form. */
    JSON,
    /** One report per line in the canonical JSON form. */
    JSON_LINES;

    static Optional<InputKind> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }
}

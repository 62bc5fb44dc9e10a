package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads whole reports from every input kind {@code validate} accepts (a JSON file, JSON Lines,
 * published text, Markdown or HTML through the importer, or a directory of them), for the commands
 * that need reports side by side rather than a stream: {@code compare} and the previous years of
 * {@code validate --previous}.
 */
final class ReportFiles {

    /** A report read from a source, or why it could not be. */
    record Loaded(String source, AnnualReport report, List<String> problems) {
        boolean isReadable() {
            return report != null;
        }
    }

    private ReportFiles() {
    }

    static List<Loaded> read(Path operand, Nianbao parent, Locale locale) {
        ReportJson json = ReportJson.create();
        List<Loaded> out = new ArrayList<>();
        for (InputFiles.Input in : InputFiles.expand(List.of(operand), false)) {
            String name = in.path().toString();
            if (!in.isReadable()) {
                out.add(new Loaded(name, null, List.of(in.problem())));
                continue;
            }
            try {
                switch (in.kind()) {
                    case JSON -> {
                        try (InputStream s = InputFiles.open(in.path())) {
                            out.add(decoded(name, json.decode(s), locale));
                        }
                    }
                    case JSON_LINES -> {
                        int n = 0;
                        for (String line : Files.readAllLines(in.path(), StandardCharsets.UTF_8)) {
                            n++;
                            if (!line.isBlank()) {
                                out.add(decoded(name + ":" + n, json.decode(line), locale));
                            }
                        }
                    }
                    case TEXT, HTML -> {
                        ImportResult r = parent.importer().read(in.path());
                        List<String> diagnostics = r.diagnostics().stream().map(d -> d.toString(locale)).toList();
                        out.add(new Loaded(name, r.report().orElse(null), diagnostics));
                    }
                }
            } catch (IOException e) {
                out.add(new Loaded(name, null, List.of(e.getClass().getSimpleName() + ": " + e.getMessage())));
            }
        }
        return out;
    }

    private static Loaded decoded(String name, DecodeResult r, Locale locale) {
        if (!r.isSuccess()) {
            return new Loaded(name, null, r.problems().stream().map(p -> p.describe(locale)).toList());
        }
        return new Loaded(name, r.orElseThrow(), r.warnings().stream().map(p -> p.describe(locale)).toList());
    }
}

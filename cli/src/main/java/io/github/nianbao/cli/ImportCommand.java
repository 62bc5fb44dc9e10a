package io.github.nianbao.cli;

import io.github.nianbao.importer.ImportDiagnostic;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nianbao import}: reads published reports (text, Markdown, HTML) into canonical JSON. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = {"Reads published reports (page text, pdftotext -layout text, Markdown, HTML) and writes canonical JSON.",
            "Import diagnostics go to standard error, with where in the source and which cell.",
            "One file goes to standard output or -o FILE; several go to the directory -o DIR, one .json each.",
            "Exit status: 0 every cell read, 1 some cells could not be read (they are blank and named on standard error),",
            "2 usage error or no report found."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Nianbao parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Published reports (.txt, .md, .html, .pdf, .docx; the kind is told from the bytes).")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", description = "Where to write (default: standard output).")
    Path output;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the diagnostics (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Override
    public Integer call() throws IOException {
        if (files.size() > 1 && (output == null || (Files.exists(output) && !Files.isDirectory(output)))) {
            parent.err().println(lang.text("convert.needsDirectory", files.size()));
            return Nianbao.EXIT_USAGE;
        }
        ReportJson json = ReportJson.builder().prettyPrint(pretty).build();
        int status = Nianbao.EXIT_OK;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                parent.err().println(lang.text("input.notFound", file));
                status = Nianbao.EXIT_USAGE;
                continue;
            }
            ImportResult r = parent.importer().read(file);
            for (ImportDiagnostic d : r.diagnostics()) {
                parent.err().println(file + ": " + d.toString(lang.locale()));
            }
            if (r.report().isEmpty()) {
                status = Nianbao.EXIT_USAGE;
                continue;
            }
            if (!r.isComplete() && status == Nianbao.EXIT_OK) {
                status = Nianbao.EXIT_FINDINGS;
            }
            parent.out().flush();
            Path target = output == null ? null : files.size() > 1 || Files.isDirectory(output)
                    ? Files.createDirectories(output).resolve(file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json")
                    : output;
            try (OutputStream out = target == null ? parent.rawOut() : Files.newOutputStream(target)) {
                json.encode(r.report().get(), out);
                out.write('\n');
            }
        }
        return status;
    }
}

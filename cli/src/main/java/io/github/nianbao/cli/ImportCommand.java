package io.github.nianbao.cli;

import io.github.nianbao.importer.ImportDiagnostic;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nianbao import}: reads published reports (text, Markdown, HTML) into canonical JSON. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = {"Reads published reports (page text, pdftotext -layout text, Markdown, HTML) and writes canonical JSON.",
            "Import diagnostics go to standard error, with where in the source and which cell.",
            "One file goes to standard output or -o FILE; several go to the directory -o DIR, one .json each",
            "(two inputs with the same base name would write the same file: refused). Each file is written whole, then moved into place.",
            "Exit status: 0 every cell read, 1 some cells could not be read (they are unknown and named on standard error),",
            "2 usage error, no report found or failed write."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Nianbao parent;

    @Parameters(descriptionKey = "files", paramLabel = "FILE", arity = "1..*", description = "Published reports (.txt, .md, .html, .pdf, .docx; the kind is told from the bytes).")
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
        boolean intoDirectory = output != null && (files.size() > 1 || Files.isDirectory(output));
        // Each input's target, decided before anything is read: two inputs must not write one file,
        // and no target may be an input.
        Map<Path, Path> targets = new HashMap<>();
        Map<Path, Path> byTarget = new HashMap<>();
        for (Path file : files) {
            Path target = output == null ? null : intoDirectory
                    ? output.resolve(file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json") : output;
            if (target != null) {
                Path normal = target.toAbsolutePath().normalize();
                Path other = byTarget.putIfAbsent(normal, file);
                if (other != null && !other.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                    parent.err().println(lang.text("import.sameTarget", target, other, file));
                    return Nianbao.EXIT_USAGE;
                }
                try {
                    OutputTarget.refuseInputs(target, files);
                } catch (OutputTarget.NamesAnInput e) {
                    parent.err().println(lang.text("output.isInput", target));
                    return Nianbao.EXIT_USAGE;
                }
            }
            targets.put(file, target);
        }
        if (intoDirectory) {
            Files.createDirectories(output);
        }
        ReportJson json = ReportJson.builder().prettyPrint(pretty).build();
        int status = Nianbao.EXIT_OK;
        for (Path file : files) {
            if (!Files.exists(file)) {
                parent.err().println(lang.text("input.notFound", file));
                status = Nianbao.EXIT_USAGE;
                continue;
            }
            if (Files.isDirectory(file)) {
                parent.err().println(lang.text("input.isDirectory", file));
                status = Nianbao.EXIT_USAGE;
                continue;
            }
            ImportResult r;
            if (Files.isRegularFile(file)) {
                r = parent.importer().read(file);
            } else {
                // A FIFO, /dev/stdin, a process substitution: read as the stream it is.
                Path copy = InputFiles.spool(file, InputFiles.MAX_SPOOLED);
                try {
                    r = parent.importer().read(copy);
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            for (ImportDiagnostic d : r.diagnostics()) {
                parent.err().println(TerminalText.safe(file + ": " + Problem.of(d, lang).describe()));
            }
            if (r.report().isEmpty()) {
                status = Nianbao.EXIT_USAGE;
                continue;
            }
            if (!r.isComplete() && status == Nianbao.EXIT_OK) {
                status = Nianbao.EXIT_FINDINGS;
            }
            try (OutputTarget out = parent.output(targets.get(file), List.of())) {
                json.encode(r.report().get(), out.stream());
                out.stream().write('\n');
                out.commit();
            } catch (OutputTarget.NamesAnInput e) {
                throw new IllegalStateException(e); // checked above
            }
        }
        return status;
    }
}

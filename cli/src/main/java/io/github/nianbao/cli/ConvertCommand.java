package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.JsonLinesWriter;
import io.github.nianbao.serialization.ReportJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nianbao convert}: between one JSON document per report and JSON Lines. Reports stream
 * through one at a time, so that memory stays bounded however many there are: to JSON Lines
 * each is written as it is read; to JSON, one report goes to standard output or a file, and
 * several to a directory.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = {"Converts reports between JSON (one document per report) and JSON Lines (one report per line).",
            "To JSON Lines, every report goes to one stream; to JSON, one report goes to standard output or -o FILE,",
            "several go to the directory -o DIR, one file each (several reports without -o DIR: exit status 2, nothing written).",
            "Reads JSON only: published text, HTML, PDF and Word files are read by nianbao import.",
            "Exit status: 0 every report converted, 2 usage error, unreadable input or failed write."})
final class ConvertCommand implements Callable<Integer> {

    /** Target formats. */
    enum Target { json, jsonl }

    @ParentCommand
    Nianbao parent;

    @Parameters(descriptionKey = "files", paramLabel = "FILE|DIR|-", arity = "1..*", description = "Reports to convert (.json, .jsonl).")
    List<String> operands = new ArrayList<>();

    @Option(names = "--to", required = true, paramLabel = "json|jsonl", description = "Target format.")
    Target to;

    @Option(names = "--pretty", description = "Indent JSON documents (JSON Lines are always compact).")
    boolean pretty;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", description = "Where to write (default: standard output).")
    Path output;

    @Option(names = "--follow-links", description = "Follow symbolic links when walking directories.")
    boolean followLinks;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Option(names = "--max-lines", paramLabel = "N", description = "Most lines read from one JSON Lines file or standard input, blank lines included (default: ${DEFAULT-VALUE}).")
    long maxLines = ReportJson.DEFAULT_MAX_LINES;

    /** Thrown inside the stream of reports when a second report arrives and there is nowhere to put it. */
    private static final class SeveralReports extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SeveralReports() {
            super(null, null, false, false);
        }
    }

    private ReportJson codec;
    private ReportJson reader;
    private boolean ok = true;
    private long count;
    // To JSON: the first report waits here until it is known whether a second one follows.
    private AnnualReport first;
    private Path directory;
    private JsonLinesWriter lines;

    @Override
    public Integer call() throws IOException {
        if (maxLines < 1) {
            parent.err().println(lang.text("option.positive", "--max-lines", maxLines));
            return Nianbao.EXIT_USAGE;
        }
        codec = ReportJson.builder().prettyPrint(pretty && to == Target.json).build();
        reader = ReportJson.builder().maxLines(maxLines).build();
        List<Path> paths = new ArrayList<>();
        for (String operand : operands) {
            if (!operand.equals("-")) {
                paths.add(Path.of(operand));
            }
        }
        List<InputFiles.Input> inputs = InputFiles.expand(paths, followLinks);
        List<Path> inputPaths = inputs.stream().map(InputFiles.Input::path).toList();
        if (to == Target.json && output != null && Files.isDirectory(output)) {
            directory = output;
        }
        OutputTarget target = null;
        try {
            if (to == Target.jsonl) {
                target = parent.output(output, inputPaths);
                lines = codec.linesWriter(target.stream());
            } else if (output != null) {
                OutputTarget.refuseInputs(output, inputPaths);
            }
            for (String operand : operands) {
                if (operand.equals("-")) {
                    readStream("-", parent.in());
                    continue;
                }
                List<InputFiles.Input> expanded = InputFiles.expand(List.of(Path.of(operand)), followLinks);
                for (InputFiles.Input input : expanded) {
                    read(input);
                }
            }
            if (to == Target.jsonl) {
                lines.flush();
                target.commit();
            } else if (first != null) {
                // Exactly one report: standard output or the file named.
                try (OutputTarget one = parent.output(output, inputPaths)) {
                    codec.encode(first, one.stream());
                    one.stream().write('\n');
                    one.commit();
                }
            }
        } catch (OutputTarget.NamesAnInput e) {
            parent.err().println(lang.text("output.isInput", output));
            return Nianbao.EXIT_USAGE;
        } catch (SeveralReports e) {
            parent.err().println(lang.text("convert.needsDirectory", "2+"));
            return Nianbao.EXIT_USAGE;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (target != null) {
                target.close();
            }
        }
        if (count == 0 && ok) {
            parent.err().println(lang.text("convert.nothing"));
            return Nianbao.EXIT_USAGE;
        }
        return ok ? Nianbao.EXIT_OK : Nianbao.EXIT_USAGE;
    }

    private void read(InputFiles.Input input) throws IOException {
        String name = input.path().toString();
        if (!input.isReadable()) {
            problem(name, input.problem().equals("not-found") ? lang.text("input.notFound", name) : lang.text("input.unreadable", name, input.problem()));
            return;
        }
        if (input.kind() == InputKind.TEXT || input.kind() == InputKind.HTML) {
            problem(name, lang.text("convert.notJson", name));
            return;
        }
        try (InputStream in = InputFiles.open(input.path())) {
            if (input.kind() == InputKind.JSON_LINES) {
                readLines(name, in);
            } else if (!Files.isRegularFile(input.path())) {
                readStream(name, in);
            } else {
                byte[] start = new byte[8];
                BufferedInputStream b = new BufferedInputStream(in);
                b.mark(8);
                int n = b.readNBytes(start, 0, 8);
                b.reset();
                Problem wrong = WrongKind.of(name, start, n, lang, "convert");
                if (wrong != null) {
                    problem(name, wrong.message());
                    return;
                }
                accept(name, reader.decode(b), 0);
            }
        }
    }

    // Standard input and pipes: JSON Lines, or one document when the first line opens one it does not close.
    private void readStream(String name, InputStream in) throws IOException {
        int max = (int) Math.min(Integer.MAX_VALUE - 16, reader.maxDocumentLength());
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        boolean document = StreamShape.isOneDocument(buffered, max);
        if (document) {
            byte[] bytes = buffered.readNBytes(max + 1);
            if (bytes.length == 0) {
                problem(name, lang.text("input.empty", name));
                return;
            }
            accept(name, reader.decode(bytes), 0);
        } else {
            readLines(name, buffered);
        }
    }

    private void readLines(String name, InputStream in) throws IOException {
        ByteLines byLine = new ByteLines(in, reader.maxDocumentLength(), reader.maxDocumentLength());
        for (ByteLines.Line line = byLine.next(); line != null; line = byLine.next()) {
            String source = name + ":" + line.number();
            if (line.number() > reader.maxLines()) {
                problem(source, lang.text("input.tooManyLines", name, reader.maxLines()));
                return;
            }
            if (line.isEndless()) {
                problem(source, lang.text("input.endless", source, 2 * reader.maxDocumentLength()));
                return;
            }
            if (line.isTooLong()) {
                problem(source, lang.text("input.lineTooLong", source, reader.maxDocumentLength()));
                continue;
            }
            if (!ByteLines.isBlank(line.bytes())) {
                accept(source, reader.decode(line.bytes()), line.number() - 1);
            }
        }
    }

    private void accept(String name, DecodeResult r, long lineOffset) throws IOException {
        if (!r.isSuccess()) {
            ok = false;
            r.errors().forEach(p -> parent.err().println(TerminalText.safe(name + ": " + Problem.of(p, lang).onLine(lineOffset).describe())));
            return;
        }
        AnnualReport report = r.orElseThrow();
        count++;
        if (to == Target.jsonl) {
            lines.write(report);
            return;
        }
        if (directory == null && first == null) {
            first = report;
            return;
        }
        if (directory == null) {
            // A second report: a directory is needed, and only one that is given or can be made will do.
            if (output == null || Files.exists(output)) {
                throw new SeveralReports();
            }
            directory = Files.createDirectories(output);
        }
        if (first != null) {
            writeInto(1, first);
            first = null;
        }
        writeInto(count, report);
    }

    private void writeInto(long number, AnnualReport report) throws IOException {
        Path file = directory.resolve(String.format("%06d-%d.json", number, report.reportYear()));
        try (OutputTarget one = parent.output(file, List.of())) {
            codec.encode(report, one.stream());
            one.commit();
        } catch (OutputTarget.NamesAnInput e) {
            throw new IllegalStateException(e); // a new file in a directory of its own names no input
        }
    }

    private void problem(String name, String message) {
        ok = false;
        parent.err().println(TerminalText.safe(message));
    }
}

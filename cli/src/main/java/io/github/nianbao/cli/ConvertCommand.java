package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.JsonLinesWriter;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.io.InputStream;
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

/** {@code nianbao convert}: between one JSON document per report and JSON Lines. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = {"Converts reports between JSON (one document per report) and JSON Lines (one report per line).",
            "To JSON Lines, every report goes to one stream; to JSON, one report goes to standard output or -o FILE,",
            "several go to a directory given with -o, one file each."})
final class ConvertCommand implements Callable<Integer> {

    /** Target formats. */
    enum Target { json, jsonl }

    @ParentCommand
    Nianbao parent;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Reports to convert (.json, .jsonl).")
    List<String> operands = new ArrayList<>();

    @Option(names = "--to", required = true, paramLabel = "json|jsonl", description = "Target format.")
    Target to;

    @Option(names = "--pretty", description = "Indent JSON documents (JSON Lines are always compact).")
    boolean pretty;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", description = "Where to write (default: standard output).")
    Path output;

    @Option(names = "--follow-links", description = "Follow symbolic links when walking directories.")
    boolean followLinks;

    @Override
    public Integer call() throws IOException {
        ReportJson codec = ReportJson.builder().prettyPrint(pretty && to == Target.json).build();
        List<AnnualReport> reports = new ArrayList<>();
        boolean ok = true;
        List<Path> paths = new ArrayList<>();
        for (String operand : operands) {
            if (operand.equals("-")) {
                ok &= collect("-", codec.decodeLines(parent.in()).map(l -> l.result()).toList(), reports);
            } else {
                paths.add(Path.of(operand));
            }
        }
        for (InputFiles.Input input : InputFiles.expand(paths, followLinks)) {
            if (!input.isReadable()) {
                parent.err().println("nianbao convert: " + input.problem() + ": " + input.path());
                ok = false;
                continue;
            }
            try (InputStream in = Files.newInputStream(input.path())) {
                List<DecodeResult> results = input.kind() == InputKind.JSON_LINES
                        ? codec.decodeLines(in).map(l -> l.result()).toList() : List.of(codec.decode(in));
                ok &= collect(input.path().toString(), results, reports);
            }
        }
        write(codec, reports);
        return ok ? Nianbao.EXIT_OK : Nianbao.EXIT_USAGE;
    }

    private boolean collect(String name, List<DecodeResult> results, List<AnnualReport> into) {
        boolean ok = true;
        for (DecodeResult r : results) {
            if (r.isSuccess()) {
                into.add(r.orElseThrow());
            } else {
                ok = false;
                r.errors().forEach(p -> parent.err().println(name + ": " + p.describe(Language.zh.locale())));
            }
        }
        return ok;
    }

    private void write(ReportJson codec, List<AnnualReport> reports) throws IOException {
        parent.out().flush();
        if (to == Target.jsonl) {
            try (OutputStream out = output == null ? parent.rawOut() : Files.newOutputStream(output);
                    JsonLinesWriter lines = codec.linesWriter(out)) {
                for (AnnualReport r : reports) {
                    lines.write(r);
                }
            }
        } else if (reports.size() == 1 && (output == null || !Files.isDirectory(output))) {
            try (OutputStream out = output == null ? parent.rawOut() : Files.newOutputStream(output)) {
                codec.encode(reports.get(0), out);
                out.write('\n');
            }
        } else if (output != null && (Files.isDirectory(output) || !Files.exists(output))) {
            Files.createDirectories(output);
            for (int i = 0; i < reports.size(); i++) {
                AnnualReport r = reports.get(i);
                try (OutputStream out = Files.newOutputStream(output.resolve(String.format("%06d-%d.json", i + 1, r.reportYear())))) {
                    codec.encode(r, out);
                }
            }
        } else {
            parent.err().println(Language.zh.text("convert.needsDirectory", reports.size()));
        }
    }
}

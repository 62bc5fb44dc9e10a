package io.github.nianbao.cli;

import io.github.nianbao.renderer.DocumentFormat;
import io.github.nianbao.renderer.ReportRenderer;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.JsonProblem;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nianbao render}: one JSON report written out as a Word document or an HTML page. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = {"Writes a report (canonical JSON) as a Word document in the official layout (--to docx)",
            "or as a standalone HTML page (--to html). Blank cells print empty, \"/\" prints \"/\",",
            "unknown cells print \"?\" and are listed under their table."})
final class RenderCommand implements Callable<Integer> {

    /** Target formats. */
    enum Target {
        docx(DocumentFormat.DOCX), html(DocumentFormat.HTML);

        private final DocumentFormat format;

        Target(DocumentFormat format) {
            this.format = format;
        }
    }

    @ParentCommand
    Nianbao parent;

    @Parameters(paramLabel = "IN.json|-", arity = "1", description = "The report, as one JSON document (- for standard input).")
    String input;

    @Option(names = "--to", required = true, paramLabel = "docx|html", description = "The document to write.")
    Target to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write; required for docx, an HTML page goes to standard output without it.")
    Path output;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the messages and of the note on unknown cells (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Override
    public Integer call() {
        if (to == Target.docx && output == null) {
            parent.err().println("nianbao render: " + lang.text("render.binaryToTerminal"));
            return Nianbao.EXIT_USAGE;
        }
        DecodeResult decoded;
        try {
            decoded = read();
        } catch (NoSuchFileException e) {
            parent.err().println("nianbao render: " + lang.text("input.notFound", input));
            return Nianbao.EXIT_USAGE;
        } catch (IOException e) {
            parent.err().println("nianbao render: " + lang.text("input.unreadable", input, e.getMessage()));
            return Nianbao.EXIT_USAGE;
        }
        if (!decoded.isSuccess()) {
            parent.err().println("nianbao render: " + lang.text("render.notAReport", input));
            for (JsonProblem p : decoded.errors()) {
                parent.err().println("  " + p.describe(lang.locale()));
            }
            return Nianbao.EXIT_USAGE;
        }
        byte[] document = ReportRenderer.create().withLocale(lang.locale()).render(decoded.orElseThrow(), to.format);
        try {
            if (output == null) {
                parent.out().flush();
                parent.rawOut().write(document);
                parent.rawOut().flush();
            } else {
                Files.write(output, document);
            }
        } catch (IOException e) {
            parent.err().println("nianbao render: " + lang.text("render.cannotWrite", output == null ? "-" : output, e.getMessage()));
            return Nianbao.EXIT_USAGE;
        }
        return Nianbao.EXIT_OK;
    }

    private DecodeResult read() throws IOException {
        ReportJson codec = ReportJson.create();
        if (input.equals("-")) {
            return codec.decode(parent.in());
        }
        try (InputStream in = Files.newInputStream(Path.of(input))) {
            return codec.decode(in);
        }
    }
}

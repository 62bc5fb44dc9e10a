package io.github.nianbao.cli;

import io.github.nianbao.documents.DocumentImporter;
import io.github.nianbao.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code nianbao} command line: validate, import, generate and convert reports, and explain
 * the rules. With no arguments it validates the bundled sample report.
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = "Checks 政府信息公开工作年度报告 (government information disclosure annual reports).",
        subcommands = {ValidateCommand.class, ImportCommand.class, GenerateCommand.class, ConvertCommand.class, RenderCommand.class, RulesCommand.class,
            ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Nianbao implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FINDINGS = 1;
    static final int EXIT_USAGE = 2;

    private final InputStream in;
    private final PrintStream rawOut;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ReportValidator validator = ReportValidator.standard();
    // The one place a file becomes an import result: its kind (PDF, Word, text, HTML) told from its bytes.
    private final DocumentImporter importer = DocumentImporter.create();

    private Nianbao(InputStream in, PrintStream rawOut, PrintWriter out, PrintWriter err) {
        this.in = in;
        this.rawOut = rawOut;
        this.out = out;
        this.err = err;
    }

    // Held so that the levels set in main stay set (java.util.logging keeps loggers weakly).
    private static final java.util.logging.Logger[] DOCUMENT_LOGGERS = {
        java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox")};

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // PDFBox logs (commons-logging, to java.util.logging) every damaged object it recovers from,
        // stack traces included; the command line reports a damaged file as one diagnostic.
        for (java.util.logging.Logger logger : DOCUMENT_LOGGERS) {
            logger.setLevel(java.util.logging.Level.OFF);
        }
        // POI logs through the Log4j API; without a provider Log4j prints a warning on standard
        // error. The command line reports what matters as diagnostics, so POI's log stays silent.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 no finding reached the threshold, 1 one did, 2 usage error or unreadable input
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter o = utf8(out);
        PrintWriter e = utf8(err);
        Nianbao app = new Nianbao(in, out, o, e);
        CommandLine cl = new CommandLine(app)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(o)
                .setErr(e)
                .setExecutionExceptionHandler((ex, line, parsed) -> {
                    // Inputs report their own problems; what reaches here is an I/O failure of the run itself.
                    line.getErr().println("nianbao: " + ex.getMessage());
                    return EXIT_USAGE;
                });
        int status = cl.execute(args.length == 0 ? new String[] {"validate"} : args);
        o.flush();
        e.flush();
        return status;
    }

    private static PrintWriter utf8(OutputStream stream) {
        // Chinese must come out right whatever the platform's default encoding is.
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    @Override
    public Integer call() {
        return new CommandLine(this).execute("validate");
    }

    InputStream in() {
        return in;
    }

    PrintWriter out() {
        return out;
    }

    /** Standard output as bytes, for writers of their own; flush {@link #out()} first. */
    PrintStream rawOut() {
        return rawOut;
    }

    PrintWriter err() {
        return err;
    }

    ReportValidator validator() {
        return validator;
    }

    DocumentImporter importer() {
        return importer;
    }

    /** The version, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream s = Nianbao.class.getResourceAsStream("version.properties")) {
                if (s != null) {
                    p.load(s);
                }
            }
            return new String[] {"nianbao " + p.getProperty("version", "unknown")};
        }
    }
}

package io.github.nianbao.cli;

import io.github.nianbao.documents.DocumentImporter;
import io.github.nianbao.validation.ReportValidator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
        subcommands = {ValidateCommand.class, CompareCommand.class, ImportCommand.class, GenerateCommand.class, ConvertCommand.class, RenderCommand.class, RulesCommand.class,
            ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Nianbao implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FINDINGS = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INCOMPLETE = 3;
    /** Every report was read and none fails, but one is accepted with warnings: its decision. */
    static final int EXIT_WARNINGS = 4;

    @CommandLine.Option(names = "--lang", paramLabel = "zh|en", description = "Language of the help (default: ${DEFAULT-VALUE}); each command takes --lang too.")
    Language helpLanguage = Language.zh;

    private final InputStream in;
    private final OutputStream rawOut;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Language lang;
    private final ReportValidator validator = ReportValidator.standard();
    // The one place a file becomes an import result: its kind (PDF, Word, text, HTML) told from its bytes.
    private final DocumentImporter importer = DocumentImporter.create();

    private Nianbao(InputStream in, OutputStream rawOut, PrintWriter out, PrintWriter err, Language lang) {
        this.in = in;
        this.rawOut = rawOut;
        this.out = out;
        this.err = err;
        this.lang = lang;
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
        // The file descriptors themselves, not System.out: a PrintStream swallows write errors, and
        // a closed pipe or a full disk must stop the command with status 2, not let it run on.
        System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
    }

    /**
     * Runs the command line on print streams, as tests and embedders have them. A write error on
     * {@code out} (which a print stream only records) ends the command with status 2.
     *
     * @param args the arguments
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 every report accepted, 1 a finding reached the threshold, 2 usage
     *     error, unreadable input or failed write, 3 a report was not read whole (incomplete) and
     *     none failed, 4 a report accepted with warnings and none failed or was incomplete
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, (OutputStream) new CheckedPrintStream(out), err);
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @param in standard input
     * @param out standard output; write errors end the command with status 2
     * @param err standard error
     * @return the exit status: 0 every report accepted, 1 a finding reached the threshold, 2 usage
     *     error, unreadable input or failed write, 3 a report was not read whole (incomplete) and
     *     none failed, 4 a report accepted with warnings and none failed or was incomplete
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintWriter o = utf8(out);
        PrintWriter e = utf8(err);
        Language lang = Language.of(args);
        Nianbao app = new Nianbao(in, out, o, e, lang);
        CommandLine cl = new CommandLine(app)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(o)
                .setErr(e)
                .setExecutionExceptionHandler((ex, line, parsed) -> {
                    // Inputs report their own problems; what reaches here is an I/O failure of the run itself.
                    line.getErr().println("nianbao: " + describe(ex, lang));
                    return EXIT_USAGE;
                });
        Help.apply(cl, lang);
        // --lang given anywhere (nianbao --lang en validate …) is every command's default language.
        cl.setDefaultValueProvider(arg -> arg instanceof CommandLine.Model.OptionSpec option && option.longestName().equals("--lang")
                ? lang.name() : null);
        int status = cl.execute(args.length == 0 ? new String[] {"validate"} : args);
        o.flush();
        if (o.checkError()) {
            e.println("nianbao: " + lang.text("output.failed", lang.text("output.stdout"), "write error"));
            status = EXIT_USAGE;
        }
        e.flush();
        return status;
    }

    // What went wrong, as a user can act on it: which output could not be written and why.
    private static String describe(Throwable ex, Language lang) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutputTarget.OutputFailure f) {
                return lang.text("output.failed", f.target(), f.reason());
            }
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }

    private static PrintWriter utf8(OutputStream stream) {
        // Chinese must come out right whatever the platform's default encoding is.
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    /** A print stream as an output stream that reports the errors the print stream only records. */
    private static final class CheckedPrintStream extends OutputStream {
        private final PrintStream out;

        CheckedPrintStream(PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            check();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            check();
        }

        @Override
        public void flush() throws IOException {
            check();
        }

        private void check() throws IOException {
            if (out.checkError()) {
                throw new IOException("write error");
            }
        }
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
    OutputStream rawOut() {
        return rawOut;
    }

    /** The language the arguments ask for ({@code --lang}), for messages before a command runs. */
    Language lang() {
        return lang;
    }

    /**
     * Where a command's output goes: standard output, or {@code file}.
     *
     * @param file the file given with {@code -o}, or null
     * @param inputs the files the command reads, which the output must not be
     * @throws OutputTarget.NamesAnInput if the output is one of the inputs
     * @throws OutputTarget.OutputFailure if the file cannot be created
     */
    OutputTarget output(java.nio.file.Path file, java.util.Collection<java.nio.file.Path> inputs)
            throws OutputTarget.NamesAnInput, OutputTarget.OutputFailure {
        out.flush();
        return OutputTarget.of(file, rawOut, lang.text("output.stdout"), inputs);
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
            return new String[] {"nianbao " + version()};
        }
    }

    /** {@return the version of nianbao, from the build (version.properties), or {@code unknown}} */
    static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream s = Nianbao.class.getResourceAsStream("version.properties")) {
            if (s != null) {
                p.load(s);
            }
        }
        return p.getProperty("version", "unknown");
    }
}

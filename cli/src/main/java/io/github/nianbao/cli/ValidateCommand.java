package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code nianbao validate}: checks reports and prints a verdict per report and a summary. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = {
            "Validates reports: JSON, JSON Lines (.jsonl, .ndjson), and published text, Markdown or HTML through the importer.",
            "Directories are walked for those files; - reads standard input. With no FILE, validates the bundled sample 灵秀镇 2020.",
            "Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage error or unreadable input."})
final class ValidateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    /** The lowest severity that fails the run. */
    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

        final Severity severity;

        FailOn(Severity severity) {
            this.severity = severity;
        }
    }

    /** Reports per task handed to a worker: enough to make the hand-over cheap. */
    private static final int CHUNK = 32;
    private static final byte[] DOCUMENT_START = "{\"reports\":[".getBytes(StandardCharsets.UTF_8);
    /** Tasks queued or running per worker before reading waits: bounds memory, keeps workers busy. */
    private static final int CHUNKS_PER_THREAD = 4;

    @ParentCommand
    Nianbao parent;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Reports to validate.")
    List<String> operands = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "FILE", description = "The same agency's report for the previous year (JSON), for the cross-year checks.")
    Path previous;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Option(names = "--format", paramLabel = "text|json", description = {"Output format (default: ${DEFAULT-VALUE}).",
                "json: one document {\"reports\": [...], \"summary\": {...}}; for JSON Lines or standard input,",
                "one object per report per line, then a {\"summary\": {...}} line."})
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "error|warning|info", description = "Lowest severity that makes the exit status 1 (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(names = "--follow-links", description = "Follow symbolic links when walking directories (default: links are skipped).")
    boolean followLinks;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-lines", paramLabel = "N", description = {"Most reports read from one JSON Lines file or standard input (default: ${DEFAULT-VALUE});",
                "the rest is not read and the input counts as unreadable."})
    long maxLines = ReportJson.DEFAULT_MAX_LINES;

    private ReportJson json;
    private ReportValidator validator;
    private AnnualReport previousReport;
    private TextRenderer text;
    private JsonRenderer jsonOut;
    private final Tally tally = new Tally();
    private PrintWriter out;
    private final Map<String, List<InputFiles.Input>> inputs = new LinkedHashMap<>();
    private OutputStream output;
    private boolean streaming;
    private boolean firstInDocument = true;

    @Override
    public Integer call() throws IOException {
        if (maxLines < 1) {
            parent.err().println(lang.text("option.positive", "--max-lines", maxLines));
            return Nianbao.EXIT_USAGE;
        }
        json = ReportJson.builder().maxLines(maxLines).build();
        out = parent.out();
        validator = parent.validator();
        text = new TextRenderer(lang, failOn.severity);
        jsonOut = new JsonRenderer(lang, failOn.severity);
        if (previous != null) {
            DecodeResult r = decodeFile(previous);
            if (!r.isSuccess()) {
                parent.err().println(lang.text("input.unreadable", previous, problems(r).get(0)));
                return Nianbao.EXIT_USAGE;
            }
            previousReport = r.orElseThrow();
        }
        for (String operand : operands) {
            if (!operand.equals("-")) {
                inputs.put(operand, InputFiles.expand(List.of(Path.of(operand)), followLinks));
            }
        }
        streaming = operands.contains("-") || inputs.values().stream().flatMap(List::stream)
                .anyMatch(i -> i.kind() == InputKind.JSON_LINES);
        // Workers render each report to UTF-8 bytes; this thread only reads, counts and writes them.
        // One JSON document is written whole at the end, as before: reports are collected.
        out.flush();
        ByteArrayOutputStream document = null;
        output = format == Format.json && !streaming ? (document = new ByteArrayOutputStream())
                : new BufferedOutputStream(parent.rawOut(), 1 << 16);
        int workers = Math.max(1, threads);
        try (Pipeline<byte[]> pipeline = new Pipeline<>(workers, CHUNK, CHUNKS_PER_THREAD * workers, this::print);
                Progress progress = Progress.on(System.err, 0)) {
            if (operands.isEmpty()) {
                AnnualReport sample = SampleReports.lingxiuZhen2020();
                pipeline.submit(() -> render(validated(lang.text("report.bundled") + " "
                        + SampleReports.Published.LINGXIU_ZHEN_2020.fileName(), sample, List.of())));
            }
            for (String operand : operands) {
                if (operand.equals("-")) {
                    readStream("-", parent.in(), pipeline, progress);
                } else {
                    for (InputFiles.Input input : inputs.get(operand)) {
                        read(input, pipeline, progress);
                    }
                }
            }
        } finally {
            output.flush();
        }
        if (format == Format.text) {
            out.print(text.summary(tally));
        } else if (streaming) {
            out.println(jsonOut.summary(tally));
        } else {
            OutputStream raw = parent.rawOut();
            raw.write(DOCUMENT_START);
            document.writeTo(raw);
            raw.flush();
            out.println("]," + jsonOut.summaryMember(tally) + "}");
        }
        out.flush();
        if (tally.unreadable > 0) {
            return Nianbao.EXIT_USAGE;
        }
        return tally.failed > 0 ? Nianbao.EXIT_FINDINGS : Nianbao.EXIT_OK;
    }

    private void read(InputFiles.Input input, Pipeline<byte[]> pipeline, Progress progress) throws IOException {
        String name = input.path().toString();
        if (!input.isReadable()) {
            emit(pipeline, Outcome.unreadable(name, List.of(lang.text("input." + (input.problem().equals("not-found") ? "notFound" : "unreadable"), name, input.problem()))));
            return;
        }
        switch (input.kind()) {
            case JSON_LINES -> {
                try (InputStream in = Files.newInputStream(input.path())) {
                    readLines(name, in, pipeline, progress);
                }
            }
            case JSON -> pipeline.submit(() -> render(fromJson(name, input.path())));
            case TEXT, HTML, DOCUMENT -> pipeline.submit(() -> render(imported(name, input.path())));
        }
    }

    // Standard input: JSON Lines when the first line is a whole document, else one JSON document.
    // Only the first line is looked at before deciding, so that memory stays bounded by the maximum
    // document length however much arrives: lines stream, and one document is read to its limit.
    private void readStream(String name, InputStream in, Pipeline<byte[]> pipeline, Progress progress) throws IOException {
        int max = (int) Math.min(Integer.MAX_VALUE - 16, json.maxDocumentLength());
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(max + 2);
        byte[] first = new byte[Math.min(max, 64 * 1024)];
        int length = 0;
        int c;
        while ((c = buffered.read()) != -1 && c != '\n' && length < max) {
            if (length == first.length) {
                first = Arrays.copyOf(first, (int) Math.min(max, 2L * first.length));
            }
            first[length++] = (byte) c;
        }
        boolean lines = c == '\n' && length > 0 && buffered.read() != -1
                && json.decode(Arrays.copyOf(first, length)).isSuccess();
        buffered.reset();
        if (lines) {
            readLines(name, buffered, pipeline, progress);
        } else {
            byte[] document = buffered.readNBytes(max + 1);
            pipeline.submit(() -> render(fromBytes(name, document)));
        }
    }

    private void readLines(String name, InputStream in, Pipeline<byte[]> pipeline, Progress progress) throws IOException {
        ByteLines lines = new ByteLines(in, json.maxDocumentLength());
        boolean any = false;
        long reports = 0;
        for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            String source = name + ":" + line.number();
            if (!line.isTooLong() && ByteLines.isBlank(line.bytes())) {
                continue;
            }
            if (++reports > json.maxLines()) {
                emit(pipeline, Outcome.unreadable(source, List.of(lang.text("input.tooManyLines", name, json.maxLines()))));
                break;
            }
            if (line.isTooLong()) {
                any = true;
                emit(pipeline, Outcome.unreadable(source, List.of(lang.text("input.unreadable", source, "> " + json.maxDocumentLength() + " bytes"))));
                continue;
            }
            any = true;
            byte[] bytes = line.bytes();
            pipeline.submit(() -> render(fromBytes(source, bytes)));
            progress.advance(1);
        }
        if (!any) {
            emit(pipeline, Outcome.unreadable(name, List.of(lang.text("input.empty", name))));
        }
    }

    private void emit(Pipeline<byte[]> pipeline, Outcome outcome) {
        pipeline.submit(() -> render(outcome));
    }

    private Outcome fromJson(String name, Path path) {
        try {
            if (Files.size(path) == 0) {
                return Outcome.unreadable(name, List.of(lang.text("input.empty", name)));
            }
            return fromResult(name, decodeFile(path));
        } catch (IOException e) {
            return Outcome.unreadable(name, List.of(lang.text("input.unreadable", name, e.getClass().getSimpleName())));
        }
    }

    private Outcome fromBytes(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return Outcome.unreadable(name, List.of(lang.text("input.empty", name)));
        }
        return fromResult(name, json.decode(bytes));
    }

    // Published text and HTML go through the importer; its diagnostics are shown next to the findings.
    private Outcome imported(String name, Path path) {
        ImportResult r;
        try {
            r = parent.importer().read(path);
        } catch (IOException e) {
            return Outcome.unreadable(name, List.of(lang.text("input.unreadable", name, e.getClass().getSimpleName())));
        }
        List<String> diagnostics = r.diagnostics().stream().map(d -> d.toString(lang.locale())).toList();
        if (r.report().isEmpty()) {
            return Outcome.unreadable(name, diagnostics);
        }
        return validated(name, r.report().get(), diagnostics);
    }

    private DecodeResult decodeFile(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return json.decode(in);
        }
    }

    private Outcome fromResult(String name, DecodeResult r) {
        if (!r.isSuccess()) {
            return Outcome.unreadable(name, problems(r));
        }
        List<String> warnings = r.warnings().stream().map(p -> p.describe(lang.locale())).toList();
        return validated(name, r.orElseThrow(), warnings);
    }

    private List<String> problems(DecodeResult r) {
        return r.problems().stream().map(p -> p.describe(lang.locale())).toList();
    }

    private Outcome validated(String name, AnnualReport report, List<String> notes) {
        return new Outcome(name, report, previousReport == null ? validator.validate(report) : validator.validate(report, previousReport), notes);
    }

    // Runs on a worker: the outcome is rendered and encoded there; only counting and writing stay
    // on the caller. The bytes are what printing the text would write.
    private byte[] render(Outcome o) {
        synchronized (tally) {
            tally.add(o, failOn.severity);
        }
        if (format == Format.text) {
            Utf8Builder out = textBuffer.get();
            out.clear();
            text.render(o, out);
            return out.toByteArray();
        }
        String rendered = jsonOut.render(o);
        if (streaming) {
            rendered += System.lineSeparator();
        }
        return rendered.getBytes(StandardCharsets.UTF_8);
    }

    // Each worker writes its reports' text into one buffer of its own, copied out once per report.
    private final ThreadLocal<Utf8Builder> textBuffer = ThreadLocal.withInitial(() -> new Utf8Builder(16 * 1024));

    private void print(byte[] rendered) {
        try {
            if (format == Format.json && !streaming && !firstInDocument) {
                output.write(',');
            }
            firstInDocument = false;
            output.write(rendered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Catalogue;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.validation.comparison.AgencyMatch;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.pack.RulePack;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
            "Verdicts: pass (possibly with relations not assessed), incomplete (part of the report was not read: unknown cells,",
            "a table not found; what was not read was not checked), fail (a finding reaches --fail-on), unreadable.",
            "Decisions: accept, accept with warnings (a warning, or part of the report not read), return (an error).",
            "Exit status: 0 every report accepted, 1 a finding reaches --fail-on (by default: a report returned), 2 usage error,",
            "unreadable input or failed write, 3 a report is incomplete and none fails, 4 a report accepted with warnings and",
            "none fails or is incomplete."})
final class ValidateCommand implements Callable<Integer> {

    /** Output formats: each is a {@link OutcomeRenderer}. */
    enum Format { text, json, csv, html }

    /** A severity as the options spell it. */
    enum Level {
        error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

        final Severity severity;

        Level(Severity severity) {
            this.severity = severity;
        }
    }

    /** Reports per task handed to a worker: enough to make the hand-over cheap. */
    private static final int CHUNK = 32;
    /** Tasks queued or running per worker before reading waits: bounds memory, keeps workers busy. */
    private static final int CHUNKS_PER_THREAD = 4;

    @ParentCommand
    Nianbao parent;

    @Parameters(descriptionKey = "files", paramLabel = "FILE|DIR|-", arity = "0..*", description = "Reports to validate.")
    List<String> operands = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "FILE|DIR", description = "The same agency's report for the previous year, "
            + "for the cross-year checks: any input kind validate reads; a directory (or JSON Lines) gives each report "
            + "its own agency's report for the year before, if there is one.")
    Path previous;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Option(names = "--format", paramLabel = "text|json|csv|html", description = {"Output format (default: ${DEFAULT-VALUE}).",
                "json: JSON Lines, one {\"type\":\"report\"} object per report, then one {\"type\":\"summary\"} object,",
                "for every input (docs/CLI-JSON.md). csv: one row per finding, UTF-8 with BOM.",
                "html: one self-contained page, summary first."})
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE (written whole, then moved into place) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|info", description = "Lowest severity that makes the exit status 1 (default: ${DEFAULT-VALUE}).")
    Level failOn = Level.error;

    @Option(names = "--only-failed", description = "Show only reports that do not pass (fail, incomplete, unreadable); the summary counts all.")
    boolean onlyFailed;

    @Option(names = "--summary", description = "Show only the summary.")
    boolean summaryOnly;

    @Option(names = {"-q", "--quiet"}, description = "Show nothing; the exit status says how the run went.")
    boolean quiet;

    @Option(names = "--rule", paramLabel = "ID", split = ",",
            description = "Keep only the findings of these rules, comma-separated or repeated (in the output, the counts and the verdict).")
    List<String> ruleFilter = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "error|warning|info",
            description = "Keep only the findings of this severity or above.")
    Level severityFilter;

    @Option(names = "--disable", paramLabel = "ID", split = ",", description = "Do not run this rule (repeatable).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--severity-of", paramLabel = "ID=LEVEL", description = "Give this rule's findings another severity (repeatable), e.g. YEAR-CARRY=warning.")
    Map<String, Level> severityOf = new LinkedHashMap<>();

    @Option(names = "--follow-links", description = "Follow symbolic links when walking directories (default: links are skipped).")
    boolean followLinks;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, at most the number of processors (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-lines", paramLabel = "N", description = {"Most lines read from one JSON Lines file or standard input, blank lines included (default: ${DEFAULT-VALUE});",
                "the rest is not read and the input counts as unreadable."})
    long maxLines = ReportJson.DEFAULT_MAX_LINES;

    @Option(names = "--rules", paramLabel = "FILE", description = "A rule pack (JSON, docs/RULE-PACKS.md): severities, deadlines, blank policy and relations of its own.")
    Path rules;

    @Option(names = "--likely-causes", description = "Add the likely cause of each group of broken sums (LIKELY-CAUSE, info).")
    boolean likelyCauses;

    @Option(names = "--all-results", description = "List every relation with its result (held, broken, not assessed), not only the findings.")
    boolean allResults;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Fingerprints of accepted findings, one per line (# comments): those findings are not shown.")
    Path baseline;

    private Set<String> accepted = Set.of();
    /** Whether each report is traced to the SHA-256 of its bytes (the JSON output shows it). */
    private boolean digests;
    private ReportJson json;
    private ReportValidator validator;
    private AnnualReport previousReport;
    /** Previous years to choose from, by agency and year, when --previous names several reports. */
    private List<AnnualReport> previousReports = List.of();
    private Judge judge;
    private OutcomeRenderer renderer;
    private final Tally tally = new Tally();
    private OutputStream sink;
    private Progress progress;

    @Override
    public Integer call() throws IOException {
        Integer refused = configure();
        if (refused != null) {
            return refused;
        }
        if (previous != null) {
            // Any input kind validate reads; a directory (or JSON Lines) gives each report its own previous year.
            List<ReportFiles.Loaded> loaded = ReportFiles.read(previous, parent, lang.locale());
            for (ReportFiles.Loaded l : loaded) {
                if (!l.isReadable()) {
                    parent.err().println(l.problems().equals(List.of("not-found")) ? lang.text("input.notFound", previous)
                            : lang.text("input.unreadable", l.source(), l.problems().isEmpty() ? "" : l.problems().get(0)));
                    return Nianbao.EXIT_USAGE;
                }
            }
            if (loaded.size() == 1 && !Files.isDirectory(previous)) {
                previousReport = loaded.get(0).report();
            } else {
                previousReports = loaded.stream().map(ReportFiles.Loaded::report).toList();
            }
        }
        Map<String, List<InputFiles.Input>> inputs = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        long totalBytes = 0;
        boolean sizeKnown = true;
        for (String operand : operands) {
            if (operand.equals("-")) {
                sizeKnown = false;
            } else {
                List<InputFiles.Input> expanded = InputFiles.expand(List.of(Path.of(operand)), followLinks);
                inputs.put(operand, expanded);
                for (InputFiles.Input i : expanded) {
                    files.add(i.path());
                    if (i.isReadable() && Files.isRegularFile(i.path())) {
                        totalBytes += Files.size(i.path());
                    } else {
                        sizeKnown = false;
                    }
                }
            }
        }
        OutputTarget target;
        try {
            target = parent.output(output, files);
        } catch (OutputTarget.NamesAnInput e) {
            parent.err().println(lang.text("output.isInput", output));
            return Nianbao.EXIT_USAGE;
        }
        try (target) {
            run(target, inputs, sizeKnown ? totalBytes : 0);
            target.commit();
        }
        return tally.status();
    }

    // The options that make no sense refuse the run before anything is read.
    private Integer configure() {
        if (maxLines < 1) {
            parent.err().println(lang.text("option.positive", "--max-lines", maxLines));
            return Nianbao.EXIT_USAGE;
        }
        if (threads < 1) {
            parent.err().println(lang.text("option.positive", "--threads", threads));
            return Nianbao.EXIT_USAGE;
        }
        // More workers than processors only share the same cores and hold more reports in memory.
        threads = Math.min(threads, Runtime.getRuntime().availableProcessors());
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(ruleFilter);
        ids.addAll(disabled);
        ids.addAll(severityOf.keySet());
        for (String id : ids) {
            if (StandardRule.ofId(id).isEmpty()) {
                parent.err().println(lang.text("explain.unknown", id));
                return Nianbao.EXIT_USAGE;
            }
        }
        validator = parent.validator();
        RulePack pack = RulePack.national();
        String packSha256 = null;
        if (!disabled.isEmpty() || !severityOf.isEmpty() || rules != null || likelyCauses || allResults) {
            try {
                ReportValidator.Builder b = ReportValidator.builder().likelyCauses(likelyCauses).allResults(allResults);
                if (rules != null) {
                    // Read once: the digest in the run line is of the very bytes the pack was read from.
                    byte[] bytes = Files.readAllBytes(rules);
                    packSha256 = InputDigest.of(bytes);
                    pack = RulePack.read(utf8(bytes), rules.toString());
                    b.rulePack(pack); // first: the options below override the pack
                }
                disabled.forEach(b::disable);
                severityOf.forEach((id, level) -> b.severity(id, level.severity));
                validator = b.build();
            } catch (io.github.nianbao.validation.pack.RulePackException e) {
                parent.err().println(e.message(lang.locale()));
                return Nianbao.EXIT_USAGE;
            } catch (IOException e) {
                parent.err().println(cannotRead(rules, e));
                return Nianbao.EXIT_USAGE;
            }
        }
        String baselineSha256 = null;
        if (baseline != null) {
            try {
                byte[] bytes = Files.readAllBytes(baseline);
                accepted = utf8(bytes).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
                baselineSha256 = InputDigest.of(bytes);
            } catch (IOException e) {
                parent.err().println(cannotRead(baseline, e));
                return Nianbao.EXIT_USAGE;
            }
        }
        if (allResults && (format == Format.csv || format == Format.html)) {
            parent.err().println(lang.text("option.allResultsFormat", format));
            return Nianbao.EXIT_USAGE;
        }
        json = ReportJson.builder().maxLines(maxLines).build();
        judge = new Judge(failOn.severity, Set.copyOf(ruleFilter), severityFilter == null ? null : severityFilter.severity);
        TextRenderer text = new TextRenderer(lang, failOn.severity, allResults);
        digests = format == Format.json;
        renderer = switch (format) {
            case text -> text;
            case json -> new JsonRenderer(lang, runHeader(pack, packSha256, baselineSha256));
            case csv -> new CsvRenderer(lang);
            case html -> new HtmlRenderer(lang, text);
        };
        return null;
    }

    // A file an option names that cannot be read: missing, or unreadable and why.
    private String cannotRead(Path file, IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? lang.text("input.notFound", file)
                : lang.text("input.unreadable", file, e.getClass().getSimpleName());
    }

    // Strict, as Files.readString is: a byte that is not UTF-8 is an error, never a replacement character.
    private static String utf8(byte[] bytes) throws java.nio.charset.CharacterCodingException {
        return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private RunHeader runHeader(RulePack pack, String packSha256, String baselineSha256) {
        String version;
        try {
            version = Nianbao.version();
        } catch (IOException e) {
            version = "unknown";
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        severityOf.forEach((id, level) -> overrides.put(id, level.name()));
        return new RunHeader(version, Catalogue.VERSION, pack.id(), pack.version(), packSha256, failOn.name(), lang.name(),
                disabled, overrides, ruleFilter, severityFilter == null ? null : severityFilter.name(), baselineSha256,
                likelyCauses, allResults);
    }

    private void run(OutputTarget target, Map<String, List<InputFiles.Input>> inputs, long totalBytes) throws IOException {
        OutputStream out = target.stream();
        boolean reports = !quiet && !summaryOnly;
        boolean summaryFirst = renderer.summaryFirst();
        // A page whose summary comes first keeps its report sections in a temporary file meanwhile.
        Path spool = summaryFirst && reports ? Files.createTempFile("nianbao-", ".part") : null;
        try {
            if (spool != null) {
                sink = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
            } else {
                sink = out;
                if (!summaryFirst && !quiet) {
                    out.write(renderer.head(null));
                }
            }
            int workers = Math.max(1, threads);
            try (Progress p = Progress.onStandardError(totalBytes);
                    Pipeline<byte[]> pipeline = new Pipeline<>(workers, CHUNK, CHUNKS_PER_THREAD * workers, this::print)) {
                progress = p;
                if (operands.isEmpty()) {
                    AnnualReport sample = SampleReports.lingxiuZhen2020();
                    String name = lang.text("report.bundled") + " " + SampleReports.Published.LINGXIU_ZHEN_2020.fileName();
                    pipeline.submit(() -> render(validated(name, sample, List.of())));
                }
                for (String operand : operands) {
                    if (operand.equals("-")) {
                        readStream("-", parent.in(), pipeline);
                    } else {
                        for (InputFiles.Input input : inputs.get(operand)) {
                            read(input, pipeline);
                        }
                    }
                }
            }
            if (summaryFirst && !quiet) {
                out.write(renderer.head(tally));
                if (spool != null) {
                    sink.close();
                    Files.copy(spool, out);
                }
            }
            if (!quiet) {
                out.write(renderer.tail(tally));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (spool != null) {
                sink.close();
                Files.deleteIfExists(spool);
            }
        }
    }

    private void read(InputFiles.Input input, Pipeline<byte[]> pipeline) throws IOException {
        String name = input.path().toString();
        if (!input.isReadable()) {
            emit(pipeline, Outcome.unreadable(name, input.problem().equals("not-found")
                    ? Problem.of(Problem.FILE_NOT_FOUND, 0, lang.text("input.notFound", name))
                    : Problem.of(Problem.FILE_UNREADABLE, 0, lang.text("input.unreadable", name, input.problem()))));
            return;
        }
        boolean regular = Files.isRegularFile(input.path());
        if (regular) {
            progress.read(Files.size(input.path()));
        }
        switch (input.kind()) {
            case JSON_LINES -> {
                try (InputStream in = InputFiles.open(input.path())) {
                    readLines(name, in, pipeline);
                }
            }
            case JSON -> {
                if (regular) {
                    pipeline.submit(() -> render(fromJson(name, input.path())));
                } else {
                    // A pipe, a FIFO, /dev/stdin, process substitution: read as standard input is,
                    // never taken for empty because its size is 0.
                    try (InputStream in = InputFiles.open(input.path())) {
                        readStream(name, in, pipeline);
                    }
                }
            }
            case TEXT, HTML, DOCUMENT -> pipeline.submit(() -> render(imported(name, input.path())));
        }
    }

    // Standard input and pipes: one document or JSON Lines, as StreamShape tells them apart.
    private void readStream(String name, InputStream in, Pipeline<byte[]> pipeline) throws IOException {
        int max = (int) Math.min(Integer.MAX_VALUE - 16, json.maxDocumentLength());
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        boolean document = StreamShape.isOneDocument(buffered, max);
        if (!document) {
            readLines(name, buffered, pipeline);
        } else {
            byte[] bytes = buffered.readNBytes(max + 1);
            progress.read(bytes.length);
            pipeline.submit(() -> render(fromBytes(name, bytes)));
        }
    }

    private void readLines(String name, InputStream in, Pipeline<byte[]> pipeline) throws IOException {
        ByteLines lines = new ByteLines(in, json.maxDocumentLength(), json.maxDocumentLength());
        boolean any = false;
        long read = 0;
        for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            progress.read(lines.consumed() - read);
            read = lines.consumed();
            String source = name + ":" + line.number();
            // Every line counts towards the limit, blank ones too: a stream of blank lines ends as surely.
            if (line.number() > json.maxLines()) {
                emit(pipeline, Outcome.unreadable(source, Problem.of(Problem.TOO_MANY_LINES, line.number(),
                        lang.text("input.tooManyLines", name, json.maxLines()))));
                any = true;
                break;
            }
            if (line.isEndless()) {
                emit(pipeline, Outcome.unreadable(source, Problem.of(Problem.LINE_ENDLESS, line.number(),
                        lang.text("input.endless", source, 2 * json.maxDocumentLength()))));
                any = true;
                break;
            }
            if (line.isTooLong()) {
                any = true;
                emit(pipeline, Outcome.unreadable(source, Problem.of(Problem.LINE_TOO_LONG, line.number(),
                        lang.text("input.lineTooLong", source, json.maxDocumentLength()))));
                continue;
            }
            if (ByteLines.isBlank(line.bytes())) {
                continue;
            }
            any = true;
            byte[] bytes = line.bytes();
            long number = line.number();
            pipeline.submit(() -> render(fromBytes(source, bytes, number)));
        }
        if (!any) {
            emit(pipeline, Outcome.unreadable(name, Problem.of(Problem.FILE_EMPTY, 0, lang.text("input.empty", name))));
        }
    }

    private void emit(Pipeline<byte[]> pipeline, Outcome outcome) {
        pipeline.submit(() -> render(outcome));
    }

    private Outcome fromJson(String name, Path path) {
        try {
            if (Files.size(path) == 0) {
                return Outcome.unreadable(name, Problem.of(Problem.FILE_EMPTY, 0, lang.text("input.empty", name)));
            }
            byte[] start = new byte[8];
            int n;
            try (InputStream in = InputFiles.open(path)) {
                n = in.readNBytes(start, 0, start.length);
            }
            Problem wrong = WrongKind.of(name, start, n, lang, "validate");
            if (wrong != null) {
                return Outcome.unreadable(name, wrong);
            }
            try (InputStream file = InputFiles.open(path)) {
                if (!digests) {
                    return fromResult(name, json.decode(file), 0);
                }
                InputDigest.Reading in = new InputDigest.Reading(file);
                DecodeResult decoded = json.decode(in);
                return fromResult(name, decoded, 0).withSha256(in.sha256());
            }
        } catch (IOException e) {
            return Outcome.unreadable(name, Problem.of(Problem.FILE_UNREADABLE, 0, lang.text("input.unreadable", name, e.getClass().getSimpleName())));
        }
    }

    private Outcome fromBytes(String name, byte[] bytes) {
        return fromBytes(name, bytes, 0);
    }

    // A line of a stream: its problems are on line 1 of the line, which is line {@code number} of the stream.
    private Outcome fromBytes(String name, byte[] bytes, long number) {
        if (bytes.length == 0) {
            return Outcome.unreadable(name, Problem.of(Problem.FILE_EMPTY, 0, lang.text("input.empty", name)));
        }
        Problem wrong = WrongKind.of(name, bytes, bytes.length, lang, "validate");
        if (wrong != null) {
            return Outcome.unreadable(name, wrong);
        }
        Outcome o = fromResult(name, json.decode(bytes), number == 0 ? 0 : number - 1);
        return digests ? o.withSha256(InputDigest.of(bytes)) : o;
    }

    // Published text and HTML go through the importer; its diagnostics are shown next to the findings.
    private Outcome imported(String name, Path path) {
        ImportResult r;
        String digest = null;
        try {
            if (Files.isRegularFile(path)) {
                r = parent.importer().read(path);
                digest = digests ? InputDigest.of(path) : null;
            } else {
                Path copy = InputFiles.spool(path, InputFiles.MAX_SPOOLED);
                try {
                    r = parent.importer().read(copy);
                    digest = digests ? InputDigest.of(copy) : null;
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        } catch (IOException e) {
            return Outcome.unreadable(name, Problem.of(Problem.FILE_UNREADABLE, 0, lang.text("input.unreadable", name, e.getClass().getSimpleName())));
        }
        List<Problem> diagnostics = r.diagnostics().stream().map(d -> Problem.of(d, lang)).toList();
        Outcome o = r.report().isEmpty() ? Outcome.unreadable(name, diagnostics) : validated(name, r.report().get(), diagnostics);
        return digest == null ? o : o.withSha256(digest);
    }

    private Outcome fromResult(String name, DecodeResult r, long lineOffset) {
        List<Problem> problems = r.problems().stream().map(p -> Problem.of(p, lang).onLine(lineOffset)).toList();
        if (!r.isSuccess()) {
            return Outcome.unreadable(name, problems);
        }
        return validated(name, r.orElseThrow(), problems);
    }

    private Outcome validated(String name, AnnualReport report, List<Problem> notes) {
        AnnualReport prior = previousReport != null ? previousReport : previousYearOf(report);
        io.github.nianbao.validation.ValidationResult result = prior == null ? validator.validate(report)
                : validator.validate(report, prior);
        return judge.judge(name, report, accepted.isEmpty() ? result : result.excluding(accepted), notes);
    }

    // The report among --previous's that is the same agency's (AgencyMatch) for the year before.
    private AnnualReport previousYearOf(AnnualReport report) {
        for (AnnualReport p : previousReports) {
            if (p.reportYear() == report.reportYear() - 1 && AgencyMatch.of(report, p).isPresent()) {
                return p;
            }
        }
        return null;
    }

    // Runs on a worker: the outcome is rendered and encoded there; only writing stays on the caller.
    // An empty result is a report the options leave out of the output (it is still counted).
    private byte[] render(Outcome o) {
        synchronized (tally) {
            tally.add(o);
        }
        if (quiet || summaryOnly || (onlyFailed && !o.isNotPass())) {
            return EMPTY;
        }
        return renderer.render(o);
    }

    private static final byte[] EMPTY = new byte[0];

    private void print(byte[] rendered) {
        progress.report();
        if (rendered.length == 0) {
            return;
        }
        try {
            sink.write(rendered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The option's words for a severity, for messages. */
    static String word(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}

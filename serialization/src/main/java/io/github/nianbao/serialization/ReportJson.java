package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ReportPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The JSON codec of reports: encodes an {@link AnnualReport} to its canonical JSON form and decodes
 * JSON back, strictly, reporting every problem with its JSON Pointer, line and column.
 *
 * <p>Create one instance and share it: it is immutable and thread-safe.
 * <pre>{@code
 * ReportJson json = ReportJson.create();
 * String text = json.encode(report);
 * AnnualReport back = json.decode(text).orElseThrow();
 * }</pre>
 *
 * <p>The form is described in {@code docs/JSON.md} and by the JSON Schema (draft 2020-12) shipped
 * at {@value #SCHEMA_RESOURCE}, available through {@link #schema()}.
 */
public final class ReportJson {

    /**
     * The newest version of the JSON form, the document's {@code formatVersion}: version 2 adds unknown
     * cells ({@code {"unknown": true}}). The codec reads every version from {@link #MIN_FORMAT_VERSION}
     * to this one, and writes the lowest that can hold the report: 1 for a report without an unknown
     * cell (so that its document is byte for byte what earlier versions of nianbao wrote, and they can
     * read it), 2 for one with.
     */
    public static final int FORMAT_VERSION = 2;
    /** The oldest version of the JSON form this codec reads and writes: the form without unknown cells. */
    public static final int MIN_FORMAT_VERSION = 1;
    /** Where the JSON Schema of the form is in the jar. */
    public static final String SCHEMA_RESOURCE = "io/github/nianbao/serialization/report.schema.json";

    /** Default maximum document length: 4 MiB (bytes for byte input, characters for text input). */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 4L * 1024 * 1024;
    /** Default maximum nesting depth of objects and arrays; the canonical form needs 5. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 16;
    /** Default maximum string length in characters: 1 MiB, far more than any narrative paragraph. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** Default maximum length of a number, or of an amount's decimal string, in characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default maximum length of a property name in characters. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 256;
    /** Default maximum number of lines read from one JSON Lines stream, blank ones included: one million. */
    public static final long DEFAULT_MAX_LINES = 1_000_000L;
    /**
     * Default number of bytes of a too-long JSON Lines line skipped in search of its end: 64 MiB.
     * A line that has not ended by then ends the stream ({@link ProblemCode#LINE_NOT_ENDED}).
     */
    public static final long DEFAULT_MAX_SKIPPED_LINE_LENGTH = 64L * 1024 * 1024;
    /** Default maximum number of problems collected from one document. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    private final boolean lenient;
    private final boolean prettyPrint;
    private final int maxProblems;
    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxNameLength;
    private final long maxLines;
    private final long maxSkippedLineLength;
    private final JsonFactory factory;

    private ReportJson(Builder b) {
        this.lenient = b.lenient;
        this.prettyPrint = b.prettyPrint;
        this.maxProblems = b.maxProblems;
        this.maxDocumentLength = b.maxDocumentLength;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.maxNumberLength = b.maxNumberLength;
        this.maxNameLength = b.maxNameLength;
        this.maxLines = b.maxLines;
        this.maxSkippedLineLength = b.maxSkippedLineLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(streamReadConstraints())
                // Duplicates are found by the reader, which reports them and reads on.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // NaN and Infinity are read as tokens so that they are reported where they are, and reading goes on.
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                // The UTF-8 generator writes characters outside the BMP as 4 bytes, as the text forms do, not as escapes.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * Returns the parser limits of this codec: its document length, nesting depth and string length
     * (names and numbers are measured by the codec's reader itself, at their token, so that the
     * location is exact). Give them to the {@code JsonFactory} of a mapper that uses
     * {@link #module()}, whose parser is the mapper's:
     * <pre>{@code
     * JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
     *         .streamReadConstraints(json.streamReadConstraints()).build())
     *     .addModule(json.module()).build();
     * }</pre>
     *
     * @return the constraints
     */
    public StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentLength)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                // The document length bounds what the parser buffers before the reader measures them.
                .maxNumberLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .build();
    }

    /** {@return a codec with the strict defaults} */
    public static ReportJson create() {
        return builder().build();
    }

    /** {@return a builder with the strict defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this codec's settings} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lenient = lenient;
        b.prettyPrint = prettyPrint;
        b.maxProblems = maxProblems;
        b.maxDocumentLength = maxDocumentLength;
        b.maxNestingDepth = maxNestingDepth;
        b.maxStringLength = maxStringLength;
        b.maxNumberLength = maxNumberLength;
        b.maxNameLength = maxNameLength;
        b.maxLines = maxLines;
        b.maxSkippedLineLength = maxSkippedLineLength;
        return b;
    }

    // ---- encoding ----

    /**
     * Encodes a report.
     *
     * @param report the report
     * @return its canonical JSON, compact or pretty as configured
     */
    public String encode(AnnualReport report) {
        StringWriter out = new StringWriter(16 * 1024);
        encode(report, out);
        return out.toString();
    }

    /**
     * Encodes a report to UTF-8 bytes, without byte-order mark.
     *
     * @param report the report
     * @return the UTF-8 bytes of {@link #encode(AnnualReport)}
     */
    public byte[] encodeToBytes(AnnualReport report) {
        // Jackson's UTF-8 generator writes the bytes directly: no String, no second encoding pass.
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(report, out, prettyPrint);
        return out.toByteArray();
    }

    /**
     * Encodes a report to a stream as UTF-8. The stream is flushed, not closed.
     *
     * @param report the report
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public void encode(AnnualReport report, OutputStream out) {
        write(report, out, prettyPrint);
    }

    /**
     * Encodes a report to a writer. The writer is flushed, not closed.
     *
     * @param report the report
     * @param out the writer
     * @throws UncheckedIOException if writing fails
     */
    public void encode(AnnualReport report, Writer out) {
        write(report, out, prettyPrint);
    }

    void write(AnnualReport report, Writer out, boolean pretty) {
        Objects.requireNonNull(report, "report");
        try (JsonGenerator g = factory.createGenerator(pretty ? PrettyContext.INSTANCE : ObjectWriteContext.empty(), out)) {
            ReportWriter.write(report, g);
        } catch (tools.jackson.core.JacksonException e) {
            throw unwrap(e);
        }
    }

    // UTF-8 straight to the stream, which is flushed (the generator's close) but not closed.
    void write(AnnualReport report, OutputStream out, boolean pretty) {
        Objects.requireNonNull(report, "report");
        try (JsonGenerator g = factory.createGenerator(pretty ? PrettyContext.INSTANCE : ObjectWriteContext.empty(), out)) {
            ReportWriter.write(report, g);
        } catch (tools.jackson.core.JacksonException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(tools.jackson.core.JacksonException e) {
        return e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
    }

    // ---- decoding ----

    /**
     * Decodes a document.
     *
     * @param json the document
     * @return the report or the problems
     * @throws NullPointerException if {@code json} is null
     */
    public DecodeResult decode(String json) {
        Objects.requireNonNull(json, "json: the document to decode is null");
        if (json.length() > maxDocumentLength) {
            return tooLarge();
        }
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
            return new ReportReader(this, p).readDocument();
        }
    }

    /**
     * Decodes a document given as UTF-8 bytes (a UTF-8 byte-order mark is accepted; any other
     * encoding is rejected with {@link ProblemCode#ENCODING_NOT_UTF8}).
     *
     * @param json the document's bytes
     * @return the report or the problems
     * @throws NullPointerException if {@code json} is null
     */
    public DecodeResult decode(byte[] json) {
        Objects.requireNonNull(json, "json: the document to decode is null");
        return decode(json, 0, json.length);
    }

    DecodeResult decode(byte[] json, int offset, int length) {
        if (length > maxDocumentLength) {
            return tooLarge();
        }
        int start = InputEncoding.utf8Start(json, offset, length);
        if (start >= 0) {
            // Well-formed UTF-8 is parsed as bytes, without making text of it first: the fast path.
            // A document with any problem is read again as text, so that problems are reported as
            // for text: columns in characters, and the text parser's words for malformed JSON.
            DecodeResult fast = null;
            try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json, start, offset + length - start)) {
                fast = new ReportReader(this, p, false).readDocument();
            } catch (JacksonException refused) {
                // The byte parser guesses UTF-16 or UTF-32 from zero bytes at the start, and may
                // refuse what is UTF-8 (00 00 01 00: "Unsupported UCS-4 endianness", found by
                // fuzzing); the text path reads it and says what is wrong with it.
            }
            if (fast != null && fast.problems().isEmpty()) {
                return fast;
            }
        }
        InputEncoding.Text text = InputEncoding.decode(json, offset, length);
        if (text.problem() != null) {
            return new DecodeResult(null, List.of(text.problem()), false);
        }
        return decode(text.text());
    }

    /**
     * Decodes a document from a UTF-8 stream, reading at most the maximum document length. The
     * stream is not closed.
     *
     * @param in the stream
     * @return the report or the problems
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if {@code in} is null
     */
    public DecodeResult decode(InputStream in) {
        Objects.requireNonNull(in, "in: the stream to decode is null");
        try {
            // One byte past the limit tells a document at the limit from a longer one; a limit beyond
            // what one array holds (Long.MAX_VALUE: none) is that array's size.
            boolean unbounded = maxDocumentLength >= JsonLines.MAX_ARRAY;
            byte[] bytes = in.readNBytes(unbounded ? JsonLines.MAX_ARRAY : (int) maxDocumentLength + 1);
            if (unbounded && bytes.length == JsonLines.MAX_ARRAY && in.read() != -1) {
                return tooLarge(JsonLines.MAX_ARRAY);
            }
            return decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes a document from a reader. The reader is not closed.
     *
     * @param in the reader
     * @return the report or the problems
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if {@code in} is null
     */
    public DecodeResult decode(Reader in) {
        Objects.requireNonNull(in, "in: the reader to decode is null");
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
            return new ReportReader(this, p).readDocument();
        } catch (tools.jackson.core.exc.JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Decodes the report value at a parser's current token, inside a larger document (the
     * {@link ReportModule} path). Trailing content is the caller's business.
     */
    DecodeResult decodeValue(JsonParser p) {
        return new ReportReader(this, p).readValue();
    }

    private DecodeResult tooLarge() {
        return tooLarge(maxDocumentLength);
    }

    private static DecodeResult tooLarge(long limit) {
        return new DecodeResult(null, List.of(new JsonProblem(ProblemCode.DOCUMENT_TOO_LARGE, Severity.ERROR,
                ReportPath.root(), 0, 0, limit)), false);
    }

    // ---- JSON Lines ----

    /**
     * Decodes a JSON Lines stream: one report per line, read lazily, one line in memory at a time.
     * A bad line yields a {@link DecodedLine} with its problems (their line is the stream's line)
     * and the stream goes on with the next line, whichever line it is, the first included. Empty
     * and blank lines yield nothing but count towards the limit: after {@link #maxLines()} lines, a
     * further one yields a {@link DecodedLine} with {@link ProblemCode#TOO_MANY_LINES} and the stream
     * ends. A line longer than {@link #maxDocumentLength()} yields {@link ProblemCode#DOCUMENT_TOO_LARGE}
     * and is skipped to its end without being stored; one that has not ended after a further
     * {@link #maxSkippedLineLength()} bytes yields {@link ProblemCode#LINE_NOT_ENDED} and the stream
     * ends. So every stream ends, however long. Closing the returned stream closes {@code in}.
     *
     * @param in UTF-8 input
     * @return the decoded lines, in order
     * @throws NullPointerException if {@code in} is null
     */
    public Stream<DecodedLine> decodeLines(InputStream in) {
        Objects.requireNonNull(in, "in: the stream to decode is null");
        return JsonLines.decode(this, in);
    }

    /**
     * Starts writing a JSON Lines stream: each report compact on one line, UTF-8, {@code \n} after each.
     *
     * @param out the stream; closed when the writer is closed
     * @return the writer
     */
    public JsonLinesWriter linesWriter(OutputStream out) {
        return new JsonLinesWriter(this, out);
    }

    // ---- Jackson and the schema ----

    /** {@return a Jackson module that reads and writes reports with this codec's settings} */
    public ReportModule module() {
        return new ReportModule(this);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the form, as shipped at {@value #SCHEMA_RESOURCE}.
     *
     * @return the schema's text
     */
    public static String schema() {
        try (InputStream in = ReportJson.class.getResourceAsStream("/" + SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- settings ----

    /** {@return whether unknown properties are skipped with a warning rather than rejected} */
    public boolean isLenient() {
        return lenient;
    }

    /** {@return whether {@link #encode(AnnualReport)} indents} */
    public boolean isPrettyPrint() {
        return prettyPrint;
    }

    /** {@return the maximum number of problems collected from one document} */
    public int maxProblems() {
        return maxProblems;
    }

    /** {@return the maximum document length} */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /** {@return the maximum nesting depth} */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** {@return the maximum string length} */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** {@return the maximum number length} */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** {@return the maximum property-name length} */
    public int maxNameLength() {
        return maxNameLength;
    }

    /** {@return the maximum number of lines read from one JSON Lines stream, blank ones included} */
    public long maxLines() {
        return maxLines;
    }

    /** {@return how many bytes of a too-long JSON Lines line are skipped in search of its end} */
    public long maxSkippedLineLength() {
        return maxSkippedLineLength;
    }

    // Two-space indentation, "name": value, LF line ends whatever the platform: the same bytes everywhere.
    private static final class PrettyContext extends ObjectWriteContext.Base {
        static final PrettyContext INSTANCE = new PrettyContext();
        private static final DefaultPrettyPrinter TEMPLATE;

        static {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
            pp.indentArraysWith(indenter);
            pp.indentObjectsWith(indenter);
            TEMPLATE = pp;
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return TEMPLATE.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    /**
     * Configures a {@link ReportJson}. Every setting has a strict, documented default.
     */
    public static final class Builder {
        private boolean lenient;
        private boolean prettyPrint;
        private int maxProblems = DEFAULT_MAX_PROBLEMS;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
        private long maxLines = DEFAULT_MAX_LINES;
        private long maxSkippedLineLength = DEFAULT_MAX_SKIPPED_LINE_LENGTH;

        private Builder() {
        }

        /**
         * Sets lenient mode: unknown properties are skipped and reported as warnings. Every other
         * problem stays an error. Default: off.
         *
         * @param lenient whether to be lenient
         * @return this builder
         */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /**
         * Sets indented output (two spaces, LF). Default: off (compact). JSON Lines are always compact.
         *
         * @param prettyPrint whether to indent
         * @return this builder
         */
        public Builder prettyPrint(boolean prettyPrint) {
            this.prettyPrint = prettyPrint;
            return this;
        }

        /**
         * Sets how many problems of one document are collected before decoding stops. Default {@value ReportJson#DEFAULT_MAX_PROBLEMS}.
         *
         * @param maxProblems at least 1
         * @return this builder
         */
        public Builder maxProblems(int maxProblems) {
            this.maxProblems = positive(maxProblems, "maxProblems");
            return this;
        }

        /**
         * Sets the maximum document length ({@link ProblemCode#DOCUMENT_TOO_LARGE}). Default 4 MiB;
         * {@link Long#MAX_VALUE} for no limit but what one array holds (2 GiB) where input is held
         * whole: a stream given to {@link ReportJson#decode(InputStream)}, a JSON Lines line.
         *
         * @param maxDocumentLength bytes for byte input, characters for text input; at least 1
         * @return this builder
         */
        public Builder maxDocumentLength(long maxDocumentLength) {
            if (maxDocumentLength < 1) {
                throw new IllegalArgumentException("maxDocumentLength must be positive: " + maxDocumentLength);
            }
            this.maxDocumentLength = maxDocumentLength;
            return this;
        }

        /**
         * Sets the maximum nesting depth ({@link ProblemCode#NESTING_TOO_DEEP}). Default {@value ReportJson#DEFAULT_MAX_NESTING_DEPTH}.
         *
         * @param maxNestingDepth at least 1
         * @return this builder
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
            return this;
        }

        /**
         * Sets the maximum string length ({@link ProblemCode#STRING_TOO_LONG}). Default 1 MiB characters.
         *
         * @param maxStringLength at least 1
         * @return this builder
         */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = positive(maxStringLength, "maxStringLength");
            return this;
        }

        /**
         * Sets the maximum length of a number or of an amount's decimal string
         * ({@link ProblemCode#NUMBER_TOO_LONG}). Default {@value ReportJson#DEFAULT_MAX_NUMBER_LENGTH}.
         *
         * @param maxNumberLength at least 20, so that every {@code long} fits
         * @return this builder
         */
        public Builder maxNumberLength(int maxNumberLength) {
            if (maxNumberLength < 20) {
                throw new IllegalArgumentException("maxNumberLength must be at least 20: " + maxNumberLength);
            }
            this.maxNumberLength = maxNumberLength;
            return this;
        }

        /**
         * Sets the maximum property-name length ({@link ProblemCode#NAME_TOO_LONG}). Default {@value ReportJson#DEFAULT_MAX_NAME_LENGTH}.
         *
         * @param maxNameLength at least 1
         * @return this builder
         */
        public Builder maxNameLength(int maxNameLength) {
            this.maxNameLength = positive(maxNameLength, "maxNameLength");
            return this;
        }

        /**
         * Sets how many lines, blank ones included, {@link ReportJson#decodeLines(InputStream)} reads
         * from one stream ({@link ProblemCode#TOO_MANY_LINES}). Default one million;
         * {@link Long#MAX_VALUE} for no limit.
         *
         * @param maxLines at least 1
         * @return this builder
         */
        public Builder maxLines(long maxLines) {
            if (maxLines < 1) {
                throw new IllegalArgumentException("maxLines must be positive: " + maxLines);
            }
            this.maxLines = maxLines;
            return this;
        }

        /**
         * Sets how many bytes of a JSON Lines line longer than the document length are skipped in
         * search of its end before the stream ends with {@link ProblemCode#LINE_NOT_ENDED}. Default
         * 64 MiB; {@link Long#MAX_VALUE} for no limit (then a line without end is read for ever).
         *
         * @param maxSkippedLineLength at least 1
         * @return this builder
         */
        public Builder maxSkippedLineLength(long maxSkippedLineLength) {
            if (maxSkippedLineLength < 1) {
                throw new IllegalArgumentException("maxSkippedLineLength must be positive: " + maxSkippedLineLength);
            }
            this.maxSkippedLineLength = maxSkippedLineLength;
            return this;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }

        /** {@return the codec} */
        public ReportJson build() {
            return new ReportJson(this);
        }
    }
}

package io.github.nianbao.serialization;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ReportPath;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines: splits the bytes at {@code \n} (dropping a {@code \r} before it), keeping at most
 * one line, of at most the maximum document length, in memory. A longer line is skipped to its end
 * without being stored and reported as {@link ProblemCode#DOCUMENT_TOO_LARGE}; if no end comes
 * within {@link ReportJson#maxSkippedLineLength()} further bytes, {@link ProblemCode#LINE_NOT_ENDED}
 * ends the stream. After the maximum number of lines (blank ones count), the next one is reported as
 * {@link ProblemCode#TOO_MANY_LINES} and reading stops. So an endless stream, however it is made
 * (reports, blank lines, one line without end), cannot keep its reader busy forever.
 */
final class JsonLines implements Iterator<DecodedLine> {

    private final ReportJson json;
    private final InputStream in;
    private final long max;
    // What one line may hold in memory: the limit, or what an array can hold when the limit is larger.
    private final int storable;
    private final long maxSkip;
    private byte[] buffer = new byte[8 * 1024];
    private long lineNumber;
    private DecodedLine next;
    private boolean eof;

    private JsonLines(ReportJson json, InputStream in) {
        this.json = json;
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
        this.max = json.maxDocumentLength();
        this.storable = (int) Math.min(max, MAX_ARRAY);
        this.maxSkip = json.maxSkippedLineLength();
    }

    /** The largest array the JVM reliably allocates. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    static Stream<DecodedLine> decode(ReportJson json, InputStream in) {
        JsonLines lines = new JsonLines(json, in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public boolean hasNext() {
        if (next == null && !eof) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public DecodedLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DecodedLine line = next;
        next = null;
        return line;
    }

    private DecodedLine readLine() {
        try {
            while (!eof) {
                DecodedLine line = readOneLine();
                if (line != null) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The next line's result, or null for a blank line or the end of the stream (then eof is set).
    private DecodedLine readOneLine() throws IOException {
        int c = in.read();
        if (c == -1) {
            eof = true;
            return null;
        }
        // Every line counts, blank ones too (a stream of nothing but line ends is a stream like any
        // other), and a line over the limit is not read at all.
        lineNumber++;
        if (lineNumber > json.maxLines()) {
            eof = true;
            return problem(lineNumber, ProblemCode.TOO_MANY_LINES, json.maxLines());
        }
        int length = 0;
        long skipped = 0;
        for (; c != -1 && c != '\n'; c = in.read()) {
            if (skipped > 0 || length >= storable) {
                // Skipped, not stored; but not for ever: a line with no end in sight ends the stream.
                if (++skipped > maxSkip) {
                    eof = true;
                    return problem(lineNumber, ProblemCode.LINE_NOT_ENDED, saturatedSum(storable, maxSkip));
                }
                continue;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(storable, 2L * buffer.length));
            }
            buffer[length++] = (byte) c;
        }
        if (c == -1) {
            eof = true;
        }
        if (skipped > 0) {
            return problem(lineNumber, ProblemCode.DOCUMENT_TOO_LARGE, (long) storable);
        }
        if (isBlank(length)) {
            return null;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        DecodeResult result = json.decode(buffer, 0, length);
        return new DecodedLine(lineNumber, shift(result, lineNumber - 1));
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static DecodedLine problem(long line, ProblemCode code, Object argument) {
        return new DecodedLine(line, new DecodeResult(null, List.of(new JsonProblem(code, Severity.ERROR,
                ReportPath.root(), line, 0, argument)), false));
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static DecodeResult shift(DecodeResult result, long lines) {
        if (result.problems().isEmpty() || lines == 0) {
            return result;
        }
        List<JsonProblem> shifted = new ArrayList<>(result.problems().size());
        for (JsonProblem p : result.problems()) {
            shifted.add(p.shiftLines(lines));
        }
        return new DecodeResult(result.report().orElse(null), shifted, result.isTruncated());
    }
}

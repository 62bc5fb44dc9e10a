package io.github.nianbao.serialization;

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
 * without being stored and reported as {@link ProblemCode#DOCUMENT_TOO_LARGE}. After the maximum
 * number of report lines, the next one is reported as {@link ProblemCode#TOO_MANY_LINES} and reading stops,
 * so that an endless stream cannot keep its reader busy forever.
 */
final class JsonLines implements Iterator<DecodedLine> {

    private final ReportJson json;
    private final InputStream in;
    private final long max;
    private byte[] buffer = new byte[8 * 1024];
    private long lineNumber;
    private long reportLines;
    private DecodedLine next;
    private boolean eof;

    private JsonLines(ReportJson json, InputStream in) {
        this.json = json;
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
        this.max = json.maxDocumentLength();
    }

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
                int length = 0;
                boolean tooLong = false;
                int c;
                while ((c = in.read()) != -1 && c != '\n') {
                    if (tooLong) {
                        continue;
                    }
                    if (length >= max) {
                        tooLong = true;
                        continue;
                    }
                    if (length == buffer.length) {
                        buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.min(max, 2L * buffer.length)));
                    }
                    buffer[length++] = (byte) c;
                }
                if (c == -1) {
                    eof = true;
                    if (length == 0 && !tooLong) {
                        return null;
                    }
                }
                lineNumber++;
                if (!tooLong && isBlank(length)) {
                    continue;
                }
                if (++reportLines > json.maxLines()) {
                    eof = true;
                    return new DecodedLine(lineNumber, new DecodeResult(null, List.of(new JsonProblem(
                            ProblemCode.TOO_MANY_LINES, JsonProblem.Severity.ERROR, ReportPath.root(), lineNumber, 0,
                            json.maxLines())), false));
                }
                if (tooLong) {
                    return new DecodedLine(lineNumber, new DecodeResult(null, List.of(new JsonProblem(
                            ProblemCode.DOCUMENT_TOO_LARGE, JsonProblem.Severity.ERROR, ReportPath.root(), lineNumber, 0,
                            max)), false));
                }
                if (length > 0 && buffer[length - 1] == '\r') {
                    length--;
                }
                DecodeResult result = json.decode(buffer, 0, length);
                return new DecodedLine(lineNumber, shift(result, lineNumber - 1));
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

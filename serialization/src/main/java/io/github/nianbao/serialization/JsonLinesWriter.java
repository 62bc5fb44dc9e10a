package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes reports as JSON Lines: each report in its compact canonical form on one line, UTF-8,
 * followed by {@code \n}. Obtain one from {@link ReportJson#linesWriter(OutputStream)}. Not
 * thread-safe; close it to flush and close the stream.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private final ReportJson json;
    private final Writer out;

    JsonLinesWriter(ReportJson json, OutputStream out) {
        this.json = json;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    /**
     * Writes one report as one line.
     *
     * @param report the report
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public JsonLinesWriter write(AnnualReport report) {
        json.write(report, out, false);
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Flushes the lines written so far to the stream.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes and closes the stream.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.nianbao.benchmarks;

import io.github.nianbao.documents.DocumentImporter;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.renderer.ReportRenderer;
import io.github.nianbao.samples.SampleReports.Published;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The importer on each of the four published reports' text, and the document importer on the
 * three published PDFs those texts were extracted from, and on Word files rendered from the
 * published reports by {@link ReportRenderer} (the official template filled in), in reports per second (one operation reads
 * one whole report). There is no baseline: what a user would otherwise do is copy the numbers by
 * hand (or run {@code pdftotext -layout} first, a separate process).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImporterBenchmark {

    /** Creates the benchmark. */
    public ImporterBenchmark() {
    }

    /** The text of one published report. */
    @State(Scope.Benchmark)
    public static class Text {
        /** The published report whose text is read. */
        @Param({"LINGXIU_ZHEN_2020", "HONGZE_QU_2023", "HONGZE_QU_2024", "HUAIAN_SHI_2024"})
        public Published source;

        final ReportImporter importer = ReportImporter.create();
        String text;

        /** Creates the state; JMH calls {@link #setUp()}. */
        public Text() {
        }

        /** Reads the source text and checks that the importer reads a report from it. */
        @Setup
        public void setUp() {
            text = source.sourceText();
            ImportResult result = importer.read(text);
            if (result.report().isEmpty()) {
                throw new IllegalStateException("the importer reads no report from " + source.fileName() + ": "
                        + result.diagnostics());
            }
        }
    }

    /** The bytes of one published PDF. */
    @State(Scope.Benchmark)
    public static class Pdf {
        /** The published PDF that is read. */
        @Param({"2023-hongze-qu.pdf", "2024-hongze-qu.pdf", "2024-huaian-shi.pdf"})
        public String pdf;

        final DocumentImporter importer = DocumentImporter.create();
        byte[] bytes;

        /** Creates the state; JMH calls {@link #setUp()}. */
        public Pdf() {
        }

        /** Loads the file and checks that a complete report is read from it. */
        @Setup
        public void setUp() {
            try (InputStream in = ImporterBenchmark.class.getResourceAsStream(pdf)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ImportResult result = importer.read(bytes);
            if (result.report().isEmpty() || !result.isComplete()) {
                throw new IllegalStateException("no complete report from " + pdf + ": " + result.diagnostics());
            }
        }
    }

    /** A Word file rendered from one published report. */
    @State(Scope.Benchmark)
    public static class Docx {
        /** The published report rendered. */
        @Param({"LINGXIU_ZHEN_2020", "HONGZE_QU_2023", "HUAIAN_SHI_2024"})
        public Published source;

        final DocumentImporter importer = DocumentImporter.create();
        byte[] bytes;

        /** Creates the state; JMH calls {@link #setUp()}. */
        public Docx() {
        }

        /** Renders the report and checks that it reads back complete, with the same cells. */
        @Setup
        public void setUp() {
            io.github.nianbao.core.AnnualReport report = source.report();
            bytes = ReportRenderer.create().docx(report);
            ImportResult result = importer.read(bytes);
            if (!result.isComplete() || !result.report().orElseThrow().reviewLitigation().equals(report.reviewLitigation())
                    || !result.report().orElseThrow().applications().equals(report.applications())) {
                throw new IllegalStateException("the rendered " + source + " does not read back: " + result.diagnostics());
            }
        }
    }

    /**
     * Reads one report from its published text.
     *
     * @param text the text
     * @return the report with its diagnostics
     */
    @Benchmark
    public ImportResult nianbaoImport(Text text) {
        return text.importer.read(text.text);
    }

    /**
     * Reads one report from its published PDF: PDFBox parsing, glyphs and rulings, the table reading.
     *
     * @param pdf the file
     * @return the report with its diagnostics
     */
    @Benchmark
    public ImportResult nianbaoImportPdf(Pdf pdf) {
        return pdf.importer.read(pdf.bytes);
    }

    /**
     * Reads one report from a Word file: POI parsing, the table cells with their merges, the table
     * reading.
     *
     * @param docx the file
     * @return the report with its diagnostics
     */
    @Benchmark
    public ImportResult nianbaoImportDocx(Docx docx) {
        return docx.importer.read(docx.bytes);
    }
}

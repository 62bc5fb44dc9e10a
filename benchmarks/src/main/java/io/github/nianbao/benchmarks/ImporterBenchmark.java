package io.github.nianbao.benchmarks;

import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.samples.SampleReports.Published;
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
 * The importer on the text of each of the four published reports, in reports per second (one
 * operation reads one whole report). There is no baseline: what a user would otherwise do is
 * copy the numbers by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImporterBenchmark {

    /** The published report whose text is read. */
    @Param({"LINGXIU_ZHEN_2020", "HONGZE_QU_2023", "HONGZE_QU_2024", "HUAIAN_SHI_2024"})
    public Published source;

    private final ReportImporter importer = ReportImporter.create();
    private String text;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public ImporterBenchmark() {
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

    /**
     * Reads one report from its published text.
     *
     * @return the report with its diagnostics
     */
    @Benchmark
    public ImportResult nianbaoImport() {
        return importer.read(text);
    }
}

package io.github.nianbao.benchmarks;

import io.github.nianbao.benchmarks.pojo.PojoJson;
import io.github.nianbao.benchmarks.pojo.PojoReport;
import io.github.nianbao.benchmarks.report.ComparedWith;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.ReportJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * JSON decode and encode of one full report in the canonical form, nianbao next to plain Jackson
 * databind of the same bytes into and out of a mutable POJO mirror with no checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    /** The edition of the report. */
    @Param({"V2019", "V2021"})
    public Edition edition;

    private final PojoJson pojoJson = new PojoJson();
    private final ReportJson codec = ReportJson.create();
    private AnnualReport report;
    private byte[] json;
    private Class<? extends PojoReport<?>> type;
    private PojoReport<?> pojo;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public JsonBenchmark() {
    }

    /**
     * Writes the report's JSON with the codec and checks that the mirror writes back exactly the same
     * bytes (so both sides handle the codec's own form) and that the codec decodes it to the report.
     */
    @Setup
    public void setUp() {
        report = Fixtures.valid(edition);
        json = codec.encodeToBytes(report);
        if (!Arrays.equals(json, pojoJson.canonicalJson(report))) {
            throw new IllegalStateException("the codec and PojoJson.canonicalJson disagree on the form of " + edition);
        }
        DecodeResult decoded = codec.decode(json);
        if (!decoded.isSuccess() || !decoded.orElseThrow().equals(report)) {
            throw new IllegalStateException("the codec does not decode its own JSON of " + edition + " back: "
                    + decoded.problems());
        }
        type = PojoJson.type(edition);
        pojo = pojoJson.decode(json, type);
        byte[] again = pojoJson.encode(pojo);
        if (!Arrays.equals(json, again)) {
            throw new IllegalStateException("the POJO mirror does not write back the canonical JSON of " + edition
                    + ":\n" + new String(json, StandardCharsets.UTF_8)
                    + "\n" + new String(again, StandardCharsets.UTF_8));
        }
    }

    /**
     * Plain databind, JSON to POJO.
     *
     * @return the mirror
     */
    @Benchmark
    public PojoReport<?> baselinePojoDecode() {
        return pojoJson.decode(json, type);
    }

    /**
     * Plain databind, POJO to JSON.
     *
     * @return UTF-8 JSON
     */
    @Benchmark
    public byte[] baselinePojoEncode() {
        return pojoJson.encode(pojo);
    }

    /**
     * The codec, JSON to report, every strict check on.
     *
     * @return the report or the problems
     */
    @Benchmark
    @ComparedWith(value = "baselinePojoDecode", atMost = 1.3)
    public DecodeResult nianbaoDecode() {
        return codec.decode(json);
    }

    /**
     * The codec, report to canonical JSON.
     *
     * @return UTF-8 JSON
     */
    @Benchmark
    @ComparedWith(value = "baselinePojoEncode", atMost = 1.3)
    public byte[] nianbaoEncode() {
        return codec.encodeToBytes(report);
    }
}

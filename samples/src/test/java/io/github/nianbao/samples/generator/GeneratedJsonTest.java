package io.github.nianbao.samples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.samples.Golden;
import io.github.nianbao.serialization.ReportJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Generated reports and the JSON codec: every one round-trips, and one seed's output is pinned. */
class GeneratedJsonTest {

    private static final ReportJson JSON = ReportJson.create();
    private static final ReportJson PRETTY = ReportJson.builder().prettyPrint(true).build();

    @Test
    void everyGeneratedReportSurvivesTheCodec() {
        for (Edition edition : Edition.values()) {
            RandomGenerator random = ReportGenerator.random(5000 + edition.ordinal());
            List<Mutation> mutations = Mutation.applicableTo(edition);
            for (int i = 0; i < 1000; i++) {
                roundTrip(ReportGenerator.standard().valid(random, edition));
                InvalidReport c = ReportGenerator.standard().invalid(random, edition, mutations.get(i % mutations.size()));
                roundTrip(c.report());
                c.previousYear().ifPresent(GeneratedJsonTest::roundTrip);
                if (i % 10 == 0) {
                    ReportPair pair = ReportGenerator.standard().pair(random, edition);
                    roundTrip(pair.previous());
                    roundTrip(pair.current());
                }
            }
        }
    }

    private static byte[] pinned(String name) {
        try (var in = GeneratedJsonTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + "; regenerate with -D" + Golden.REGENERATE + "=true");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void roundTrip(AnnualReport report) {
        String json = JSON.encode(report);
        AnnualReport back = JSON.decode(json).orElseThrow();
        assertEquals(report, back, json);
        assertEquals(json, JSON.encode(back));
    }

    @Test
    void seed42IsPinned() {
        // The same seed gives the same report on every run and every JDK: its canonical JSON is checked in.
        for (Edition edition : Edition.values()) {
            AnnualReport report = ReportGenerator.standard().valid(ReportGenerator.random(42), edition);
            String name = "seed-42-" + edition.name().toLowerCase(Locale.ROOT) + ".json";
            Golden.check(Path.of("src/test/resources/io/github/nianbao/samples/generator", name), () -> pinned(name),
                    PRETTY.encodeToBytes(report));
            if (!Golden.regenerating()) {
                assertEquals(report, PRETTY.decode(pinned(name)).orElseThrow(), "the pinned file decodes to the seed's report");
            }
        }
    }
}

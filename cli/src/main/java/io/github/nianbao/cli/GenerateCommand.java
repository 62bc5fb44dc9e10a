package io.github.nianbao.cli;

import io.github.nianbao.core.Edition;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.serialization.JsonLinesWriter;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.samples.generator.InvalidReport;
import io.github.nianbao.samples.generator.Mutation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code nianbao generate}: writes generated reports as JSON Lines, for test data and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = {"Writes generated, realistic reports to standard output as JSON Lines (one report per line).",
            "With --invalid every report carries one mutation (cross-year mutations excluded: a line holds one report),",
            "and --expected FILE receives, line for line, the findings each report must produce."})
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    Nianbao parent;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many reports.")
    long count;

    @Option(names = "--edition", paramLabel = "V2019|V2021", description = "Edition of every report (default: either, at random).")
    Edition edition;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same reports (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--invalid", description = "Generate broken reports, one mutation each.")
    boolean invalid;

    @Option(names = "--expected", paramLabel = "FILE", description = "With --invalid: where to write the expected findings, as JSON Lines.")
    Path expected;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the reports to FILE (written whole, then moved into place) instead of standard output.")
    Path output;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            parent.err().println(lang.text("option.notNegative", "--count", count));
            return Nianbao.EXIT_USAGE;
        }
        if (expected != null && !invalid) {
            parent.err().println(lang.text("generate.expectedNeedsInvalid"));
            return Nianbao.EXIT_USAGE;
        }
        RandomGenerator random = ReportGenerator.random(seed);
        ReportGenerator generator = ReportGenerator.standard();
        OutputTarget target;
        try {
            target = parent.output(output, expected == null ? List.of() : List.of(expected));
        } catch (OutputTarget.NamesAnInput e) {
            parent.err().println(lang.text("output.isInput", output));
            return Nianbao.EXIT_USAGE;
        }
        // A closed pipe (generate … | head) fails the next write: the loop ends there, with status 2.
        try (target;
                JsonLinesWriter lines = ReportJson.create().linesWriter(target.stream());
                Writer findings = expected == null ? Writer.nullWriter() : Files.newBufferedWriter(expected, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                Edition e = edition != null ? edition : random.nextBoolean() ? Edition.V2019 : Edition.V2021;
                if (invalid) {
                    List<Mutation> single = Mutation.applicableTo(e).stream().filter(m -> !m.isCrossYear()).toList();
                    InvalidReport broken = generator.invalid(random, e, single.get(random.nextInt(single.size())));
                    lines.write(broken.report());
                    findings.write(ExpectedFindingsLine.of(i + 1, broken));
                    findings.write('\n');
                } else {
                    lines.write(generator.valid(random, e));
                }
            }
            lines.flush();
            target.commit();
        }
        return Nianbao.EXIT_OK;
    }
}

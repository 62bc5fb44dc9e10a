package io.github.nianbao.cli;

import io.github.nianbao.core.Edition;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.serialization.JsonLinesWriter;
import io.github.nianbao.serialization.ReportJson;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code nianbao generate}: writes generated reports as JSON Lines, for test data and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = "Writes generated, realistic reports to standard output as JSON Lines (one report per line).")
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    Nianbao parent;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many reports.")
    long count;

    @Option(names = "--edition", paramLabel = "V2019|V2021", description = "Edition of every report (default: either, at random).")
    Edition edition;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same reports (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    public Integer call() {
        if (count < 0) {
            parent.err().println("nianbao generate: --count must be 0 or more");
            return Nianbao.EXIT_USAGE;
        }
        RandomGenerator random = ReportGenerator.random(seed);
        ReportGenerator generator = ReportGenerator.standard();
        parent.out().flush();
        OutputStream stdout = parent.rawOut();
        try (JsonLinesWriter lines = ReportJson.create().linesWriter(stdout)) {
            for (long i = 0; i < count; i++) {
                lines.write(edition == null ? generator.valid(random) : generator.valid(random, edition));
            }
        }
        return Nianbao.EXIT_OK;
    }
}

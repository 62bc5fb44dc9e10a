package io.github.nianbao.cli;

import io.github.nianbao.validation.StandardRule;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code nianbao explain RULE}: what a rule checks, its severity and where it comes from. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = "Explains a rule: what it checks, its default severity and its source in the format.")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    Nianbao parent;

    @Parameters(descriptionKey = "rule", paramLabel = "RULE", description = "A rule id such as T3-LEDGER (see nianbao rules).")
    String rule;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the explanation to FILE instead of standard output.")
    java.nio.file.Path output;

    @Override
    public Integer call() throws java.io.IOException {
        Optional<StandardRule> found = StandardRule.ofId(rule.trim().toUpperCase(Locale.ROOT).replace('_', '-'));
        if (found.isEmpty()) {
            parent.err().println(lang.text("explain.unknown", rule));
            return Nianbao.EXIT_USAGE;
        }
        StandardRule r = found.get();
        String text = r.id() + "\n" + r.description(lang.locale()) + "\n"
                + lang.text("explain.severity", new TextRenderer(lang, null).severity(r.defaultSeverity())) + "\n"
                + lang.text("explain.source", r.source(lang.locale())) + "\n";
        try (OutputTarget target = parent.output(output, java.util.List.of())) {
            target.stream().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            target.commit();
        } catch (OutputTarget.NamesAnInput e) {
            throw new IllegalStateException(e); // explain reads no input
        }
        return Nianbao.EXIT_OK;
    }
}

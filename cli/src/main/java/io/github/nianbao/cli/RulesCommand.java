package io.github.nianbao.cli;

import io.github.nianbao.core.Edition;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.RuleDescription;
import io.github.nianbao.validation.pack.RulePackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nianbao rules}: lists each rule once, every one the validator can report (those it
 * applies and those the validator reports itself, PREVIOUS-MISMATCH and SUM-OVERFLOW), with its
 * default severity, what it checks and how many relation instances it has in each edition.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = {"Lists every rule the validator can report, once each: id, severity (the default; with --rules, the pack's,",
            "or disabled), relation instances per edition (a sum rule is checked once per column or block; \"-\" for rules",
            "that are not sums), and what it checks."})
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    Nianbao parent;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the list to FILE instead of standard output.")
    Path output;

    @Option(names = "--rules", paramLabel = "FILE", description = "A rule pack (docs/RULE-PACKS.md): list the rules as it sets them, "
            + "with the severity it gives each, the rules it disables and its own relations.")
    Path rules;

    /** One line of the list. */
    record Entry(String id, String severity, Map<Edition, Integer> instances, String description) {
    }

    @Override
    public Integer call() throws IOException {
        ReportValidator validator = parent.validator();
        if (rules != null) {
            try {
                validator = ReportValidator.builder().rulePack(rules).build();
            } catch (RulePackException e) {
                parent.err().println(e.message(lang.locale()));
                return Nianbao.EXIT_USAGE;
            } catch (UncheckedIOException e) {
                parent.err().println(e.getMessage());
                return Nianbao.EXIT_USAGE;
            }
        }
        StringBuilder out = new StringBuilder(lang.text("rules.title")).append('\n');
        List<String> header = new ArrayList<>(List.of(lang.text("header.rule"), lang.text("header.severity")));
        for (Edition e : Edition.values()) {
            header.add(lang.text("header.instances", e.name()));
        }
        header.add(lang.text("header.message"));
        TextTable table = new TextTable(header);
        for (Entry entry : entries(validator)) {
            List<String> row = new ArrayList<>(List.of(entry.id(), entry.severity()));
            for (Edition e : Edition.values()) {
                Integer n = entry.instances().get(e);
                row.add(n == null ? "-" : Integer.toString(n));
            }
            row.add(entry.description());
            table.row(row);
        }
        table.appendTo(out, "  ");
        try (OutputTarget target = parent.output(output, List.of())) {
            target.stream().write(out.toString().getBytes(StandardCharsets.UTF_8));
            target.commit();
        } catch (OutputTarget.NamesAnInput e) {
            throw new IllegalStateException(e); // rules reads no input
        }
        return Nianbao.EXIT_OK;
    }

    /**
     * Every rule once, as a validator describes it: standard rules first in their order, then any
     * other it runs. The severity is the one the validator gives (a pack's, or the default), or
     * the word for disabled.
     */
    List<Entry> entries(ReportValidator validator) {
        TextRenderer words = new TextRenderer(lang, null);
        List<Entry> entries = new ArrayList<>();
        for (RuleDescription d : validator.ruleDescriptions()) {
            String severity = d.disabled() ? lang.text("rules.disabled") : d.severity().map(words::severity).orElse("");
            entries.add(new Entry(d.id(), severity, d.relationInstances(), d.description(lang.locale()).orElse("")));
        }
        return entries;
    }
}

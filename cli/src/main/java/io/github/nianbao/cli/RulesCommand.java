package io.github.nianbao.cli;

import io.github.nianbao.core.Edition;
import io.github.nianbao.validation.RuleDescription;
import java.io.IOException;
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
        description = {"Lists every rule the validator can report, once each: id, default severity, relation instances",
            "per edition (a sum rule is checked once per column or block; \"-\" for rules that are not sums), and what it checks."})
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    Nianbao parent;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the list to FILE instead of standard output.")
    Path output;

    /** One line of the list. */
    record Entry(String id, String severity, Map<Edition, Integer> instances, String description) {
    }

    @Override
    public Integer call() throws IOException {
        StringBuilder out = new StringBuilder(lang.text("rules.title")).append('\n');
        List<String> header = new ArrayList<>(List.of(lang.text("header.rule"), lang.text("header.severity")));
        for (Edition e : Edition.values()) {
            header.add(lang.text("header.instances", e.name()));
        }
        header.add(lang.text("header.message"));
        TextTable table = new TextTable(header);
        for (Entry entry : entries()) {
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

    /** Every rule once, as the validator describes it: standard rules first in their order, then any other it runs. */
    List<Entry> entries() {
        TextRenderer words = new TextRenderer(lang, null);
        List<Entry> entries = new ArrayList<>();
        for (RuleDescription d : parent.validator().ruleDescriptions()) {
            entries.add(new Entry(d.id(), d.defaultSeverity().map(words::severity).orElse(""), d.relationInstances(),
                    d.description(lang.locale()).orElse("")));
        }
        return entries;
    }
}

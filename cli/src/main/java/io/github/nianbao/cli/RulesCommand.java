package io.github.nianbao.cli;

import io.github.nianbao.validation.Rule;
import io.github.nianbao.validation.StandardRule;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code nianbao rules}: lists every rule with its default severity and what it checks. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = "Lists every rule the validator applies, with its default severity and what it checks.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    Nianbao parent;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Override
    public Integer call() {
        StringBuilder out = new StringBuilder(lang.text("rules.title")).append('\n');
        TextRenderer words = new TextRenderer(lang, null);
        TextTable table = new TextTable(List.of(lang.text("header.rule"), lang.text("header.severity"), lang.text("header.message")));
        for (Rule rule : parent.validator().rules()) {
            StandardRule.ofId(rule.id()).ifPresent(s -> table.row(List.of(s.id(), words.severity(s.defaultSeverity()),
                    s.description(lang.locale()))));
        }
        table.appendTo(out, "  ");
        parent.out().print(out);
        return Nianbao.EXIT_OK;
    }
}

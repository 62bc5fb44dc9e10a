package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.samples.generator.InvalidReport;
import io.github.nianbao.samples.generator.Mutation;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.ReportValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.ResourceBundle;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The verdict blocks are written as bytes, with fixed texts measured and encoded once. They must
 * be exactly what formatting each message and laying the findings out with {@link TextTable}
 * gives: that plain way is written out below, as the reference.
 */
class TextRendererTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @Test
    void blocksAreWhatTextTableGives() {
        RandomGenerator random = ReportGenerator.random(11);
        ReportGenerator generator = ReportGenerator.standard();
        List<Function<Severity, Outcome>> outcomes = new ArrayList<>();
        for (Edition e : Edition.values()) {
            for (Mutation m : Mutation.applicableTo(e)) {
                if (!m.isCrossYear()) {
                    InvalidReport broken = generator.invalid(random, e, m);
                    outcomes.add(validated("mutation " + m, broken.report(), List.of()));
                }
            }
            AnnualReport valid = generator.valid(random, e);
            outcomes.add(validated("valid.jsonl:1", valid, List.of()));
            // Names that a pattern must not reinterpret, trailing whitespace, characters outside the BMP.
            AnnualReport odd = valid.withMetadata(ReportMetadata.builder().from(valid.metadata())
                    .agency("{0} '引号' \"机关\"\u3000 𠀀😀 a\ud800").build());
            outcomes.add(validated("odd {1} '.jsonl:2", odd, List.of("注意 {0}", "  ")));
        }
        outcomes.add(failOn -> Outcome.unreadable("bad.jsonl:3", List.of(note("坏 {0}"), note(""))));
        int findings = 0;
        for (Language lang : Language.values()) {
            for (Severity failOn : Severity.values()) {
                TextRenderer renderer = new TextRenderer(lang, failOn);
                for (Function<Severity, Outcome> outcome : outcomes) {
                    Outcome o = outcome.apply(failOn);
                    Utf8Builder out = new Utf8Builder(16);
                    renderer.render(o, out);
                    assertEquals(reference(lang, failOn, o), new String(out.toByteArray(), StandardCharsets.UTF_8), o.source());
                    findings += o.findings().size();
                }
            }
        }
        // BLANK-CELL gives one finding per table (it gave one per blank cell): fewer findings, each longer.
        assertTrue(findings > 300, "only " + findings + " findings rendered");
    }

    @Test
    void findingsAreGroupedByTableKeepingTheRulesOrderWithin() {
        RandomGenerator random = ReportGenerator.random(12);
        ReportGenerator generator = ReportGenerator.standard();
        for (Edition e : Edition.values()) {
            for (Mutation m : Mutation.applicableTo(e)) {
                InvalidReport broken = generator.invalid(random, e, m);
                List<Finding> findings = broken.validate(VALIDATOR).findings();
                List<Finding> grouped = TextRenderer.inTableOrder(findings);
                assertEquals(findings.size(), grouped.size());
                assertTrue(grouped.containsAll(findings));
                for (int i = 1; i < grouped.size(); i++) {
                    int a = table(grouped.get(i - 1));
                    int b = table(grouped.get(i));
                    assertTrue(a <= b, () -> "out of table order: " + grouped);
                    if (a == b) { // within a table, the rules' order
                        assertTrue(findings.indexOf(grouped.get(i - 1)) < findings.indexOf(grouped.get(i)), grouped::toString);
                    }
                }
            }
        }
    }

    private static int table(Finding f) {
        return f.primaryCell().flatMap(FindingCell::section).map(Section::ordinal).orElse(-1);
    }

    @Test
    void templatesGiveWhatMessageFormatGives() {
        String[] arguments = {"机关 {1}", "2024", "'V2021'", "", "通过", "x", "y", "z", "w", "v"};
        for (Language lang : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle("io.github.nianbao.cli.messages", lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                for (int n = 1; n <= arguments.length; n++) {
                    String[] some = java.util.Arrays.copyOf(arguments, n);
                    String expected;
                    try {
                        expected = lang.text(key, (Object[]) some);
                    } catch (IllegalArgumentException e) {
                        continue; // a number pattern: never given text
                    }
                    Utf8Builder out = new Utf8Builder(4);
                    lang.template(key).appendTo(out, some);
                    assertEquals(expected, new String(out.toByteArray(), StandardCharsets.UTF_8), key + " with " + n);
                }
            }
        }
    }

    private static Function<Severity, Outcome> validated(String source, AnnualReport report, List<String> notes) {
        return failOn -> new Judge(failOn, Set.of(), null).judge(source, report, VALIDATOR.validate(report),
                notes.stream().map(TextRendererTest::note).toList());
    }

    private static Problem note(String text) {
        return new Problem("NOTE", Severity.INFO, null, 0, 0, null, text, null);
    }

    // The plain rendering: each text formatted, the findings laid out by TextTable.
    private static String reference(Language lang, Severity failOn, Outcome o) {
        StringBuilder out = new StringBuilder();
        if (!o.isReadable()) {
            out.append(lang.text("report.unreadable", o.source())).append('\n');
            o.problems().forEach(p -> out.append("  ").append(lang.text("input.problem", p.describe())).append('\n'));
            return out.append('\n').toString();
        }
        boolean fails = o.findings().stream().anyMatch(f -> f.severity().isAtLeast(failOn) && !f.ruleId().equals("NOT-ASSESSED"));
        String verdict = fails ? lang.text("verdict.fail") : o.notAssessed() > 0
                ? lang.text("verdict.passNotAssessed", o.notAssessed()) : lang.text("verdict.pass");
        // These outcomes are read whole and their notes are INFO: the findings alone decide.
        String decision = o.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR) ? "decision.RETURN"
                : o.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING) ? "decision.ACCEPT_WITH_WARNINGS"
                : "decision.ACCEPT";
        out.append(lang.text("report.title", o.report().agency(), Integer.toString(o.report().reportYear()),
                o.report().edition().name(), o.report().isHybrid() ? lang.text("report.hybrid") : "", verdict,
                lang.text(decision))).append('\n');
        out.append("  ").append(lang.text("report.source", o.source())).append('\n');
        if (o.notAssessed() > 0 && fails) {
            out.append("  ").append(lang.text("report.notRead", lang.text("report.notRead.relations", o.notAssessed()))).append('\n');
        }
        o.problems().forEach(p -> out.append("  ").append(lang.text("input.problem", p.describe())).append('\n'));
        if (o.findings().isEmpty()) {
            out.append("  ").append(lang.text("report.noFindings")).append('\n');
        } else {
            TextTable table = new TextTable(List.of(lang.text("header.rule"), lang.text("header.severity"),
                    lang.text("header.location"), lang.text("header.expected"), lang.text("header.actual"),
                    lang.text("header.message")), 0, 0, 60, 14, 14);
            for (Finding f : TextRenderer.inTableOrder(o.findings())) {
                table.row(List.of(f.ruleId(), lang.text("severity." + f.severity().name()),
                        f.primaryCell().map(c -> location(lang, c)).orElse(""),
                        f.expected().orElse(""), f.actual().orElse(""), f.message(lang.locale())));
            }
            table.appendTo(out, "  ");
        }
        // The bytes path encodes a lone surrogate as '?', as String.getBytes does.
        return new String(out.append('\n').toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String location(Language lang, FindingCell cell) {
        if (cell.key().isEmpty()) {
            return cell.label(lang.locale());
        }
        CellKey k = cell.key().get();
        Section table = k.table();
        String number = lang.isEnglish()
                ? table.englishLabel().substring(0, table.englishLabel().indexOf('.'))
                : table.numbering().substring(0, table.numbering().length() - 1);
        StringBuilder sb = new StringBuilder(lang.text("table.short", number));
        k.block().ifPresent(b -> sb.append(" › ").append(b.label(lang.locale())));
        return sb.append(" › ").append(k.row().label(lang.locale())).append(" › ").append(k.column().label(lang.locale())).toString();
    }
}

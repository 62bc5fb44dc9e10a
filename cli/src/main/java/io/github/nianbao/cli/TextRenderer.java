package io.github.nianbao.cli;

import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Severity;
import java.util.List;
import java.util.Map;

/**
 * Renders outcomes for a person at a terminal: a block per report with its verdict and a table of
 * findings, then a summary.
 */
final class TextRenderer {

    private static final int LOCATION_WIDTH = 60;

    private final Language lang;
    private final Severity failOn;
    // Looked up once: every report with findings has a table with this header.
    private final List<String> header;
    private final String[] severities = new String[Severity.values().length];

    TextRenderer(Language lang, Severity failOn) {
        this.lang = lang;
        this.failOn = failOn;
        this.header = List.of(lang.text("header.rule"), lang.text("header.severity"),
                lang.text("header.location"), lang.text("header.expected"), lang.text("header.actual"),
                lang.text("header.message"));
        for (Severity s : Severity.values()) {
            severities[s.ordinal()] = lang.text("severity." + s.name());
        }
    }

    String render(Outcome o) {
        StringBuilder out = new StringBuilder(256 + (o.isReadable() ? o.findings().size() * 320 : 0));
        if (!o.isReadable()) {
            out.append(lang.text("report.unreadable", o.source())).append('\n');
            o.problems().forEach(p -> out.append("  ").append(lang.text("input.problem", p)).append('\n'));
            return out.append('\n').toString();
        }
        String verdict = lang.text(o.fails(failOn) ? "verdict.fail" : "verdict.pass");
        out.append(lang.text("report.title", o.report().agency(), Integer.toString(o.report().reportYear()),
                o.report().edition().name(), o.report().isHybrid() ? lang.text("report.hybrid") : "", verdict)).append('\n');
        out.append("  ").append(lang.text("report.source", o.source())).append('\n');
        o.problems().forEach(p -> out.append("  ").append(lang.text("input.problem", p)).append('\n'));
        List<Finding> findings = o.findings();
        if (findings.isEmpty()) {
            out.append("  ").append(lang.text("report.noFindings")).append('\n');
        } else {
            TextTable table = new TextTable(header, 0, 0, LOCATION_WIDTH, 14, 14);
            for (Finding f : findings) {
                table.row(List.of(f.ruleId(), severity(f.severity()),
                        f.primaryCell().map(c -> location(c)).orElse(""),
                        f.expected().orElse(""), f.actual().orElse(""), f.message(lang.locale())));
            }
            table.appendTo(out, "  ");
        }
        return out.append('\n').toString();
    }

    // Table by its number, then block, row and column by their labels: what a reader finds on the page.
    private String location(FindingCell cell) {
        if (cell.key().isEmpty()) {
            return cell.label(lang.locale());
        }
        CellKey k = cell.key().get();
        Section table = k.table();
        String number = lang.isEnglish()
                ? table.englishLabel().substring(0, table.englishLabel().indexOf('.'))
                : table.numbering().substring(0, table.numbering().length() - 1);
        StringBuilder sb = new StringBuilder(lang.text("table.short", number));
        k.block().ifPresent(b -> sb.append(" › ").append(b.label(lang.isEnglish())));
        return sb.append(" › ").append(k.row().label(lang.isEnglish())).append(" › ").append(k.column().label(lang.isEnglish())).toString();
    }

    String severity(Severity s) {
        return severities[s.ordinal()];
    }

    String summary(Tally t) {
        StringBuilder out = new StringBuilder();
        out.append(lang.text("summary.line", t.reports, t.passed, t.failed, t.unreadable,
                t.count(Severity.ERROR), t.count(Severity.WARNING), t.count(Severity.INFO))).append('\n');
        if (!t.byRule.isEmpty()) {
            out.append(lang.text("summary.byRule")).append('\n');
            TextTable table = new TextTable(List.of(lang.text("header.rule"), lang.text("header.count")));
            for (Map.Entry<String, Long> e : t.byRule.entrySet()) {
                table.row(List.of(e.getKey(), Long.toString(e.getValue())));
            }
            table.appendTo(out, "  ");
        }
        return out.toString();
    }
}

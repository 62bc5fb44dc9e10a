package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.comparison.CellChange;
import io.github.nianbao.validation.comparison.ReportComparison;
import io.github.nianbao.validation.comparison.ReportSeries;
import io.github.nianbao.validation.similarity.CopiedText;
import io.github.nianbao.validation.similarity.TextSimilarity;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code nianbao compare OLD NEW}: one agency's report against its previous year's — how the two
 * were matched, the cross-year rules, every changed cell (largest first), the numbers that appeared
 * or vanished, the cells of one edition's form only, and how similar each narrative section is.
 * {@code nianbao compare --series DIR}: the reports of a folder grouped by agency, ordered by year,
 * each consecutive pair compared, the missing years named.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Nianbao.Version.class,
        description = "Compares one agency's reports across years: cross-year rules, changed cells, copied text; "
                + "with --series, every agency of a folder year by year.")
final class CompareCommand implements Callable<Integer> {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @ParentCommand
    Nianbao parent;

    @Parameters(paramLabel = "REPORT", arity = "0..2",
            description = "The previous year's report and this year's (JSON, JSON Lines, text, Markdown or HTML).")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--series", paramLabel = "DIR", description = "A folder of reports of any agencies and years.")
    Path series;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output (default: ${DEFAULT-VALUE}).")
    Language lang = Language.zh;

    @Option(names = "--limit", paramLabel = "N", description = "Changed cells listed per pair in text output (default: ${DEFAULT-VALUE}; 0: all).")
    int limit = 20;

    enum Format { text, json }

    private ResourceBundle bundle;

    @Override
    public Integer call() {
        bundle = ResourceBundle.getBundle("io.github.nianbao.cli.compare", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<ReportSeries> all;
        if (series != null) {
            List<AnnualReport> loaded = new ArrayList<>();
            for (ReportFiles.Loaded l : ReportFiles.read(series, parent, lang.locale())) {
                if (l.isReadable()) {
                    loaded.add(l.report());
                } else {
                    parent.err().println(text("unreadable", l.source(), String.join("; ", l.problems())));
                }
            }
            all = ReportSeries.of(parent.validator(), loaded);
        } else {
            if (reports.size() != 2) {
                parent.err().println(text("usage.two"));
                return Nianbao.EXIT_USAGE;
            }
            AnnualReport[] pair = new AnnualReport[2];
            for (int i = 0; i < 2; i++) {
                List<ReportFiles.Loaded> l = ReportFiles.read(reports.get(i), parent, lang.locale());
                if (l.size() != 1) {
                    parent.err().println(text("usage.oneEach", reports.get(i), l.size()));
                    return Nianbao.EXIT_USAGE;
                }
                if (!l.get(0).isReadable()) {
                    parent.err().println(text("unreadable", l.get(0).source(), String.join("; ", l.get(0).problems())));
                    return Nianbao.EXIT_USAGE;
                }
                pair[i] = l.get(0).report();
            }
            ReportComparison c = ReportComparison.of(parent.validator(), pair[0], pair[1]);
            all = List.of(new ReportSeries(List.of(pair[0], pair[1]), List.of(c), List.of(), List.of()));
        }
        boolean findings = all.stream().flatMap(s -> s.comparisons().stream())
                .anyMatch(c -> c.crossYearFindings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
        if (format == Format.json) {
            for (ReportSeries s : all) {
                parent.out().println(json(s));
            }
        } else {
            StringBuilder sb = new StringBuilder();
            for (ReportSeries s : all) {
                if (series != null) {
                    seriesHeader(sb, s);
                }
                for (ReportComparison c : s.comparisons()) {
                    comparison(sb, c);
                }
            }
            parent.out().print(sb);
        }
        parent.out().flush();
        return findings ? Nianbao.EXIT_FINDINGS : Nianbao.EXIT_OK;
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), lang.locale()).format(arguments);
    }

    private void seriesHeader(StringBuilder sb, ReportSeries s) {
        String years = s.reports().stream().map(r -> Integer.toString(r.reportYear())).collect(Collectors.joining(", "));
        sb.append(text("series.title", s.agency(), s.reports().size(), years)).append('\n');
        sb.append("  ").append(s.missingYears().isEmpty() ? text("series.none")
                : text("series.missing", s.missingYears().stream().map(String::valueOf).collect(Collectors.joining(", "))))
                .append('\n');
        if (!s.duplicateYears().isEmpty()) {
            sb.append("  ").append(text("series.duplicate",
                    s.duplicateYears().stream().map(String::valueOf).collect(Collectors.joining(", ")))).append('\n');
        }
        sb.append('\n');
    }

    private String match(ReportComparison c) {
        return c.match().map(m -> text(m.messageKey(), c.older().agency(), c.newer().agency()))
                .orElse(text("match.none", c.older().agency(), c.newer().agency()));
    }

    private void comparison(StringBuilder sb, ReportComparison c) {
        sb.append(text("title", c.newer().agency(), Integer.toString(c.older().reportYear()),
                Integer.toString(c.newer().reportYear()))).append('\n');
        sb.append("  ").append(match(c)).append('\n');
        if (c.crossYearFindings().isEmpty()) {
            sb.append("  ").append(text("crossYear.none")).append('\n');
        } else {
            sb.append("  ").append(text("crossYear")).append('\n');
            TextTable t = new TextTable(List.of(text("header.rule"), text("header.severity"), text("header.message")), 0, 0, 0);
            for (Finding f : c.crossYearFindings()) {
                t.row(List.of(f.ruleId(), f.severity().name().toLowerCase(java.util.Locale.ROOT), f.message(lang.locale())));
            }
            t.appendTo(sb, "    ");
        }
        sb.append("  ").append(text("changes", c.changes().size())).append('\n');
        changeTable(sb, c.changes());
        sb.append("  ").append(text("appeared", c.appearedOrVanished().size())).append('\n');
        changeTable(sb, c.appearedOrVanished());
        if (!c.oneFormOnly().isEmpty()) {
            sb.append("  ").append(text("oneForm", c.oneFormOnly().size(), c.older().edition(), c.newer().edition())).append('\n');
            TextTable t = new TextTable(List.of(text("header.location"), ""), 80, 0);
            for (CellChange ch : c.oneFormOnly()) {
                t.row(List.of(location(ch),
                        text(ch.kind() == CellChange.Kind.ONLY_OLDER_FORM ? "oneForm.older" : "oneForm.newer")));
            }
            t.appendTo(sb, "    ");
        }
        sb.append("  ").append(text("similarity")).append('\n');
        for (Section s : CopiedText.SECTIONS) {
            TextSimilarity m = c.similarity().get(s);
            String passage = m.passages().isEmpty() ? "" : text("similarity.passage",
                    DisplayWidth.fit(m.passages().get(0).replaceAll("\\s+", " "), 80));
            sb.append("    ").append(text("similarity.line", s.label(lang.locale()), percent(m.containment()),
                    percent(m.jaccard()), passage)).append('\n');
        }
        sb.append('\n');
    }

    private void changeTable(StringBuilder sb, List<CellChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        TextTable t = new TextTable(List.of(text("header.location"), text("header.old"), text("header.new"),
                text("header.difference"), text("header.ratio")), 80, 14, 14, 14, 0);
        int n = 0;
        for (CellChange ch : changes) {
            if (limit > 0 && n++ >= limit) {
                break;
            }
            t.row(List.of(location(ch), value(ch, ch.older()), value(ch, ch.newer()),
                    ch.difference().map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString()).orElse(""),
                    ch.ratio().map(r -> r.setScale(2, RoundingMode.HALF_EVEN).toPlainString()).orElse("")));
        }
        t.appendTo(sb, "    ");
        if (limit > 0 && changes.size() > limit) {
            sb.append("    … ").append(changes.size() - limit).append('\n');
        }
    }

    // Short, as validate prints it: 表三 › row › column (Table III › … in English).
    private String location(CellChange ch) {
        io.github.nianbao.core.catalogue.CellKey k = ch.key();
        Section table = k.table();
        StringBuilder sb = new StringBuilder(lang.isEnglish()
                ? "Table " + table.englishLabel().substring(0, table.englishLabel().indexOf('.'))
                : "表" + table.numbering().substring(0, table.numbering().length() - 1));
        k.block().ifPresent(b -> sb.append(" › ").append(b.label(lang.locale())));
        return sb.append(" › ").append(k.row().label(lang.locale())).append(" › ")
                .append(k.column().label(lang.locale())).toString();
    }

    // A number as printed, or the words for blank, not applicable and unknown in the output's language.
    private String value(CellChange change, Optional<io.github.nianbao.core.cell.Cell> cell) {
        return cell.map(c -> FindingCell.of(change.key(), c).value(lang.locale())).orElse("");
    }

    private static String percent(double share) {
        return Long.toString(Math.round(share * 100));
    }

    private String json(ReportSeries s) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
            g.writeStartObject();
            g.writeStringProperty("agency", s.agency());
            g.writeName("years");
            g.writeStartArray();
            for (AnnualReport r : s.reports()) {
                g.writeNumber(r.reportYear());
            }
            g.writeEndArray();
            g.writeName("missingYears");
            g.writeStartArray();
            for (int y : s.missingYears()) {
                g.writeNumber(y);
            }
            g.writeEndArray();
            g.writeName("comparisons");
            g.writeStartArray();
            for (ReportComparison c : s.comparisons()) {
                comparison(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    private void comparison(JsonGenerator g, ReportComparison c) {
        g.writeStartObject();
        g.writeStringProperty("olderAgency", c.older().agency());
        g.writeNumberProperty("olderYear", c.older().reportYear());
        g.writeStringProperty("olderEdition", c.older().edition().name());
        g.writeStringProperty("newerAgency", c.newer().agency());
        g.writeNumberProperty("newerYear", c.newer().reportYear());
        g.writeStringProperty("newerEdition", c.newer().edition().name());
        g.writeStringProperty("match", c.match().map(Enum::name).orElse("NONE"));
        g.writeStringProperty("matchText", match(c));
        g.writeName("crossYearFindings");
        g.writeStartArray();
        for (Finding f : c.crossYearFindings()) {
            g.writeStartObject();
            g.writeStringProperty("ruleId", f.ruleId());
            g.writeStringProperty("severity", f.severity().name());
            g.writeStringProperty("message", f.message(lang.locale()));
            g.writeName("cells");
            g.writeStartArray();
            for (FindingCell cell : f.cells()) {
                g.writeStartObject();
                g.writeStringProperty("pointer", cell.path().toJsonPointer());
                g.writeStringProperty("period", cell.period().name());
                g.writeStringProperty("value", cell.value(lang.locale()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        for (String name : List.of("changes", "appearedOrVanished", "oneFormOnly")) {
            List<CellChange> list = switch (name) {
                case "changes" -> c.changes();
                case "appearedOrVanished" -> c.appearedOrVanished();
                default -> c.oneFormOnly();
            };
            g.writeName(name);
            g.writeStartArray();
            for (CellChange ch : list) {
                g.writeStartObject();
                g.writeStringProperty("kind", ch.kind().name());
                g.writeStringProperty("pointer", ch.path().toJsonPointer());
                g.writeStringProperty("label", ch.key().describe(lang.locale()));
                ch.older().ifPresent(x -> g.writeStringProperty("old", value(ch, Optional.of(x))));
                ch.newer().ifPresent(x -> g.writeStringProperty("new", value(ch, Optional.of(x))));
                ch.difference().ifPresent(d -> g.writeStringProperty("difference", d.toPlainString()));
                ch.ratio().ifPresent(r -> g.writeStringProperty("ratio", r.toPlainString()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeName("similarity");
        g.writeStartObject();
        for (Section s : CopiedText.SECTIONS) {
            TextSimilarity m = c.similarity().get(s);
            g.writeName(s.key());
            g.writeStartObject();
            g.writeNumberProperty("containment", BigDecimal.valueOf(m.containment()).setScale(4, RoundingMode.HALF_EVEN));
            g.writeNumberProperty("jaccard", BigDecimal.valueOf(m.jaccard()).setScale(4, RoundingMode.HALF_EVEN));
            g.writeName("passages");
            g.writeStartArray();
            for (String p : m.passages()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}

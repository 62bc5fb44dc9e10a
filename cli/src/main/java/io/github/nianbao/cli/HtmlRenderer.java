package io.github.nianbao.cli;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a run as one self-contained HTML page for a reviewer: the summary per verdict and per
 * rule, then one section per report with its findings grouped by table. No script, no external
 * resource: the styles are inline, and a print style sheet keeps it readable on paper (no colours
 * needed, a report per page break where it fits). Every text is HTML-escaped. Thread-safe.
 */
final class HtmlRenderer implements OutcomeRenderer {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#111;line-height:1.45}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #999}h3{font-size:1em}
            table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
            th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}
            th{background:#eee}
            .verdict{font-weight:bold;padding:0 .4em;border:1px solid}
            .pass{color:#075e07}.incomplete{color:#8a5a00}.fail{color:#a00}.unreadable{color:#555}
            .source,.notread{color:#444}
            ul.problems{font-family:monospace;font-size:.85em}
            @media print{body{margin:0;color:#000}.verdict{color:#000}section.report{break-inside:avoid-page}
            h2{break-after:avoid}th{background:none}a{color:#000;text-decoration:none}}
            """;

    private final Language lang;
    private final TextRenderer words;

    HtmlRenderer(Language lang, TextRenderer words) {
        this.lang = lang;
        this.words = words;
    }

    @Override
    public boolean summaryFirst() {
        return true;
    }

    @Override
    public byte[] head(Tally t) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.isEnglish() ? "en" : "zh-CN").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(lang.text("html.title"))).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(lang.text("html.title"))).append("</h1>\n");
        sb.append("<section class=\"summary\">\n<h2>").append(escape(lang.text("html.summary"))).append("</h2>\n<table>\n<tr><th>")
                .append(escape(lang.text("html.verdict"))).append("</th><th>").append(escape(lang.text("header.count"))).append("</th></tr>\n");
        verdictRow(sb, "pass", lang.text("verdict.pass"), t.passed);
        verdictRow(sb, "incomplete", lang.text("verdict.incomplete"), t.incomplete);
        verdictRow(sb, "fail", lang.text("verdict.fail"), t.failed);
        verdictRow(sb, "unreadable", lang.text("html.unreadable"), t.unreadable);
        sb.append("<tr><th>").append(escape(lang.text("html.reports"))).append("</th><th>").append(t.reports).append("</th></tr>\n</table>\n");
        sb.append("<p>").append(escape(lang.text("summary.line", t.reports, t.passed, t.failed, t.unreadable,
                t.count(Severity.ERROR), t.count(Severity.WARNING), t.count(Severity.INFO), t.incomplete))).append("</p>\n");
        if (t.reports > t.unreadable) {
            sb.append("<p class=\"decisions\">").append(escape(lang.text("summary.decisions", t.accepted, t.acceptedWithWarnings, t.returned)))
                    .append("</p>\n");
        }
        if (!t.byRule.isEmpty()) {
            sb.append("<table class=\"rules\">\n<tr><th>").append(escape(lang.text("header.rule"))).append("</th><th>")
                    .append(escape(lang.text("header.count"))).append("</th></tr>\n");
            for (Map.Entry<String, Long> e : t.byRule.entrySet()) {
                sb.append("<tr><td>").append(escape(e.getKey())).append("</td><td>").append(e.getValue()).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("</section>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void verdictRow(StringBuilder sb, String css, String word, long count) {
        sb.append("<tr><td class=\"").append(css).append("\">").append(escape(word)).append("</td><td>").append(count).append("</td></tr>\n");
    }

    @Override
    public byte[] render(Outcome o) {
        StringBuilder sb = new StringBuilder(2048);
        String css = o.verdict().word();
        sb.append("<section class=\"report ").append(css).append("\">\n<h2>");
        if (o.isReadable()) {
            sb.append(escape(o.report().agency())).append(' ').append(o.report().reportYear()).append(' ')
                    .append(escape(o.report().edition().name()));
        } else {
            sb.append(escape(o.source()));
        }
        sb.append(" <span class=\"verdict ").append(css).append("\">").append(escape(verdictWord(o))).append("</span>");
        if (o.isReadable()) {
            sb.append(" <span class=\"decision ").append(o.decisionWord()).append("\">")
                    .append(escape(lang.text("decision." + o.decision().name()))).append("</span>");
        }
        sb.append("</h2>\n");
        sb.append("<p class=\"source\">").append(escape(lang.text("report.source", o.source()))).append("</p>\n");
        if (o.isReadable()) {
            String notRead = words.notRead(o);
            if (notRead != null) {
                sb.append("<p class=\"notread\">").append(escape(notRead)).append("</p>\n");
            }
        }
        if (!o.problems().isEmpty()) {
            sb.append("<ul class=\"problems\">\n");
            for (Problem p : o.problems()) {
                sb.append("<li>").append(escape(p.describe())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        if (o.isReadable() && o.findings().isEmpty()) {
            sb.append("<p>").append(escape(lang.text("report.noFindings"))).append("</p>\n");
        }
        Map<Section, List<Finding>> byTable = new EnumMap<>(Section.class);
        List<Finding> other = new ArrayList<>();
        for (Finding f : o.findings()) {
            Section s = f.primaryCell().flatMap(FindingCell::section).orElse(null);
            if (s == null) {
                other.add(f);
            } else {
                byTable.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
            }
        }
        byTable.forEach((s, fs) -> group(sb, s.label(lang.locale()), fs));
        if (!other.isEmpty()) {
            group(sb, lang.text("html.otherFindings"), other);
        }
        sb.append("</section>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String verdictWord(Outcome o) {
        return switch (o.verdict()) {
            case PASS -> o.notAssessed() > 0 ? lang.text("verdict.passNotAssessed", o.notAssessed()) : lang.text("verdict.pass");
            case INCOMPLETE -> lang.text("verdict.incomplete");
            case FAIL -> lang.text("verdict.fail");
            case UNREADABLE -> lang.text("html.unreadable");
        };
    }

    private void group(StringBuilder sb, String title, List<Finding> findings) {
        sb.append("<h3>").append(escape(title)).append("</h3>\n<table class=\"findings\">\n<tr>");
        for (String h : List.of("header.rule", "header.severity", "header.location", "header.expected", "header.actual", "header.message")) {
            sb.append("<th>").append(escape(lang.text(h))).append("</th>");
        }
        sb.append("</tr>\n");
        for (Finding f : findings) {
            FindingCell primary = f.primaryCell().orElse(null);
            sb.append("<tr class=\"").append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\"><td>")
                    .append(escape(f.ruleId())).append("</td><td>").append(escape(words.severity(f.severity()))).append("</td><td>")
                    .append(escape(primary == null ? "" : primary.label(lang.locale()))).append("</td><td>")
                    .append(escape(f.expected().orElse(""))).append("</td><td>").append(escape(f.actual().orElse("")))
                    .append("</td><td>").append(escape(f.message(lang.locale()))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    @Override
    public byte[] tail(Tally tally) {
        return "</body>\n</html>\n".getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Text as HTML: control, line-breaking and bidi characters shown as visible escapes (as on a
     * terminal), markup characters as entities.
     */
    static String escape(String raw) {
        String text = TerminalText.safe(raw);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

package io.github.nianbao.renderer;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureBlock;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Group;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one report as a standalone HTML page: the title, the six sections, the three tables with
 * the official merged header cells as {@code rowspan}/{@code colspan}, and print-friendly CSS. No
 * scripts, nothing loaded from elsewhere; every text is escaped. One instance per page.
 */
final class HtmlWriter {

    /** The grid columns of table 二: the row label and three value columns, as in the template. */
    static final int DISCLOSURE_VALUE_COLUMNS = 3;
    /** The grid columns of the labels of table 三: the group, the sub-group and the row. */
    static final int APPLICATION_LABEL_COLUMNS = 3;

    private static final String CSS = """
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif;
                   color: #000; background: #fff; max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.75; }
            h1 { font-size: 1.5em; text-align: center; margin: 1em 0 1.2em; }
            h2 { font-size: 1.1em; margin: 1.4em 0 .6em; }
            h3 { font-size: 1em; margin: .8em 0 .4em; text-indent: 2em; }
            p { margin: .3em 0; text-indent: 2em; text-align: justify; }
            table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .85em; line-height: 1.4; }
            th, td { border: 1px solid #000; padding: .3em .35em; text-align: center; vertical-align: middle; }
            th { font-weight: normal; }
            th.row { text-align: left; }
            td { font-variant-numeric: tabular-nums; }
            td.unknown { font-weight: bold; }
            .unknown-cells { font-size: .85em; text-indent: 0; }
            ul.unknown-cells { margin: .2em 0 1em 2em; padding: 0; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            @page { size: A4; margin: 2cm 2.2cm; }
            @media print { body { max-width: none; margin: 0; padding: 0; } h2 { break-after: avoid; page-break-after: avoid; } }
            """;

    private final AnnualReport report;
    private final Messages messages;
    private final StringBuilder out = new StringBuilder(16_384);

    private HtmlWriter(AnnualReport report, Messages messages) {
        this.report = report;
        this.messages = messages;
    }

    static String write(AnnualReport report, Messages messages) {
        HtmlWriter w = new HtmlWriter(report, messages);
        w.document();
        return w.out.toString();
    }

    private void document() {
        String title = messages.format("title", report.agency(), report.reportYear());
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        for (Section s : Section.values()) {
            out.append("<h2>").append(escape(s.label())).append("</h2>\n");
            switch (s) {
                case PROACTIVE_DISCLOSURE -> disclosure();
                case APPLICATIONS -> applications();
                case REVIEW_LITIGATION -> review();
                default -> narrative(report.narrative(s));
            }
        }
        out.append("</body>\n</html>\n");
    }

    private void narrative(Narrative n) {
        for (NarrativeBlock b : n.blocks()) {
            String tag = b.kind() == NarrativeBlock.Kind.HEADING ? "h3" : "p";
            out.append('<').append(tag).append('>').append(escape(b.text())).append("</").append(tag).append(">\n");
        }
    }

    // ---- table 二: per block a header row, a column header row, then one row per item

    private void disclosure() {
        Table t = report.proactiveDisclosure();
        Edition e = t.edition();
        open(Section.PROACTIVE_DISCLOSURE);
        out.append("<tbody>\n");
        for (DisclosureBlock block : DisclosureBlock.values()) {
            if (!block.editions().contains(e)) {
                continue;
            }
            List<DisclosureColumn> cols = block.columns(e);
            out.append("<tr>");
            th(block.label(), 1, 1 + DISCLOSURE_VALUE_COLUMNS, "col");
            out.append("</tr>\n<tr>");
            th(DisclosureBlock.ROW_HEADER, 1, 1, "col");
            for (int i = 0; i < cols.size(); i++) {
                th(cols.get(i).label(), 1, span(i, cols.size()), "col");
            }
            out.append("</tr>\n");
            for (DisclosureRow row : DisclosureRow.values()) {
                if (row.block() != block || !row.editions().contains(e)) {
                    continue;
                }
                out.append("<tr>");
                th(row.label(), 1, 1, "row");
                List<CellKey> keys = t.layout().row(row);
                for (int i = 0; i < keys.size(); i++) {
                    td(keys.get(i), t.cell(keys.get(i)), span(i, keys.size()));
                }
                out.append("</tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n");
        unknownCells(t);
    }

    // The last of a block's value columns takes what its block leaves of the three.
    static int span(int column, int columns) {
        return column == columns - 1 ? DISCLOSURE_VALUE_COLUMNS - column : 1;
    }

    // ---- table 三: three header rows under the ledger note, then the rows with their groups

    private void applications() {
        Table t = report.applications();
        Layout layout = t.layout();
        open(Section.APPLICATIONS);
        out.append("<thead>\n<tr>");
        th(Section.LEDGER_NOTE, 3, APPLICATION_LABEL_COLUMNS, "col");
        th(Group.APPLICANTS.label(), 1, Applicant.values().length, "colgroup");
        out.append("</tr>\n<tr>");
        List<Applicant> organisations = new ArrayList<>();
        boolean groupOpened = false;
        for (Applicant a : Applicant.values()) {
            Optional<Group> parent = a.parent().filter(g -> g != Group.APPLICANTS);
            if (parent.isPresent()) {
                organisations.add(a);
                if (!groupOpened) {
                    th(parent.get().label(), 1, (int) java.util.Arrays.stream(Applicant.values())
                            .filter(x -> x.parent().equals(parent)).count(), "colgroup");
                    groupOpened = true;
                }
            } else {
                th(a.label(), 2, 1, "col");
            }
        }
        out.append("</tr>\n<tr>");
        organisations.forEach(a -> th(a.label(), 1, 1, "col"));
        out.append("</tr>\n</thead>\n<tbody>\n");
        List<CatalogueEntry> rows = layout.rows();
        for (int r = 0; r < rows.size(); r++) {
            CatalogueEntry row = rows.get(r);
            List<Group> ancestors = ancestors(row);
            out.append("<tr>");
            for (Group g : ancestors) {
                // A group's label is printed once, on its first row, spanning all of its rows.
                if (r == 0 || !ancestors(rows.get(r - 1)).contains(g)) {
                    int count = 0;
                    for (int below = r; below < rows.size() && ancestors(rows.get(below)).contains(g); below++) {
                        count++;
                    }
                    th(g.label(), count, 1, "rowgroup");
                }
            }
            th(row.label(), 1, APPLICATION_LABEL_COLUMNS - ancestors.size(), "row");
            for (CellKey k : layout.row(row)) {
                td(k, t.cell(k), 1);
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        unknownCells(t);
    }

    /** {@return the groups a row of table 三 is printed under, outermost first} */
    static List<Group> ancestors(CatalogueEntry row) {
        List<Group> chain = new ArrayList<>();
        Optional<Group> g = row.parent();
        while (g.isPresent()) {
            chain.add(0, g.get());
            g = g.get().parent();
        }
        return chain;
    }

    // ---- table 四: blocks and the litigation group over the outcome columns, one row of values

    private void review() {
        Table t = report.reviewLitigation();
        int width = ReviewColumn.values().length;
        open(Section.REVIEW_LITIGATION);
        out.append("<thead>\n<tr>");
        Group previous = null;
        for (ReviewBlock b : ReviewBlock.values()) {
            Optional<Group> g = b.parent();
            if (g.isEmpty()) {
                th(b.label(), 1, width, "colgroup");
            } else if (g.get() != previous) {
                int blocks = (int) java.util.Arrays.stream(ReviewBlock.values()).filter(x -> x.parent().equals(g)).count();
                th(g.get().label(), 1, blocks * width, "colgroup");
                previous = g.get();
            }
        }
        out.append("</tr>\n<tr>");
        for (ReviewBlock b : ReviewBlock.values()) {
            if (b.parent().isEmpty()) {
                for (ReviewColumn c : ReviewColumn.values()) {
                    th(c.label(), 2, 1, "col");
                }
            } else {
                th(b.label(), 1, width, "colgroup");
            }
        }
        out.append("</tr>\n<tr>");
        for (ReviewBlock b : ReviewBlock.values()) {
            if (b.parent().isPresent()) {
                for (ReviewColumn c : ReviewColumn.values()) {
                    th(c.label(), 1, 1, "col");
                }
            }
        }
        out.append("</tr>\n</thead>\n<tbody>\n<tr>");
        for (CellKey k : t.layout().cells()) {
            td(k, t.cell(k), 1);
        }
        out.append("</tr>\n</tbody>\n</table>\n");
        unknownCells(t);
    }

    // ---- pieces

    private void open(Section table) {
        out.append("<table class=\"").append(table.key()).append("\">\n");
    }

    private void th(String text, int rowspan, int colspan, String scope) {
        out.append("<th");
        if (rowspan > 1) {
            out.append(" rowspan=\"").append(rowspan).append('"');
        }
        if (colspan > 1) {
            out.append(" colspan=\"").append(colspan).append('"');
        }
        out.append(" scope=\"").append(scope).append('"');
        if (scope.equals("row")) {
            out.append(" class=\"row\"");
        }
        out.append('>').append(escape(text)).append("</th>");
    }

    private void td(CellKey key, Cell cell, int colspan) {
        out.append("<td");
        if (colspan > 1) {
            out.append(" colspan=\"").append(colspan).append('"');
        }
        if (cell.isUnknown()) {
            out.append(" class=\"unknown\"");
        }
        out.append('>').append(escape(PrintedCell.text(key, cell))).append("</td>");
    }

    private void unknownCells(Table t) {
        List<String> lines = new ArrayList<>();
        for (CellKey k : t.layout().cells()) {
            Cell c = t.cell(k);
            if (c.isUnknown()) {
                lines.add(PrintedCell.describeUnknown(k, c, messages));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        out.append("<p class=\"unknown-cells\">").append(escape(messages.format("unknown.note", lines.size()))).append("</p>\n");
        out.append("<ul class=\"unknown-cells\">\n");
        lines.forEach(l -> out.append("<li>").append(escape(l)).append("</li>\n"));
        out.append("</ul>\n");
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param raw any text
     * @return the text with {@code & < > " '} escaped, and characters no document can hold replaced
     */
    static String escape(String raw) {
        String text = Characters.documentSafe(raw);
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null || sb != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}

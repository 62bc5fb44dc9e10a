package io.github.nianbao.importer;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureBlock;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Group;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Test helper: renders a report as page text, {@code pdftotext -layout}-like text, Markdown or
 * HTML, applying the quirks of real published reports at random. It returns the text, the report
 * the text stands for (zeros printed blank are blank there: a blank is never a zero), and the
 * cells whose reading the text leaves open (laid-out rows with blanks, where nothing but column
 * positions tells which cell is blank).
 *
 * <p>Glued digits are only ever printed where the row's (or table 四's) own totals leave exactly
 * one split, checked here independently of the importer.
 */
final class ReportRenderer {

    /** The forms a report is rendered in. */
    enum Form { PAGE_TEXT, LAYOUT_TEXT, MARKDOWN, HTML }

    /** Which quirks to apply (each at random places). */
    record Quirks(boolean whitespace, boolean wrapLabels, boolean pageBreaks, boolean blanks, boolean glue,
            boolean fullWidth, boolean traditional, boolean chrome) {

        static final int ALL = 255;

        static Quirks of(int bits) {
            return new Quirks((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0,
                    (bits & 32) != 0, (bits & 64) != 0, (bits & 128) != 0);
        }
    }

    /** A rendered report. */
    record Rendered(String text, AnnualReport expected, Set<CellKey> atRisk, Set<CellKey> glued) {
    }

    private static final String TRADITIONAL = "开開请請数數处處结結转轉总總计計议議诉訟讼訟关關机機现現无無务務类類规規获獲费費经經";

    private final AnnualReport report;
    private final Form form;
    private final Quirks q;
    private final Random rnd;
    private final StringBuilder out = new StringBuilder();
    private final Set<CellKey> atRisk = new LinkedHashSet<>();
    private final Set<CellKey> glued = new LinkedHashSet<>();
    private final Set<CatalogueEntry> gluedRows = new LinkedHashSet<>();
    private boolean gluedReview;
    private int page = 1;
    private int shift;

    private ReportRenderer(AnnualReport report, Form form, Quirks q, Random rnd) {
        this.report = report;
        this.form = form;
        this.q = q;
        this.rnd = rnd;
    }

    static Rendered render(AnnualReport base, Form form, Quirks quirks, long seed) {
        return render(base, form, quirks, seed, Map.of());
    }

    /** Renders with some cells printed as given (hostile cell text), the rest as their values. */
    static Rendered render(AnnualReport base, Form form, Quirks quirks, long seed, Map<CellKey, String> printed) {
        Random rnd = new Random(seed);
        AnnualReport expected = quirks.blanks() ? blankSome(base, rnd) : base;
        ReportRenderer r = new ReportRenderer(expected, form, quirks, rnd);
        r.printed = printed;
        if (quirks.glue()) {
            r.chooseGlue();
        }
        r.document();
        return new Rendered(r.out.toString(), expected, r.atRisk, r.glued);
    }

    // ---- the expected report: zeros printed blank, some cells "/"

    private static AnnualReport blankSome(AnnualReport r, Random rnd) {
        return r.withProactiveDisclosure((ProactiveDisclosure) blankSome(r.proactiveDisclosure(), rnd))
                .withApplications((ApplicationTable) blankSome(r.applications(), rnd))
                .withReviewLitigation((ReviewLitigationTable) blankSome(r.reviewLitigation(), rnd));
    }

    private static Table blankSome(Table t, Random rnd) {
        Table out = t;
        for (CellKey k : t.layout().cells()) {
            Cell c = t.cell(k);
            // Zeros only: a blank or "/" where a number stood would break the table's arithmetic.
            if (!c.isNumber() || c.signum() != 0) {
                continue;
            }
            if (rnd.nextInt(3) == 0) {
                out = out.withCell(k, k.kind() == CellKind.AMOUNT ? Amount.BLANK : Count.BLANK);
            } else if (rnd.nextInt(15) == 0) {
                out = out.withCell(k, k.kind() == CellKind.AMOUNT ? Amount.NOT_APPLICABLE : Count.NOT_APPLICABLE);
            }
        }
        return out;
    }

    // ---- glue: only where the totals leave exactly one split, the true one

    private void chooseGlue() {
        ApplicationTable t3 = report.applications();
        List<CatalogueEntry> rows = new ArrayList<>(t3.layout().rows());
        java.util.Collections.shuffle(rows, rnd);
        for (CatalogueEntry row : rows) {
            if (gluedRows.size() == 2) {
                break;
            }
            List<CellKey> keys = t3.layout().row(row);
            long[] v = numbers(t3, keys);
            if (v != null && uniqueRowSplit(v)) {
                gluedRows.add(row);
                glued.addAll(keys);
            }
        }
        ReviewLitigationTable t4 = report.reviewLitigation();
        long[] all = numbers(t4, t4.layout().cells());
        if (all != null && rnd.nextBoolean()) {
            int block = rnd.nextInt(3);
            if (uniqueReviewSplit(all, block)) {
                gluedReview = true;
                glued.addAll(t4.layout().cells().subList(block * 5, block * 5 + 5));
                reviewGlueBlock = block;
            }
        }
    }

    private int reviewGlueBlock = -1;

    private static long[] numbers(Table t, List<CellKey> keys) {
        long[] v = new long[keys.size()];
        for (int i = 0; i < v.length; i++) {
            Cell c = t.cell(keys.get(i));
            if (!(c instanceof Count count) || !c.isNumber() || count.value() < 0) {
                return null;
            }
            v[i] = count.value();
        }
        return v;
    }

    // Splits of the row's digits into 7 numbers whose first six sum to the seventh: only the truth.
    static boolean uniqueRowSplit(long[] v) {
        StringBuilder digits = new StringBuilder();
        for (long x : v) {
            digits.append(x);
        }
        List<long[]> found = new ArrayList<>();
        splitAll(List.of(digits.toString()), 7, new long[7], 0, 0, 0, found, s -> {
            long sum = 0;
            for (int i = 0; i < 6; i++) {
                sum += s[i];
            }
            return sum == s[6];
        });
        return found.size() == 1 && java.util.Arrays.equals(found.get(0), v);
    }

    // The flattened table 四 with one block's five numbers glued; every run may split.
    static boolean uniqueReviewSplit(long[] v, int block) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            if (i == block * 5) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < 5; j++) {
                    sb.append(v[i + j]);
                }
                runs.add(sb.toString());
                i += 4;
            } else {
                runs.add(Long.toString(v[i]));
            }
        }
        List<long[]> found = new ArrayList<>();
        splitAll(runs, 15, new long[15], 0, 0, 0, found, s -> {
            for (int b = 0; b < 3; b++) {
                if (s[b * 5] + s[b * 5 + 1] + s[b * 5 + 2] + s[b * 5 + 3] != s[b * 5 + 4]) {
                    return false;
                }
            }
            return true;
        });
        return found.size() == 1 && java.util.Arrays.equals(found.get(0), v);
    }

    private static void splitAll(List<String> runs, int cells, long[] acc, int run, int pos, int filled, List<long[]> found,
            java.util.function.Predicate<long[]> ok) {
        if (found.size() > 1) {
            return;
        }
        if (run == runs.size()) {
            if (filled == cells && ok.test(acc)) {
                found.add(acc.clone());
            }
            return;
        }
        String r = runs.get(run);
        if (pos == r.length()) {
            splitAll(runs, cells, acc, run + 1, 0, filled, found, ok);
            return;
        }
        if (filled == cells) {
            return;
        }
        for (int end = pos + 1; end <= r.length(); end++) {
            if (r.charAt(pos) == '0' && end > pos + 1) {
                break;
            }
            if (end - pos > 17) {
                break;
            }
            acc[filled] = Long.parseLong(r.substring(pos, end));
            splitAll(runs, cells, acc, run, end, filled + 1, found, ok);
        }
    }

    // ---- the document

    private void document() {
        String agency = report.agency();
        String titleTail = report.reportYear() + "年政府信息公开工作年度报告";
        switch (form) {
            case HTML -> out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                    .append(agency).append("</title></head><body>\n");
            default -> {
            }
        }
        if (q.chrome()) {
            chrome("首页 > 政务公开 > 政府信息公开年报");
        }
        switch (form) {
            case LAYOUT_TEXT -> {
                line("            " + agency);
                line("     " + report.reportYear() + " 年政府信息公开工作年度报告");
                line("");
            }
            case MARKDOWN -> line("# " + agency + titleTail);
            case HTML -> line("<h1>" + agency + " " + titleTail + "</h1>");
            default -> line(agency + " " + titleTail);
        }
        paragraph("本报告根据《条例》编制。");
        for (Section s : Section.values()) {
            heading(s);
            switch (s) {
                case PROACTIVE_DISCLOSURE -> disclosure();
                case APPLICATIONS -> applications();
                case REVIEW_LITIGATION -> review();
                default -> narrative(report.narrative(s));
            }
        }
        if (q.chrome()) {
            chrome("附件下载");
            chrome("分享到：");
        }
        if (form == Form.HTML) {
            out.append("</body></html>\n");
        }
    }

    private void chrome(String text) {
        switch (form) {
            case HTML -> line("<div class=\"chrome\">" + text.replace(">", "&gt;") + "</div>");
            default -> {
                line(text);
                blankLine();
            }
        }
    }

    private void heading(Section s) {
        String label = s.label();
        switch (form) {
            case LAYOUT_TEXT -> line("     " + label);
            case MARKDOWN -> {
                blankLine();
                line("## " + label);
                blankLine();
            }
            case HTML -> line("<h2>" + label + "</h2>");
            default -> {
                blankLine();
                line(label);
                blankLine();
            }
        }
    }

    private void narrative(Narrative n) {
        for (NarrativeBlock b : n.blocks()) {
            if (b.kind() == NarrativeBlock.Kind.HEADING) {
                switch (form) {
                    case HTML -> line("<p><strong>" + b.text() + "</strong></p>");
                    case LAYOUT_TEXT -> line("    " + b.text());
                    default -> {
                        line(b.text());
                        blankLine();
                    }
                }
            } else {
                paragraph(b.text());
            }
        }
    }

    private void paragraph(String text) {
        switch (form) {
            case HTML -> line("<p>" + text + "</p>");
            case LAYOUT_TEXT -> {
                // Wrapped like a PDF line: never at a space, which the line break would swallow.
                int width = q.wrapLabels() ? 14 : 100_000;
                boolean first = true;
                int i = 0;
                while (i < text.length()) {
                    int cut = Math.min(text.length(), i + width);
                    while (cut < text.length() && (text.charAt(cut) == ' ' || text.charAt(cut - 1) == ' ')) {
                        cut++;
                    }
                    line((first ? "    " : "") + text.substring(i, cut));
                    first = false;
                    i = cut;
                }
            }
            default -> {
                line(text);
                blankLine();
            }
        }
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void blankLine() {
        out.append('\n');
    }

    // ---- cells

    private Map<CellKey, String> printed = Map.of();

    private String value(CellKey key, Cell c) {
        if (printed.containsKey(key)) {
            return printed.get(key);
        }
        if (c.isBlank()) {
            return "";
        }
        if (c.isNotApplicable()) {
            return rnd.nextBoolean() ? "/" : "—";
        }
        String s;
        if (c instanceof Amount a) {
            s = a.value().toPlainString();
            if (key.column() != DisclosureColumn.FEE_AMOUNT || a.unit() != io.github.nianbao.core.cell.MoneyUnit.WAN_YUAN) {
                boolean bare = a.unit() == io.github.nianbao.core.cell.MoneyUnit.YUAN && rnd.nextBoolean();
                s += bare ? "" : a.unit().symbol();
            }
        } else {
            long v = ((Count) c).value();
            s = Long.toString(v);
            if (key.kind() == CellKind.SIGNED_COUNT && v > 0 && q.whitespace() && rnd.nextBoolean()) {
                s = "+" + s;
            }
            // Annotations in cells (not in laid-out text, where they would push the columns about).
            if (q.chrome() && form != Form.LAYOUT_TEXT && key.table() == Section.PROACTIVE_DISCLOSURE
                    && key.kind() == CellKind.COUNT && rnd.nextInt(4) == 0) {
                s += "（其中修订" + rnd.nextInt(10) + "件）";
            }
        }
        return digits(s);
    }

    private String digits(String s) {
        if (!q.fullWidth()) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            sb.append(ch >= '0' && ch <= '9' ? (char) ('０' + ch - '0') : ch);
        }
        return sb.toString();
    }

    private String label(String s) {
        if (!q.traditional()) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            int i = TRADITIONAL.indexOf(ch);
            sb.append(i >= 0 && i % 2 == 0 ? TRADITIONAL.charAt(i + 1) : ch);
        }
        return sb.toString();
    }

    // ---- tables as rows

    /** A label cell: its text, and how many rows and columns it spans (rows 0: covered by the cell above). */
    private record LabelCell(String text, int rowspan, int colspan) {
    }

    /** One table row: label cells, then values; header rows have no values. */
    private record Row(List<LabelCell> labels, List<String> values, List<CellKey> keys, boolean glue, String group) {
    }

    private void disclosure() {
        ProactiveDisclosure t = report.proactiveDisclosure();
        Edition e = t.edition();
        List<Row> rows = new ArrayList<>();
        for (DisclosureBlock block : DisclosureBlock.values()) {
            if (!block.editions().contains(e)) {
                continue;
            }
            List<DisclosureColumn> cols = block.columns(e);
            rows.add(header(List.of(new LabelCell(block.label(), 1, 1 + cols.size()))));
            List<LabelCell> h = new ArrayList<>();
            h.add(new LabelCell(DisclosureBlock.ROW_HEADER, 1, 1));
            cols.forEach(c -> h.add(new LabelCell(c.label(), 1, 1)));
            rows.add(header(h));
            for (DisclosureRow row : DisclosureRow.values()) {
                if (row.block() == block && row.editions().contains(e)) {
                    rows.add(data(List.of(new LabelCell(row.label(), 1, 1)), t, t.layout().row(row), false, null));
                }
            }
        }
        table(rows, 3);
    }

    private void applications() {
        ApplicationTable t = report.applications();
        Layout layout = t.layout();
        List<Row> rows = new ArrayList<>();
        rows.add(header(List.of(new LabelCell(Section.LEDGER_NOTE, 1, 3), new LabelCell(Group.APPLICANTS.label(), 1, 6),
                new LabelCell(Applicant.TOTAL.label(), 1, 1))));
        rows.add(header(List.of(new LabelCell("", 1, 3), new LabelCell(Applicant.NATURAL_PERSON.label(), 1, 1),
                new LabelCell(Group.LEGAL_PERSONS.label(), 1, 5), new LabelCell("", 1, 1))));
        List<LabelCell> cols = new ArrayList<>();
        cols.add(new LabelCell("", 1, 4));
        for (Applicant a : Applicant.values()) {
            if (a.parent().orElse(null) == Group.LEGAL_PERSONS) {
                cols.add(new LabelCell(a.label(), 1, 1));
            }
        }
        cols.add(new LabelCell("", 1, 1));
        rows.add(header(cols));
        int results = 0;
        for (CatalogueEntry r : layout.rows()) {
            if (r.parent().isPresent()) {
                results++;
            }
        }
        Map<Group, Integer> groupSize = new HashMap<>();
        for (CatalogueEntry r : layout.rows()) {
            r.parent().filter(g -> g != Group.RESULTS).ifPresent(g -> groupSize.merge(g, 1, Integer::sum));
        }
        boolean firstResult = true;
        Group lastGroup = null;
        for (CatalogueEntry entry : layout.rows()) {
            ApplicationRow row = (ApplicationRow) entry;
            List<LabelCell> labels = new ArrayList<>();
            Group group = row.parent().orElse(null);
            String groupText = null;
            if (group == null) {
                labels.add(new LabelCell(row.label(), 1, 3));
            } else {
                labels.add(new LabelCell(Group.RESULTS.label(), firstResult ? results : 0, 1));
                firstResult = false;
                if (group == Group.RESULTS) {
                    labels.add(new LabelCell(row.label(), 1, 2));
                } else {
                    labels.add(new LabelCell(group.label(), group != lastGroup ? groupSize.get(group) : 0, 1));
                    if (group != lastGroup) {
                        groupText = group.label();
                    }
                    labels.add(new LabelCell(row.label(), 1, 1));
                }
            }
            lastGroup = group;
            rows.add(data(labels, t, layout.row(row), gluedRows.contains(row), groupText));
        }
        table(rows, 7);
    }

    private void review() {
        ReviewLitigationTable t = report.reviewLitigation();
        List<Row> rows = new ArrayList<>();
        rows.add(header(List.of(new LabelCell(ReviewBlock.ADMINISTRATIVE_REVIEW.label(), 1, 5),
                new LabelCell(Group.LITIGATION.label(), 1, 10))));
        rows.add(header(List.of(new LabelCell("", 1, 5), new LabelCell(ReviewBlock.DIRECT_LITIGATION.label(), 1, 5),
                new LabelCell(ReviewBlock.LITIGATION_AFTER_REVIEW.label(), 1, 5))));
        List<LabelCell> cols = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            for (ReviewColumn c : ReviewColumn.values()) {
                cols.add(new LabelCell(c.label(), 1, 1));
            }
        }
        rows.add(header(cols));
        rows.add(data(List.of(), t, t.layout().cells(), gluedReview, null));
        table(rows, 15);
    }

    private Row header(List<LabelCell> cells) {
        return new Row(cells, List.of(), List.of(), false, null);
    }

    private Row data(List<LabelCell> labels, Table t, List<CellKey> keys, boolean glue, String group) {
        List<String> values = new ArrayList<>();
        for (CellKey k : keys) {
            values.add(value(k, t.cell(k)));
        }
        if (form == Form.LAYOUT_TEXT && !glue) {
            long blanks = keys.stream().filter(k -> t.cell(k).isBlank()).count();
            if (blanks > 0 && (blanks < keys.size() || keys.size() == 15)) {
                atRisk.addAll(keys);
            }
        }
        return new Row(labels, values, keys, glue, group);
    }

    // ---- tables in each form

    private void table(List<Row> rows, int width) {
        switch (form) {
            case HTML -> htmlTable(rows);
            case MARKDOWN -> markdownTable(rows);
            case PAGE_TEXT -> pageTextTable(rows, width);
            case LAYOUT_TEXT -> layoutTable(rows, width);
            default -> throw new AssertionError(form);
        }
    }

    // Values of a data row as printed: one string per cell, glued runs merged into one.
    private List<String> printedValues(Row row) {
        if (!row.glue()) {
            return row.values();
        }
        if (row.keys().size() == 15) {
            List<String> v = new ArrayList<>(row.values());
            int b = reviewGlueBlock;
            String run = String.join("", v.subList(b * 5, b * 5 + 5));
            List<String> out = new ArrayList<>(v.subList(0, b * 5));
            out.add(run);
            out.addAll(v.subList(b * 5 + 5, 15));
            return out;
        }
        return List.of(String.join("", row.values()));
    }

    private void pageBreak() {
        if (!q.pageBreaks() || rnd.nextInt(6) != 0) {
            return;
        }
        page++;
        switch (form) {
            case LAYOUT_TEXT -> {
                line("");
                line("                                        -" + page + "-");
                out.append('\f');
                shift = rnd.nextInt(4);
            }
            case PAGE_TEXT -> line("- " + page + " -");
            case MARKDOWN -> line("|---|---|---|");
            default -> {
            }
        }
    }

    private void pageTextTable(List<Row> rows, int width) {
        for (Row row : rows) {
            pageBreak();
            List<String> cells = new ArrayList<>();
            for (LabelCell c : row.labels()) {
                cells.add(c.rowspan() == 0 ? "" : label(c.text()));
                for (int i = 1; i < c.colspan() && row.values().isEmpty(); i++) {
                    cells.add("");
                }
            }
            if (row.values().isEmpty()) {
                line(String.join("\t", cells));
                continue;
            }
            List<String> values = printedValues(row);
            boolean hasBlank = row.values().stream().anyMatch(String::isEmpty);
            String rowLabel = cells.isEmpty() ? null : cells.remove(cells.size() - 1);
            // Long labels wrapped: the first parts on lines of their own.
            if (rowLabel != null && q.wrapLabels() && rowLabel.length() > 12 && rnd.nextBoolean()) {
                int cut = 4 + rnd.nextInt(rowLabel.length() - 8);
                List<String> lead = new ArrayList<>(cells);
                lead.add(rowLabel.substring(0, cut));
                line(String.join("\t", lead));
                pageBreak();
                cells.clear();
                rowLabel = rowLabel.substring(cut);
            }
            if (rowLabel != null) {
                if (row.glue() && rnd.nextBoolean()) {
                    cells.add(rowLabel + values.get(0));
                    values = values.subList(1, values.size());
                } else {
                    cells.add(rowLabel);
                }
                if (q.whitespace() && !hasBlank && !row.glue()) {
                    cells.add(""); // a spilled merged label cell
                }
            }
            List<String> all = new ArrayList<>(cells);
            for (String v : values) {
                all.add(q.whitespace() ? " " + v + (rnd.nextBoolean() ? " " : "") : v);
            }
            if (row.keys().size() < width && !row.glue()) {
                for (int i = row.keys().size(); i < width; i++) {
                    all.add("");
                }
            }
            line(String.join("\t", all));
        }
        blankLine();
    }

    private void markdownTable(List<Row> rows) {
        boolean first = true;
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (LabelCell c : row.labels()) {
                cells.add(c.rowspan() == 0 ? "" : label(c.text()));
            }
            if (!row.values().isEmpty()) {
                if (row.glue() && !cells.isEmpty() && rnd.nextBoolean()) {
                    List<String> v = printedValues(row);
                    cells.set(cells.size() - 1, cells.get(cells.size() - 1) + v.get(0));
                } else {
                    cells.addAll(printedValues(row));
                }
            }
            String pad = q.whitespace() ? "  " : " ";
            line("|" + pad + String.join(pad + "|" + pad, cells) + pad + "|");
            if (first) {
                line("|" + "---|".repeat(Math.max(1, cells.size())));
                first = false;
            } else {
                pageBreak();
            }
        }
        blankLine();
    }

    private void htmlTable(List<Row> rows) {
        line("<table border=\"1\"><tbody>");
        for (Row row : rows) {
            StringBuilder tr = new StringBuilder("<tr>");
            for (LabelCell c : row.labels()) {
                if (c.rowspan() == 0) {
                    continue;
                }
                tr.append("<td");
                if (c.rowspan() > 1) {
                    tr.append(" rowspan=\"").append(c.rowspan()).append('"');
                }
                if (c.colspan() > 1) {
                    tr.append(" colspan=\"").append(c.colspan()).append('"');
                }
                String text = label(c.text());
                if (q.wrapLabels() && text.length() > 12) {
                    text = text.substring(0, 6) + "<br>" + text.substring(6);
                }
                tr.append('>').append(text.isEmpty() && q.whitespace() ? "&nbsp;" : text).append("</td>");
            }
            for (String v : printedValues(row)) {
                tr.append("<td>").append(v.isEmpty() && q.whitespace() ? "&nbsp;" : v).append("</td>");
            }
            line(tr.append("</tr>").toString());
        }
        line("</tbody></table>");
    }

    // Laid out like pdftotext: labels from the left, numbers right-aligned in fixed columns.
    private void layoutTable(List<Row> rows, int width) {
        int labelWidth = 46;
        int cell = q.whitespace() ? 9 + rnd.nextInt(5) : 10;
        List<Character> vertical = new ArrayList<>();
        for (Row row : rows) {
            pageBreak();
            if (row.values().isEmpty()) {
                StringBuilder sb = new StringBuilder(" ".repeat(4 + shift));
                for (LabelCell c : row.labels()) {
                    sb.append(label(c.text())).append("    ");
                }
                line(sb.toString());
                continue;
            }
            List<LabelCell> labels = row.labels();
            String rowLabel = labels.isEmpty() ? "" : label(labels.get(labels.size() - 1).text());
            if (row.group() != null) {
                line(" ".repeat(4 + shift) + label(row.group()));
            }
            if (!labels.isEmpty() && labels.get(0).rowspan() > 1 && labels.get(0).text().equals(Group.RESULTS.label())) {
                if (q.wrapLabels()) {
                    for (char ch : label(Group.RESULTS.label()).toCharArray()) {
                        vertical.add(ch);
                    }
                } else {
                    line(" ".repeat(1 + shift) + label(Group.RESULTS.label()));
                }
            }
            List<String> parts = new ArrayList<>();
            if (q.wrapLabels() && rowLabel.length() > 12 && !row.glue()) {
                int cuts = rowLabel.length() > 24 ? 3 : 2;
                int size = (rowLabel.length() + cuts - 1) / cuts;
                for (int i = 0; i < rowLabel.length(); i += size) {
                    parts.add(rowLabel.substring(i, Math.min(rowLabel.length(), i + size)));
                }
            } else {
                parts.add(rowLabel);
            }
            int valuesOn = rnd.nextInt(parts.size());
            for (int p = 0; p < parts.size(); p++) {
                String text = " ".repeat(2 + shift) + parts.get(p);
                if (p == valuesOn) {
                    text = valuesLine(text, row, labelWidth, cell);
                }
                line(text);
                if (p + 1 < parts.size()) {
                    pageBreak();
                }
            }
            if (!vertical.isEmpty() && rnd.nextBoolean()) {
                line(" ".repeat(shift) + vertical.remove(0));
            }
        }
        for (char ch : vertical) {
            line(" ".repeat(shift) + ch);
        }
        line("");
    }

    private String valuesLine(String label, Row row, int labelWidth, int cell) {
        StringBuilder sb = new StringBuilder(label);
        if (row.glue()) {
            List<String> printed = printedValues(row);
            if (row.keys().size() != 15) {
                return sb.append(printed.get(0)).toString(); // glued onto the label
            }
            for (String v : printed) {
                sb.append("   ").append(v);
            }
            return sb.toString();
        }
        int start = Math.max(labelWidth + shift, sb.length() + 2);
        while (sb.length() < start) {
            sb.append(' ');
        }
        for (String v : row.values()) {
            int target = sb.length() + Math.max(cell, v.length() + 2);
            while (sb.length() < target - v.length()) {
                sb.append(' ');
            }
            sb.append(v);
        }
        return sb.toString().stripTrailing();
    }
}

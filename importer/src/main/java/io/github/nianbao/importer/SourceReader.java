package io.github.nianbao.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a source into rows of pieces: lines of text (split at tabs, pipes or whitespace) or the
 * blocks and table rows of an HTML document, with HTML spans expanded into a grid.
 */
final class SourceReader {

    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype|<html|<body|<table|<p[\\s>]|<div|<h[1-6]|<meta|<head).*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—－–]\\s*\\d{1,3}\\s*[-—－–]|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");
    private static final Pattern MD_SEPARATOR = Pattern.compile(":?-{3,}:?");
    private static final Pattern WIDE_GAP = Pattern.compile("\\S {3,}\\S");

    /** A source cut into rows. */
    record Source(SourceFormat format, List<SourceRow> rows) {
    }

    private SourceReader() {
    }

    static SourceFormat detect(String text) {
        if (HTML.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).matches()) {
            return SourceFormat.HTML;
        }
        int pipes = 0;
        int tabs = 0;
        int wide = 0;
        boolean formFeed = text.indexOf('\f') >= 0;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("|") && t.length() > 1) {
                pipes++;
            } else if (line.indexOf('\t') >= 0 && !t.isEmpty()) {
                tabs++;
            } else if (WIDE_GAP.matcher(line).find()) {
                wide++;
            }
        }
        if (pipes >= 2) {
            return SourceFormat.MARKDOWN;
        }
        if (tabs >= 2) {
            return SourceFormat.PAGE_TEXT;
        }
        return formFeed || wide >= 5 ? SourceFormat.LAYOUT_TEXT : SourceFormat.PAGE_TEXT;
    }

    static Source read(String text, SourceFormat format) {
        return new Source(format, format == SourceFormat.HTML ? html(text) : text(text));
    }

    // ---- text forms

    private static List<SourceRow> text(String text) {
        List<SourceRow> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int page = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int formFeedsBefore = 0;
            for (int i = 0; i < line.length() && line.charAt(i) == '\f'; i++) {
                formFeedsBefore++;
            }
            page += formFeedsBefore;
            rows.add(line(line, n + 1, page, formFeedsBefore));
            for (int i = formFeedsBefore; i < line.length(); i++) {
                if (line.charAt(i) == '\f') {
                    page++;
                }
            }
        }
        return rows;
    }

    private static SourceRow line(String line, int lineNo, int page, int shift) {
        String trimmed = trim(line);
        if (trimmed.isEmpty()) {
            return new SourceRow(List.of(), false, page, SourceRow.Kind.BLANK, "");
        }
        if (trimmed.startsWith("|")) {
            return pipeRow(line, lineNo, page);
        }
        List<Piece> pieces = new ArrayList<>();
        boolean cellular = line.indexOf('\t') >= 0;
        if (cellular) {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == '\t') {
                    pieces.add(cell(line, start, i, lineNo));
                    start = i + 1;
                }
            }
        } else {
            int i = 0;
            while (i < line.length()) {
                while (i < line.length() && isSpace(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < line.length() && !isSpace(line.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    pieces.add(new Piece(line.substring(start, i), lineNo, start + 1, null, start - shift, i - shift, false));
                }
            }
        }
        SourceRow.Kind kind = PAGE_NUMBER.matcher(trimmed).matches() ? SourceRow.Kind.PAGE_NUMBER : SourceRow.Kind.CONTENT;
        return new SourceRow(pieces, cellular, page, kind, line.replace("\f", ""));
    }

    private static SourceRow pipeRow(String line, int lineNo, int page) {
        List<Integer> bars = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                bars.add(i);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int first = bars.get(0);
        String lead = trim(line.substring(0, first));
        if (!lead.isEmpty()) {
            pieces.add(cell(line, 0, first, lineNo));
        }
        for (int b = 0; b + 1 < bars.size(); b++) {
            pieces.add(cell(line, bars.get(b) + 1, bars.get(b + 1), lineNo));
        }
        int last = bars.get(bars.size() - 1);
        if (!trim(line.substring(last + 1)).isEmpty()) {
            pieces.add(cell(line, last + 1, line.length(), lineNo));
        }
        boolean separator = !pieces.isEmpty() && pieces.stream().allMatch(p -> p.isEmpty() || MD_SEPARATOR.matcher(p.text()).matches())
                && pieces.stream().anyMatch(p -> !p.isEmpty());
        return new SourceRow(pieces, true, page, separator ? SourceRow.Kind.SEPARATOR : SourceRow.Kind.CONTENT, line);
    }

    private static Piece cell(String line, int from, int to, int lineNo) {
        String raw = line.substring(from, to).replace("\\|", "|");
        int lead = 0;
        while (lead < raw.length() && isSpace(raw.charAt(lead))) {
            lead++;
        }
        return new Piece(trim(raw), lineNo, from + lead + 1, null, -1, -1, false);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003'
                || c == '\r' || c == '\u200b' || c == '\ufeff';
    }

    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    // ---- HTML

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "section", "article", "header", "footer", "nav", "blockquote", "pre", "dd", "dt", "dl",
            "center", "form", "main", "aside", "figure", "figcaption", "caption", "hr");

    /**
     * The most cells, spans and padding included, that the HTML tables of one page may make: fifty
     * times what the three tables of a report need, and few enough that the grid of a hostile page
     * ({@code rowspan} and {@code colspan} multiply) stays a few megabytes.
     */
    static final long MAX_TABLE_CELLS = 100_000;

    /** The page's tables make more than {@link #MAX_TABLE_CELLS} cells: the page is not read. */
    static final class TablesTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TablesTooLarge() {
            super(null, null, false, false);
        }
    }

    private static List<SourceRow> html(String text) {
        Document doc = Jsoup.parse(text);
        List<SourceRow> rows = new ArrayList<>();
        HtmlWalker walker = new HtmlWalker(rows);
        walker.walk(doc.body(), doc.body());
        walker.flush();
        return rows;
    }

    private static final class HtmlWalker {
        private final List<SourceRow> rows;
        private final StringBuilder buffer = new StringBuilder();
        private Element block;
        private long tableCells;

        HtmlWalker(List<SourceRow> rows) {
            this.rows = rows;
        }

        void walk(Element element, Element currentBlock) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    if (buffer.isEmpty()) {
                        block = currentBlock;
                    }
                    buffer.append(t.getWholeText());
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("head")) {
                        continue;
                    }
                    if (tag.equals("br")) {
                        flush();
                    } else if (tag.equals("table")) {
                        flush();
                        table(e);
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        walk(e, e);
                        flush();
                    } else {
                        walk(e, currentBlock);
                    }
                }
            }
        }

        void flush() {
            String t = trim(buffer.toString().replaceAll("[\\s\\u00a0]+", " "));
            buffer.setLength(0);
            if (!t.isEmpty()) {
                Piece p = new Piece(t, 0, 0, new HtmlPath(block), -1, -1, false);
                SourceRow.Kind kind = PAGE_NUMBER.matcher(t).matches() ? SourceRow.Kind.PAGE_NUMBER : SourceRow.Kind.CONTENT;
                rows.add(new SourceRow(List.of(p), true, 0, kind, t));
            }
        }

        private void table(Element table) {
            List<Element> trs = new ArrayList<>();
            for (Element section : table.children()) {
                if (section.normalName().equals("tr")) {
                    trs.add(section);
                } else if (section.normalName().equals("thead") || section.normalName().equals("tbody") || section.normalName().equals("tfoot")) {
                    for (Element tr : section.children()) {
                        if (tr.normalName().equals("tr")) {
                            trs.add(tr);
                        }
                    }
                }
            }
            Map<Long, Piece> grid = new HashMap<>();
            int width = 0;
            for (int r = 0; r < trs.size(); r++) {
                int c = 0;
                for (Element td : trs.get(r).children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    while (grid.containsKey(key(r, c))) {
                        c++;
                    }
                    int rowspan = span(td.attr("rowspan"));
                    int colspan = span(td.attr("colspan"));
                    HtmlPath path = new HtmlPath(td);
                    String text = trim(td.text().replace('\u00a0', ' '));
                    for (int dr = 0; dr < rowspan && r + dr < trs.size(); dr++) {
                        for (int dc = 0; dc < colspan; dc++) {
                            spend(1);
                            boolean origin = dr == 0 && dc == 0;
                            grid.put(key(r + dr, c + dc), new Piece(origin ? text : "", 0, 0, path, -1, -1, !origin));
                        }
                    }
                    c += colspan;
                    width = Math.max(width, c);
                }
            }
            // Rows are padded to the table's width: that is what the table costs.
            spend((long) trs.size() * width - grid.size());
            for (int r = 0; r < trs.size(); r++) {
                List<Piece> pieces = new ArrayList<>();
                HtmlPath rowPath = new HtmlPath(trs.get(r));
                for (int c = 0; c < width; c++) {
                    Piece p = grid.get(key(r, c));
                    pieces.add(p != null ? p : new Piece("", 0, 0, rowPath, -1, -1, true));
                }
                boolean blank = pieces.stream().allMatch(Piece::isEmpty);
                rows.add(new SourceRow(pieces, true, 0, blank ? SourceRow.Kind.BLANK : SourceRow.Kind.CONTENT,
                        pieces.stream().map(Piece::text).filter(x -> !x.isEmpty()).collect(java.util.stream.Collectors.joining(" "))));
            }
        }

        private void spend(long cells) {
            tableCells += cells;
            if (tableCells > MAX_TABLE_CELLS) {
                throw new TablesTooLarge();
            }
        }

        private static long key(int r, int c) {
            return ((long) r << 32) | c;
        }

        private static int span(String attr) {
            try {
                int n = Integer.parseInt(attr.trim());
                return n < 1 ? 1 : Math.min(n, 1000);
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}

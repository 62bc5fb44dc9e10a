package io.github.nianbao.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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

    // The elements an HTML page or fragment may start with (after comments, an XML prolog and whitespace).
    private static final java.util.Set<String> HTML_START = java.util.Set.of("html", "head", "body", "meta", "title", "link",
            "base", "script", "style", "noscript", "template", "table", "tbody", "thead", "tr", "td", "th", "caption", "p", "div",
            "span", "font", "center", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "a", "b", "i", "u", "em", "strong", "small", "big", "br", "hr", "img",
            "form", "iframe", "frameset", "svg", "blockquote", "pre", "figure", "label", "input", "button", "object", "sup", "sub");
    // Elements that only a whole page starts with: a fragment starting otherwise may be Markdown with inline HTML.
    private static final java.util.Set<String> DOCUMENT_START = java.util.Set.of("!doctype", "html", "head", "body", "meta", "title", "link",
            "base", "script", "style");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—－–]\\s*\\d{1,3}\\s*[-—－–]|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");
    private static final Pattern MD_SEPARATOR = Pattern.compile(":?-{3,}:?");
    private static final Pattern WIDE_GAP = Pattern.compile("\\S {3,}\\S");

    /** A source cut into rows, and what the page says about the report outside its text. */
    record Source(SourceFormat format, List<SourceRow> rows, PageMeta meta) {

        Source(SourceFormat format, List<SourceRow> rows) {
            this(format, rows, PageMeta.NONE);
        }
    }

    /**
     * What a page says about the report besides its text: titles (a scraper's 标题 line, the
     * page's {@code <meta name="ArticleTitle">}, a title printed before the article, {@code <h1>},
     * {@code <title>}), in the order they are to be tried; publication dates as printed (发布时间,
     * {@code <meta name="PubDate">}); the publishing agency (发布机构, {@code <meta name="ContentSource">}).
     *
     * @param titles candidate titles, best first
     * @param dates candidate publication dates as printed, best first
     * @param agency the publishing agency as the page names it, or null
     */
    record PageMeta(List<String> titles, List<String> dates, String agency) {
        static final PageMeta NONE = new PageMeta(List.of(), List.of(), null);
    }

    private SourceReader() {
    }

    static SourceFormat detect(String text) {
        String start = htmlStart(text);
        if (start != null && (DOCUMENT_START.contains(start) || !isMarkdown(text))) {
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

    /**
     * The element an HTML source starts with, however it starts: after a byte-order mark, any
     * whitespace, comments (a browser's {@code <!-- saved from url=... -->}, IE conditional
     * comments), an XML prolog or IE's {@code <![if ...]>}; {@code "!doctype"} for a document type.
     *
     * @return the element's name in lower case, or null when the text does not start like HTML
     */
    static String htmlStart(String text) {
        int n = text.length();
        int i = 0;
        while (true) {
            while (i < n && (isSpace(text.charAt(i)) || text.charAt(i) == '\n' || text.charAt(i) == '\ufeff')) {
                i++;
            }
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return null;
                }
                i = end + 3;
            } else if (text.startsWith("<?", i) || text.startsWith("<![", i)) {
                int end = text.indexOf('>', i + 2);
                if (end < 0) {
                    return null;
                }
                i = end + 1;
            } else {
                break;
            }
        }
        if (i >= n || text.charAt(i) != '<') {
            return null;
        }
        if (text.regionMatches(true, i, "<!doctype", 0, 9)) {
            return "!doctype";
        }
        int j = i + 1;
        while (j < n && j - i <= 12 && (Character.isLetterOrDigit(text.charAt(j)) && text.charAt(j) < 0x80)) {
            j++;
        }
        if (j == i + 1 || j >= n || !(text.charAt(j) == '>' || text.charAt(j) == '/' || Character.isWhitespace(text.charAt(j)))) {
            return null;
        }
        String name = text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT);
        return HTML_START.contains(name) ? name : null;
    }

    private static boolean isMarkdown(String text) {
        int pipes = 0;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("|") && t.length() > 1 && ++pipes >= 2) {
                return true;
            }
        }
        return false;
    }

    static Source read(String text, SourceFormat format) {
        if (format == SourceFormat.HTML) {
            return html(text);
        }
        List<SourceRow> rows = text(text);
        return new Source(format, rows, scraperHeader(rows));
    }

    // ---- a scraper's header lines: 标题: … 发布时间: … 发布机构: … then ==== 正文 ====

    private static final Pattern HEADER_LINE = Pattern.compile("\\s*([\\p{IsHan}]{2,6})\\s*[:：]\\s*(.*)");
    private static final Pattern BODY_MARKER = Pattern.compile("\\s*[=＝\\-—*#]{2,}\\s*正\\s*文\\s*[=＝\\-—*#]{2,}\\s*");
    private static final java.util.Set<String> TITLE_KEYS = java.util.Set.of("标题", "题目");
    private static final java.util.Set<String> DATE_KEYS = java.util.Set.of("发布时间",
            io.github.nianbao.core.catalogue.MetadataField.PUBLICATION_DATE.label(), "日期", "时间");
    private static final java.util.Set<String> AGENCY_KEYS = java.util.Set.of("发布机构", "发文机关");
    private static final java.util.Set<String> OTHER_KEYS = java.util.Set.of("成文日期", "文号", "发文字号", "来源", "栏目",
            "原文链接", "链接", "网址", "本地目录", "索引号", "主题分类", "分类", "关键词", "作者");
    private static final int HEADER_LINES = 30;

    /**
     * Reads a scraper's header lines at the top of a text, and turns them (and everything up to a
     * "==== 正文 ====" marker) into blank rows: they are about the page, not part of the report.
     */
    private static PageMeta scraperHeader(List<SourceRow> rows) {
        int marker = -1;
        int n = Math.min(rows.size(), HEADER_LINES);
        for (int i = 0; i < n; i++) {
            if (rows.get(i).isContent() && BODY_MARKER.matcher(rows.get(i).raw()).matches()) {
                marker = i;
                break;
            }
        }
        List<String> titles = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String agency = null;
        int known = 0;
        int end = -1;
        for (int i = 0; i < (marker >= 0 ? marker : n); i++) {
            SourceRow r = rows.get(i);
            if (!r.isContent()) {
                continue;
            }
            java.util.regex.Matcher m = HEADER_LINE.matcher(r.raw());
            String key = m.matches() ? m.group(1) : "";
            boolean title = TITLE_KEYS.contains(key);
            boolean date = DATE_KEYS.contains(key);
            boolean publisher = AGENCY_KEYS.contains(key);
            if (!title && !date && !publisher && !OTHER_KEYS.contains(key)) {
                if (marker >= 0) {
                    continue; // another line of the header (a note), up to the marker
                }
                break;
            }
            known++;
            end = i;
            String value = trim(m.group(2));
            if (value.isEmpty()) {
                continue;
            }
            if (title) {
                titles.add(value);
            } else if (date) {
                dates.add(value);
            } else if (publisher && agency == null) {
                agency = value;
            }
        }
        if (known == 0 || (marker < 0 && (known < 2 || titles.isEmpty()))) {
            return PageMeta.NONE;
        }
        int last = marker >= 0 ? marker : end;
        for (int i = 0; i <= last; i++) {
            rows.set(i, new SourceRow(List.of(), false, rows.get(i).page(), SourceRow.Kind.BLANK, ""));
        }
        return new PageMeta(List.copyOf(titles), List.copyOf(dates), agency);
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

    // Zero-width spaces and byte-order marks are no spaces: between digits they would cut one printed
    // number into two cells in laid-out text and not in tab-separated text or HTML; kept, they make the
    // cell unknown in every form (CellText).
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003'
                || c == '\r';
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

    private static Source html(String text) {
        Document doc = Jsoup.parse(text);
        HtmlDepth.check(doc);
        List<SourceRow> rows = new ArrayList<>();
        HtmlWalker walker = new HtmlWalker(rows, hiddenByStyleSheet(doc));
        walker.walk(doc.body(), doc.body());
        walker.flush();
        List<String> titles = new ArrayList<>();
        metaContent(doc, titles, "ArticleTitle", "og:title");
        int h1 = 0;
        for (Element h : doc.body().getElementsByTag("h1")) {
            if (h1 == 3) {
                break; // a title is in one of the first: the rest cost a walk up the page each
            }
            if (!walker.hidden(h)) {
                titles.add(trim(h.text()));
                h1++;
            }
        }
        String pageTitle = Fold.text(doc.title());
        List<String> before = new ArrayList<>();
        List<SourceRow> article = article(rows, before);
        // Printed before the article: the one the page's <title> repeats first, then the nearest.
        java.util.Collections.reverse(before);
        before.stream().filter(b -> pageTitle.contains(Fold.text(b))).forEach(titles::add);
        before.stream().filter(b -> !pageTitle.contains(Fold.text(b))).forEach(titles::add);
        for (Element t : doc.select("title")) {
            String title = trim(t.text());
            // The site's name follows the article's: 某某报告_某某市人民政府网站, 某某报告 - 某某网.
            for (String part : title.split("\\s*[_|｜]\\s*|\\s+[-—–]+\\s+|--+")) {
                titles.add(trim(part));
            }
            titles.add(title);
        }
        titles.removeIf(String::isEmpty);
        List<String> dates = new ArrayList<>();
        metaContent(doc, dates, "PubDate", "publishdate", "firstpublishedtime", "article:published_time");
        List<String> agencies = new ArrayList<>();
        metaContent(doc, agencies, "ContentSource");
        return new Source(SourceFormat.HTML, article, new PageMeta(List.copyOf(titles), List.copyOf(dates),
                agencies.isEmpty() ? null : agencies.get(0)));
    }

    private static void metaContent(Document doc, List<String> out, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta")) {
                if (name.equalsIgnoreCase(m.attr("name")) || name.equalsIgnoreCase(m.attr("property"))) {
                    String c = trim(m.attr("content"));
                    if (!c.isEmpty()) {
                        out.add(c);
                    }
                }
            }
        }
    }

    /**
     * The rows of the article on a whole web page: those inside the innermost element holding the
     * headings of the report's sections, when at least two are found; the page's header,
     * navigation, breadcrumbs, side bars and footer around it are left out. Title-like blocks
     * printed before the article (outside that element) are added to {@code titles}, in page order.
     */
    private static List<SourceRow> article(List<SourceRow> rows, List<String> titles) {
        // The first heading of each section: at most six elements, so that the work below is
        // linear in the page's depth however many headings a hostile page repeats.
        List<Element> headings = new ArrayList<>();
        java.util.EnumSet<io.github.nianbao.core.catalogue.Section> seen = java.util.EnumSet.noneOf(io.github.nianbao.core.catalogue.Section.class);
        for (SourceRow r : rows) {
            if (r.pieces().size() != 1 || r.pieces().get(0).htmlPath() == null) {
                continue;
            }
            io.github.nianbao.core.catalogue.Section s = Headings.of(Fold.text(r.raw()));
            if (s != null && seen.add(s)) {
                headings.add(r.pieces().get(0).htmlPath().element());
            }
        }
        if (seen.size() < 2) {
            return rows;
        }
        // The innermost element holding them all: the first heading's ancestors, cut down by each other heading's.
        List<Element> chain = new ArrayList<>();
        for (Element e = headings.get(0); e != null; e = e.parent()) {
            chain.add(e);
        }
        java.util.Map<Element, Integer> level = new java.util.IdentityHashMap<>();
        for (int k = 0; k < chain.size(); k++) {
            level.put(chain.get(k), k);
        }
        int lowest = 0;
        for (Element h : headings) {
            Element e = h;
            while (e != null && !level.containsKey(e)) {
                e = e.parent();
            }
            if (e == null) {
                return rows;
            }
            lowest = Math.max(lowest, level.get(e));
        }
        Element root = chain.get(lowest);
        java.util.Set<Element> inRoot = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inRoot.addAll(root.getAllElements());
        List<SourceRow> inside = new ArrayList<>();
        boolean started = false;
        for (SourceRow r : rows) {
            Element e = element(r);
            if (e != null && inRoot.contains(e)) {
                inside.add(r);
                started = true;
            } else if (!started && r.pieces().size() == 1) {
                String f = Fold.text(r.raw());
                if (f.length() <= 120 && f.contains("年度报告")) {
                    titles.add(r.raw());
                }
            }
        }
        return inside;
    }

    private static Element element(SourceRow r) {
        for (Piece p : r.pieces()) {
            if (p.htmlPath() != null) {
                return p.htmlPath().element();
            }
        }
        return null;
    }

    // ---- hidden HTML: never read as the report

    // Elements whose content is not shown as text on the page.
    private static final java.util.Set<String> NOT_SHOWN = java.util.Set.of("script", "style", "head", "title", "template",
            "noscript", "svg", "math", "iframe", "object", "embed", "canvas", "select", "option", "datalist", "textarea",
            "button", "input", "audio", "video", "map", "meta", "link");
    private static final Pattern HIDING_STYLE = Pattern.compile("(?i)(?:^|[;\\s{])(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    private static final Pattern CSS_RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("[a-zA-Z0-9]*([.#])([\\w-]+)");

    /** The classes ({@code .x}) and ids ({@code #x}) that the page's style sheets hide. */
    private static java.util.Set<String> hiddenByStyleSheet(Document doc) {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        for (Element style : doc.select("style")) {
            Matcher m = CSS_RULE.matcher(style.data());
            while (m.find()) {
                if (!HIDING_STYLE.matcher("{" + m.group(2)).find()) {
                    continue;
                }
                for (String selector : m.group(1).split(",")) {
                    Matcher sel = SIMPLE_SELECTOR.matcher(selector.strip());
                    if (sel.matches()) {
                        hidden.add(sel.group(1) + sel.group(2));
                    }
                }
            }
        }
        return hidden;
    }

    private static final class HtmlWalker {
        private final List<SourceRow> rows;
        private final StringBuilder buffer = new StringBuilder();
        private final java.util.Set<String> hiddenSelectors;
        private Element block;
        private long tableCells;

        HtmlWalker(List<SourceRow> rows, java.util.Set<String> hiddenSelectors) {
            this.rows = rows;
            this.hiddenSelectors = hiddenSelectors;
        }

        // An element the page does not show: not shown by its kind, by its hidden attribute, by its
        // style or by a style sheet rule on its class or id.
        boolean hides(Element e) {
            if (NOT_SHOWN.contains(e.normalName()) || e.hasAttr("hidden") || HIDING_STYLE.matcher(e.attr("style")).find()) {
                return true;
            }
            if (hiddenSelectors.isEmpty()) {
                return false;
            }
            if (!e.id().isEmpty() && hiddenSelectors.contains("#" + e.id())) {
                return true;
            }
            for (String c : e.classNames()) {
                if (hiddenSelectors.contains("." + c)) {
                    return true;
                }
            }
            return false;
        }

        // Whether an element or one of its ancestors is hidden.
        boolean hidden(Element e) {
            for (Element x = e; x != null && !(x instanceof Document); x = x.parent()) {
                if (hides(x)) {
                    return true;
                }
            }
            return false;
        }

        // One element being walked: its children from the next index on, and the block its text belongs to.
        private static final class Frame {
            final Element element;
            final Element block;
            final boolean flushAfter;
            int next;

            Frame(Element element, Element block, boolean flushAfter) {
                this.element = element;
                this.block = block;
                this.flushAfter = flushAfter;
            }
        }

        // Walks the page in document order with a stack of its own: a page nested thousands of
        // elements deep is read, not a stack overflow.
        void walk(Element root, Element rootBlock) {
            java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
            stack.push(new Frame(root, rootBlock, false));
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.next >= f.element.childNodeSize()) {
                    stack.pop();
                    if (f.flushAfter) {
                        flush();
                    }
                    continue;
                }
                Node child = f.element.childNode(f.next++);
                if (child instanceof TextNode t) {
                    if (buffer.isEmpty()) {
                        block = f.block;
                    }
                    buffer.append(t.getWholeText());
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (hides(e)) {
                        continue;
                    }
                    if (tag.equals("br")) {
                        flush();
                    } else if (tag.equals("table")) {
                        flush();
                        table(e);
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        stack.push(new Frame(e, e, true));
                    } else {
                        stack.push(new Frame(e, f.block, false));
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
                if (hides(section)) {
                    continue;
                }
                if (section.normalName().equals("tr")) {
                    trs.add(section);
                } else if (section.normalName().equals("thead") || section.normalName().equals("tbody") || section.normalName().equals("tfoot")) {
                    for (Element tr : section.children()) {
                        if (tr.normalName().equals("tr") && !hides(tr)) {
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
                    if (!td.normalName().equals("td") && !td.normalName().equals("th") || hides(td)) {
                        continue;
                    }
                    while (grid.containsKey(key(r, c))) {
                        c++;
                    }
                    int rowspan = span(td.attr("rowspan"));
                    int colspan = span(td.attr("colspan"));
                    HtmlPath path = new HtmlPath(td);
                    String text = trim(shownText(td).replace('\u00a0', ' '));
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

        // A cell's text as shown: without what its hidden elements hold.
        private String shownText(Element td) {
            boolean any = false;
            for (Element e : td.getAllElements()) {
                if (e != td && hides(e)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return HtmlCellText.of(td);
            }
            Element copy = td.clone();
            for (Element e : new ArrayList<>(copy.getAllElements())) {
                if (e != copy && e.parent() != null && hides(e)) {
                    e.remove();
                }
            }
            return HtmlCellText.of(copy);
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

package io.github.nianbao.documents;

import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.SourceDocument;
import io.github.nianbao.importer.SourceFormat;
import io.github.nianbao.importer.SourceLocation;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF file with Apache PDFBox into a {@link SourceDocument}, from the position of every
 * glyph and the page's ruling lines rather than from a text layout:
 * <ul>
 *   <li>glyphs are grouped into printed lines by their baselines, and a line into words where the
 *       gap between two glyphs exceeds a tenth of the font size;</li>
 *   <li>the lines inside a table — between the topmost and the lowest horizontal ruling line of a
 *       ruled region of the page — become {@linkplain SourceDocument.Line positioned lines} whose
 *       words keep their horizontal position, so that the importer matches values to columns by
 *       coordinates; a word never crosses a vertical ruling line;</li>
 *   <li>the other lines are joined into paragraphs: a paragraph starts at an indented line (a first
 *       line, a heading, a centred title line) and continues across lines and pages;</li>
 *   <li>page numbers ({@code -3-}, {@code 第 3 页}) and running headers and footers (the same text
 *       at the top or bottom of several pages) are dropped.</li>
 * </ul>
 * Thread-safe: it holds no state.
 *
 * <p>Limits (see docs/RELIABILITY.md): at most {@value #MAX_FILE_BYTES} bytes of file,
 * {@value #MAX_PAGES} pages, {@value #MAX_GLYPHS} glyphs, {@value #MAX_MEMORY_BYTES} bytes of
 * PDFBox's stream cache in main memory (no temporary files), and {@value #MAX_MILLIS} ms of
 * reading; a file with a user password is {@link ImportIssue#ENCRYPTED}, one without text
 * {@link ImportIssue#NO_TEXT_LAYER}.
 */
public final class PdfReader {

    /** The largest PDF file read: 64 MiB, a hundred times a report with embedded fonts. */
    public static final long MAX_FILE_BYTES = 64L << 20;
    /** The most pages read: a report has 5 to 20. */
    public static final int MAX_PAGES = 500;
    /** The most glyphs read from all pages: a report has about 10,000. */
    public static final int MAX_GLYPHS = 2_000_000;
    /** The most main memory PDFBox may use for decoded streams. */
    public static final long MAX_MEMORY_BYTES = 256L << 20;
    /** The longest a file is read before it is given up as too large: a report takes well under a second. */
    public static final long MAX_MILLIS = 30_000;

    // How far from the end %%EOF may be: writers append line breaks, some a little junk.
    private static final int EOF_WINDOW = 1024;
    // A word break: a gap wider than this part of the font size (poppler's is the same).
    private static final double WORD_GAP = 0.1;
    private static final double POINTS_PER_COLUMN = 4.0;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—－–]?\\s*\\d{1,4}\\s*[-—－–]?|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");

    private static final PdfReader INSTANCE = new PdfReader();

    private PdfReader() {
    }

    /** {@return the reader} */
    public static PdfReader create() {
        return INSTANCE;
    }

    /**
     * Reads a PDF file.
     *
     * @param bytes the file
     * @return the document
     * @throws UnreadableDocumentException if the file is too large, encrypted, damaged or has no text layer
     */
    public SourceDocument read(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new UnreadableDocumentException(SourceFormat.PDF, ImportIssue.DOCUMENT_TOO_LARGE, "PDF", "file size",
                    bytes.length + " > " + MAX_FILE_BYTES + " bytes");
        }
        if (!endsWithEof(bytes)) {
            // PDFBox's lenient parser reads what a cut-off file still holds: a truncated report would
            // be read without its later pages. A complete file ends with %%EOF.
            throw new UnreadableDocumentException(SourceFormat.PDF, ImportIssue.DOCUMENT_DAMAGED, "PDF",
                    "truncated: no %%EOF in its last " + EOF_WINDOW + " bytes");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY_BYTES).streamCache);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(SourceFormat.PDF, ImportIssue.ENCRYPTED, "PDF");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw damaged(e);
        }
        try (doc) {
            return read(doc);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw damaged(e);
        }
    }

    private static boolean endsWithEof(byte[] b) {
        for (int i = b.length - 5; i >= Math.max(0, b.length - EOF_WINDOW); i--) {
            if (b[i] == '%' && b[i + 1] == '%' && b[i + 2] == 'E' && b[i + 3] == 'O' && b[i + 4] == 'F') {
                return true;
            }
        }
        return false;
    }

    private static UnreadableDocumentException damaged(Throwable e) {
        if (e instanceof Limit limit) {
            return limit.exception;
        }
        if (e.getCause() instanceof Limit limit) {
            return limit.exception;
        }
        return new UnreadableDocumentException(SourceFormat.PDF, ImportIssue.DOCUMENT_DAMAGED, "PDF", DocumentImporter.reason(e));
    }

    /** A limit was reached inside PDFBox's callbacks: unwinds PDFBox, carrying the diagnostic. */
    private static final class Limit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UnreadableDocumentException exception;

        Limit(String what, Object value) {
            super(what, null, false, false);
            this.exception = new UnreadableDocumentException(SourceFormat.PDF, ImportIssue.DOCUMENT_TOO_LARGE, "PDF", what, value);
        }
    }

    /** One glyph: its text, left and right edge, baseline, font size. */
    private record Glyph(String text, double x0, double x1, double y, double size) {
    }

    /** A printed line of a page. */
    private record PrintedLine(int page, double y, double size, List<Glyph> glyphs) {
        double left() {
            return glyphs.get(0).x0();
        }

        double right() {
            return glyphs.get(glyphs.size() - 1).x1();
        }
    }

    /** The ruling lines of a page, in text-space coordinates (y downwards). */
    private record Rulings(List<double[]> horizontal, List<double[]> vertical) {
    }

    private SourceDocument read(PDDocument doc) throws IOException, UnreadableDocumentException {
        int pages = doc.getNumberOfPages();
        if (pages > MAX_PAGES) {
            throw new UnreadableDocumentException(SourceFormat.PDF, ImportIssue.DOCUMENT_TOO_LARGE, "PDF", "pages", pages + " > " + MAX_PAGES);
        }
        long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
        List<List<Glyph>> glyphs = glyphs(doc, deadline);
        int printed = glyphs.stream().mapToInt(List::size).sum();
        if (printed == 0) {
            throw new UnreadableDocumentException(SourceFormat.PDF, ImportIssue.NO_TEXT_LAYER, pages);
        }
        List<PrintedLine> lines = new ArrayList<>();
        List<Rulings> rulings = new ArrayList<>();
        double[] heights = new double[pages];
        for (int p = 0; p < pages; p++) {
            PDPage page = doc.getPage(p);
            heights[p] = page.getMediaBox().getHeight();
            rulings.add(rulings(page, deadline));
            lines.addAll(lines(p + 1, glyphs.get(p)));
        }
        lines = withoutPageChrome(lines, heights);
        return document(lines, rulings);
    }

    private static List<List<Glyph>> glyphs(PDDocument doc, long deadline) throws IOException {
        List<List<Glyph>> pages = new ArrayList<>();
        int[] count = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                pages.add(new ArrayList<>());
            }

            @Override
            protected void processTextPosition(TextPosition t) {
                String u = t.getUnicode();
                if (u == null || u.isBlank()) {
                    return;
                }
                if (++count[0] > MAX_GLYPHS) {
                    throw new Limit("glyphs", "> " + MAX_GLYPHS);
                }
                if ((count[0] & 1023) == 0 && System.nanoTime() > deadline) {
                    throw new Limit("reading time", "> " + MAX_MILLIS + " ms");
                }
                double x = t.getXDirAdj();
                double w = Math.max(0, t.getWidthDirAdj());
                double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(1, t.getHeightDir());
                if (Double.isFinite(x) && Double.isFinite(w) && Double.isFinite(t.getYDirAdj())) {
                    pages.get(pages.size() - 1).add(new Glyph(u, x, x + w, t.getYDirAdj(), size));
                }
            }
        };
        stripper.setSortByPosition(false);
        stripper.getText(doc);
        while (pages.size() < doc.getNumberOfPages()) {
            pages.add(new ArrayList<>());
        }
        return pages;
    }

    // Glyphs on one baseline (within a third of the font size) make a line, left to right.
    private static List<PrintedLine> lines(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x0));
        List<PrintedLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double y = Double.NaN;
        double size = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.y() - y) > Math.max(1, Math.min(size, g.size()) / 3)) {
                lines.add(line(page, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                y = g.y();
                size = g.size();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(page, current));
        }
        return lines;
    }

    private static PrintedLine line(int page, List<Glyph> glyphs) {
        List<Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparingDouble(Glyph::x0));
        double size = byX.stream().mapToDouble(Glyph::size).max().orElse(1);
        double y = byX.stream().mapToDouble(Glyph::y).max().orElse(0);
        return new PrintedLine(page, y, size, byX);
    }

    // Page numbers near the top or bottom of a page, and text repeated at the same place on
    // several pages' top or bottom (running headers and footers).
    private static List<PrintedLine> withoutPageChrome(List<PrintedLine> lines, double[] heights) {
        Map<String, Integer> repeated = new HashMap<>();
        for (PrintedLine l : lines) {
            if (inMargin(l, heights)) {
                repeated.merge(text(l, false), 1, Integer::sum);
            }
        }
        List<PrintedLine> out = new ArrayList<>();
        for (PrintedLine l : lines) {
            String t = text(l, false);
            boolean chrome = inMargin(l, heights) && (PAGE_NUMBER.matcher(t.replace(" ", "")).matches()
                    || (heights.length > 2 && repeated.getOrDefault(t, 0) > 2));
            if (!chrome) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean inMargin(PrintedLine l, double[] heights) {
        double h = heights[l.page() - 1];
        return l.y() < h * 0.08 || l.y() > h * 0.92;
    }

    private static Rulings rulings(PDPage page, long deadline) throws IOException {
        double height = page.getMediaBox().getHeight();
        List<double[]> horizontal = new ArrayList<>();
        List<double[]> vertical = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private final List<double[]> path = new ArrayList<>();
            private Point2D current = new Point2D.Double();
            private int segments;

            private void add(double x0, double y0, double x1, double y1) {
                if (++segments > MAX_GLYPHS) {
                    throw new Limit("path segments", "> " + MAX_GLYPHS);
                }
                if ((segments & 1023) == 0 && System.nanoTime() > deadline) {
                    throw new Limit("reading time", "> " + MAX_MILLIS + " ms");
                }
                path.add(new double[] {x0, height - y0, x1, height - y1});
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                add(p0.getX(), p0.getY(), p1.getX(), p1.getY());
                add(p1.getX(), p1.getY(), p2.getX(), p2.getY());
                add(p2.getX(), p2.getY(), p3.getX(), p3.getY());
                add(p3.getX(), p3.getY(), p0.getX(), p0.getY());
                current = p0;
            }

            @Override
            public void drawImage(PDImage image) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Double(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                add(current.getX(), current.getY(), x, y);
                current = new Point2D.Double(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Double(x3, y3);
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void strokePath() {
                keep(false);
            }

            @Override
            public void fillPath(int windingRule) {
                keep(true);
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                keep(false);
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            // Stroked segments are rulings; a filled shape is one only when it is a thin bar.
            private void keep(boolean filled) {
                if (filled) {
                    double x0 = Double.MAX_VALUE;
                    double x1 = -Double.MAX_VALUE;
                    double y0 = Double.MAX_VALUE;
                    double y1 = -Double.MAX_VALUE;
                    for (double[] s : path) {
                        x0 = Math.min(x0, Math.min(s[0], s[2]));
                        x1 = Math.max(x1, Math.max(s[0], s[2]));
                        y0 = Math.min(y0, Math.min(s[1], s[3]));
                        y1 = Math.max(y1, Math.max(s[1], s[3]));
                    }
                    if (!path.isEmpty() && y1 - y0 < 2 && x1 - x0 > 2) {
                        horizontal.add(new double[] {x0, (y0 + y1) / 2, x1});
                    } else if (!path.isEmpty() && x1 - x0 < 2 && y1 - y0 > 2) {
                        vertical.add(new double[] {(x0 + x1) / 2, y0, y1});
                    }
                } else {
                    for (double[] s : path) {
                        if (Math.abs(s[1] - s[3]) < 1 && Math.abs(s[0] - s[2]) > 2) {
                            horizontal.add(new double[] {Math.min(s[0], s[2]), (s[1] + s[3]) / 2, Math.max(s[0], s[2])});
                        } else if (Math.abs(s[0] - s[2]) < 1 && Math.abs(s[1] - s[3]) > 2) {
                            vertical.add(new double[] {(s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3])});
                        }
                    }
                }
                path.clear();
            }
        };
        engine.processPage(page);
        return new Rulings(horizontal, vertical);
    }

    // Ruled regions: runs of horizontal rulings no further apart than a few lines of text.
    private static List<double[]> tableRegions(Rulings r) {
        List<Double> ys = r.horizontal().stream().map(h -> h[1]).sorted().toList();
        List<double[]> regions = new ArrayList<>();
        double start = Double.NaN;
        double end = Double.NaN;
        for (double y : ys) {
            if (Double.isNaN(start)) {
                start = y;
                end = y;
            } else if (y - end <= 80) {
                end = y;
            } else {
                if (end > start) {
                    regions.add(new double[] {start, end});
                }
                start = y;
                end = y;
            }
        }
        if (!Double.isNaN(start) && end > start) {
            regions.add(new double[] {start, end});
        }
        return regions;
    }

    private static SourceDocument document(List<PrintedLine> lines, List<Rulings> rulings) {
        SourceDocument.Builder out = SourceDocument.builder(SourceFormat.PDF);
        Map<Integer, List<double[]>> regions = new HashMap<>();
        for (int p = 0; p < rulings.size(); p++) {
            regions.put(p + 1, tableRegions(rulings.get(p)));
        }
        double margin = lines.stream().mapToDouble(PrintedLine::left).min().orElse(0);
        StringBuilder paragraph = new StringBuilder();
        SourceLocation paragraphAt = null;
        int paragraphPage = 0;
        int lineOnPage = 0;
        int page = 0;
        for (PrintedLine l : lines) {
            if (l.page() != page) {
                page = l.page();
                lineOnPage = 0;
            }
            lineOnPage++;
            SourceLocation at = SourceLocation.document(l.page(), 0, lineOnPage, 0);
            boolean inTable = regions.get(l.page()).stream().anyMatch(g -> l.y() > g[0] && l.y() - l.size() < g[1]);
            if (inTable) {
                if (!paragraph.isEmpty()) {
                    out.add(new SourceDocument.Paragraph(paragraph.toString(), false, paragraphPage, paragraphAt));
                    paragraph.setLength(0);
                }
                out.add(new SourceDocument.Line(words(l, rulings.get(l.page() - 1)), l.page(), at));
                continue;
            }
            // A paragraph starts at an indented line: a first line, a heading, a centred title line.
            boolean indented = l.left() - margin > l.size() * 0.8;
            if (indented && !paragraph.isEmpty()) {
                out.add(new SourceDocument.Paragraph(paragraph.toString(), false, paragraphPage, paragraphAt));
                paragraph.setLength(0);
            }
            if (paragraph.isEmpty()) {
                paragraphAt = at;
                paragraphPage = l.page();
            }
            paragraph.append(text(l, false));
        }
        if (!paragraph.isEmpty()) {
            out.add(new SourceDocument.Paragraph(paragraph.toString(), false, paragraphPage, paragraphAt));
        }
        return out.build();
    }

    // The line's text: glyphs joined, one space where the gap is a word break.
    private static String text(PrintedLine l, boolean unused) {
        StringBuilder b = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : l.glyphs()) {
            if (previous != null && g.x0() - previous.x1() > WORD_GAP * Math.min(g.size(), previous.size())) {
                b.append(' ');
            }
            b.append(g.text());
            previous = g;
        }
        return b.toString();
    }

    // Words of a table line, each with its position in columns of four points; a vertical ruling
    // crossing the line between two glyphs always breaks the word.
    private static List<SourceDocument.Word> words(PrintedLine l, Rulings r) {
        List<SourceDocument.Word> words = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        double x0 = 0;
        Glyph previous = null;
        for (Glyph g : l.glyphs()) {
            boolean breaks = previous != null && (g.x0() - previous.x1() > WORD_GAP * Math.min(g.size(), previous.size())
                    || ruled(r, previous.x1(), g.x0(), l.y() - l.size() / 2));
            if (breaks) {
                words.add(word(b.toString(), x0, previous.x1()));
                b.setLength(0);
            }
            if (b.isEmpty()) {
                x0 = g.x0();
            }
            b.append(g.text());
            previous = g;
        }
        if (previous != null) {
            words.add(word(b.toString(), x0, previous.x1()));
        }
        return words;
    }

    private static SourceDocument.Word word(String text, double x0, double x1) {
        int c0 = (int) Math.round(x0 / POINTS_PER_COLUMN);
        return new SourceDocument.Word(text, c0, Math.max(c0 + 1, (int) Math.round(x1 / POINTS_PER_COLUMN)));
    }

    private static boolean ruled(Rulings r, double from, double to, double y) {
        for (double[] v : r.vertical()) {
            if (v[0] > from - 0.5 && v[0] < to + 0.5 && y >= v[1] - 1 && y <= v[2] + 1) {
                return true;
            }
        }
        return false;
    }
}

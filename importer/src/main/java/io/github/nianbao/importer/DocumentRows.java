package io.github.nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a {@link SourceDocument} into the rows the reading of reports works on: a paragraph is a
 * row of one piece, as an HTML block is; a table row is a row of its cells, covered cells marked as
 * span copies, as an HTML table with its spans expanded is.
 */
final class DocumentRows {

    private DocumentRows() {
    }

    static SourceReader.Source of(SourceDocument document) {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceDocument.Block block : document.blocks()) {
            if (block instanceof SourceDocument.Paragraph p) {
                String text = normal(p.text());
                if (!text.isEmpty()) {
                    Piece piece = new Piece(text, 0, 0, new HtmlPath(p.location()), -1, -1, false);
                    rows.add(new SourceRow(List.of(piece), true, p.page(), SourceRow.Kind.CONTENT, text, p.heading()));
                }
            } else if (block instanceof SourceDocument.Line l) {
                List<Piece> pieces = new ArrayList<>();
                HtmlPath at = new HtmlPath(l.location());
                for (SourceDocument.Word w : l.words()) {
                    String text = normal(w.text());
                    if (!text.isEmpty()) {
                        pieces.add(new Piece(text, 0, 0, at, w.x0(), w.x1(), false));
                    }
                }
                if (!pieces.isEmpty()) {
                    rows.add(new SourceRow(pieces, false, l.page(), SourceRow.Kind.CONTENT,
                            pieces.stream().map(Piece::text).collect(Collectors.joining(" "))));
                }
            } else if (block instanceof SourceDocument.Table t) {
                int width = t.rows().stream().mapToInt(List::size).max().orElse(0);
                for (List<SourceDocument.Cell> cells : t.rows()) {
                    List<Piece> pieces = new ArrayList<>(width);
                    SourceLocation last = null;
                    for (SourceDocument.Cell c : cells) {
                        last = c.location();
                        pieces.add(new Piece(c.covered() ? "" : normal(c.text()), 0, 0, new HtmlPath(c.location()), -1, -1, c.covered()));
                    }
                    // Rows are padded to the table's width, as in HTML.
                    while (pieces.size() < width && last != null) {
                        pieces.add(new Piece("", 0, 0, new HtmlPath(last), -1, -1, true));
                    }
                    if (pieces.isEmpty()) {
                        continue;
                    }
                    // A row of empty cells is content: its cells are printed blank (a blank table 四).
                    boolean blank = pieces.stream().allMatch(x -> x.isEmpty() && x.spanCopy());
                    rows.add(new SourceRow(pieces, true, t.page(), blank ? SourceRow.Kind.BLANK : SourceRow.Kind.CONTENT,
                            pieces.stream().map(Piece::text).filter(x -> !x.isEmpty()).collect(Collectors.joining(" "))));
                }
            }
        }
        return new SourceReader.Source(document.format(), rows);
    }

    // Whitespace runs (line breaks inside a cell or paragraph included) become one space, as in HTML.
    private static String normal(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || SourceReader.isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}

package io.github.nianbao.importer;

/**
 * One piece of a source row: a cell of a tab-separated, Markdown or HTML row, or a
 * whitespace-separated token of a layout row.
 *
 * @param text the text, trimmed
 * @param line the source line (1-based), 0 for HTML
 * @param column the source column (1-based), 0 for HTML
 * @param htmlPath the HTML cell, or null
 * @param x0 the first character position in the printed line (layout rows), or -1
 * @param x1 the position after the last character (layout rows), or -1
 * @param spanCopy whether the piece only continues an HTML cell spanning several rows or columns
 */
record Piece(String text, int line, int column, HtmlPath htmlPath, int x0, int x1, boolean spanCopy) {

    SourceLocation location() {
        return htmlPath != null ? htmlPath.location() : SourceLocation.at(Math.max(1, line), Math.max(1, column));
    }

    /** {@return the location of the character at {@code offset} in this piece's text} */
    SourceLocation location(int offset) {
        return htmlPath != null ? location() : SourceLocation.at(Math.max(1, line), Math.max(1, column + offset));
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    double center() {
        return (x0 + x1) / 2.0;
    }

    Piece sub(int from, int to) {
        String t = text.substring(from, to);
        int lead = 0;
        while (lead < t.length() && Character.isWhitespace(t.charAt(lead))) {
            lead++;
        }
        return new Piece(t.strip(), line, column + from + lead, htmlPath, x0 < 0 ? -1 : x0 + from, x0 < 0 ? -1 : x0 + to, spanCopy);
    }
}

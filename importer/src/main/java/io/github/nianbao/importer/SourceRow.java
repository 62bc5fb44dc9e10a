package io.github.nianbao.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the source: a line of text, a Markdown or HTML table row, or an HTML block.
 *
 * @param pieces the cells or tokens, left to right
 * @param cellular whether the pieces are cells (tab-separated, Markdown, HTML), empty ones included,
 *                 rather than whitespace-separated tokens of a laid-out line
 * @param page the page the row is on: the number of form feeds before it
 * @param kind what the row is
 * @param raw the row's text as printed (form feeds removed)
 * @param heading whether the source marks the row as a heading (a Word heading style)
 */
record SourceRow(List<Piece> pieces, boolean cellular, int page, Kind kind, String raw, boolean heading) {

    SourceRow(List<Piece> pieces, boolean cellular, int page, Kind kind, String raw) {
        this(pieces, cellular, page, kind, raw, false);
    }

    /** What a row is. */
    enum Kind {
        /** Content. */
        CONTENT,
        /** Nothing but whitespace. */
        BLANK,
        /** A page number such as {@code -3-} or {@code 第 3 页}. */
        PAGE_NUMBER,
        /** A separator row of a Markdown table. */
        SEPARATOR
    }

    /** {@return the pieces' texts joined by one space} */
    String text() {
        return pieces.stream().map(Piece::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    }

    boolean isContent() {
        return kind == Kind.CONTENT;
    }

    SourceLocation location() {
        for (Piece p : pieces) {
            if (!p.isEmpty()) {
                return p.location();
            }
        }
        return pieces.isEmpty() ? null : pieces.get(0).location();
    }

    /** {@return the column of the first printed character (layout rows), or 0} */
    int indent() {
        for (Piece p : pieces) {
            if (!p.isEmpty()) {
                return Math.max(0, p.x0());
            }
        }
        return 0;
    }
}

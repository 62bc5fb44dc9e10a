package io.github.nianbao.importer;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where something is in the source: a line and column (1-based, columns counted in characters) in
 * text forms, the CSS path of an element in HTML, or a place in a laid-out document (such as
 * {@code page 3, line 12} or {@code table 2, row 5, column 3}, see {@link SourceDocument}). Immutable.
 */
public final class SourceLocation {

    private final int line;
    private final int column;
    private final String htmlPath;
    private final String place;

    private SourceLocation(int line, int column, String htmlPath, String place) {
        this.line = line;
        this.column = column;
        this.htmlPath = htmlPath;
        this.place = place;
    }

    /**
     * Returns a position in a text source.
     *
     * @param line the line, from 1
     * @param column the column, from 1, in characters
     * @return the location
     */
    public static SourceLocation at(int line, int column) {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
        }
        return new SourceLocation(line, column, null, null);
    }

    /**
     * Returns the location of an HTML element.
     *
     * @param cssPath a CSS selector that selects the element, such as {@code html > body > table > tbody > tr:nth-child(3) > td:nth-child(2)}
     * @return the location
     */
    public static SourceLocation html(String cssPath) {
        return new SourceLocation(0, 0, Objects.requireNonNull(cssPath, "cssPath"), null);
    }

    /**
     * Returns a place in a laid-out document, as its reader names it.
     *
     * @param page the page, from 1, or 0 for a document without pages (Word)
     * @param table the table in the document, from 1, or 0 outside tables
     * @param row the row of the table, or the line (paragraph in Word) of the page, from 1
     * @param column the column of the table, from 1, or 0 outside tables
     * @return the location, printed such as {@code page 3, table 1, row 5, column 3}
     */
    public static SourceLocation document(int page, int table, int row, int column) {
        if (page < 0 || table < 0 || row < 1 || column < 0 || (table == 0) != (column == 0)) {
            throw new IllegalArgumentException("not a document place: " + page + "/" + table + "/" + row + "/" + column);
        }
        StringBuilder b = new StringBuilder();
        if (page > 0) {
            b.append("page ").append(page).append(", ");
        }
        if (table > 0) {
            b.append("table ").append(table).append(", row ").append(row).append(", column ").append(column);
        } else {
            b.append(page > 0 ? "line " : "paragraph ").append(row);
        }
        return new SourceLocation(0, 0, null, b.toString());
    }

    /** {@return the line, from 1; empty for HTML and documents} */
    public OptionalInt line() {
        return htmlPath == null && place == null ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** {@return the column, from 1; empty for HTML and documents} */
    public OptionalInt column() {
        return htmlPath == null && place == null ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** {@return the place in a laid-out document, such as {@code page 3, line 12}; empty for text and HTML} */
    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    /** {@return the CSS path of the HTML element; empty for text} */
    public Optional<String> htmlPath() {
        return Optional.ofNullable(htmlPath);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceLocation l && l.line == line && l.column == column && Objects.equals(l.htmlPath, htmlPath)
                && Objects.equals(l.place, place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column, htmlPath, place);
    }

    /** {@return {@code line:column}, the HTML path, or the document place} */
    @Override
    public String toString() {
        return htmlPath != null ? htmlPath : place != null ? place : line + ":" + column;
    }
}

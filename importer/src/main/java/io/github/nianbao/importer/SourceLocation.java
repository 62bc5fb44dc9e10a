package io.github.nianbao.importer;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where something is in the source: a line and column (1-based, columns counted in characters) in
 * text forms, or the CSS path of an element in HTML. Immutable.
 */
public final class SourceLocation {

    private final int line;
    private final int column;
    private final String htmlPath;

    private SourceLocation(int line, int column, String htmlPath) {
        this.line = line;
        this.column = column;
        this.htmlPath = htmlPath;
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
        return new SourceLocation(line, column, null);
    }

    /**
     * Returns the location of an HTML element.
     *
     * @param cssPath a CSS selector that selects the element, such as {@code html > body > table > tbody > tr:nth-child(3) > td:nth-child(2)}
     * @return the location
     */
    public static SourceLocation html(String cssPath) {
        return new SourceLocation(0, 0, Objects.requireNonNull(cssPath, "cssPath"));
    }

    /** {@return the line, from 1; empty for HTML} */
    public OptionalInt line() {
        return htmlPath == null ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** {@return the column, from 1; empty for HTML} */
    public OptionalInt column() {
        return htmlPath == null ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** {@return the CSS path of the HTML element; empty for text} */
    public Optional<String> htmlPath() {
        return Optional.ofNullable(htmlPath);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceLocation l && l.line == line && l.column == column && Objects.equals(l.htmlPath, htmlPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column, htmlPath);
    }

    /** {@return {@code line:column}, or the HTML path} */
    @Override
    public String toString() {
        return htmlPath != null ? htmlPath : line + ":" + column;
    }
}

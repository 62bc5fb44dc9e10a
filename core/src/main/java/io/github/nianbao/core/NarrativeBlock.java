package io.github.nianbao.core;

import java.util.Objects;

/**
 * One block of a narrative section: a sub-heading or a paragraph, as the source had it.
 *
 * @param kind heading or paragraph
 * @param text the text, without surrounding whitespace
 */
public record NarrativeBlock(Kind kind, String text) {

    /** What a block is. */
    public enum Kind {
        /** A sub-heading, such as （一）主动公开情况. */
        HEADING,
        /** A paragraph of text. */
        PARAGRAPH
    }

    /**
     * Checks the components.
     *
     * @param kind heading or paragraph
     * @param text the text
     */
    public NarrativeBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Returns a heading.
     *
     * @param text the heading's text
     * @return the block
     */
    public static NarrativeBlock heading(String text) {
        return new NarrativeBlock(Kind.HEADING, text);
    }

    /**
     * Returns a paragraph.
     *
     * @param text the paragraph's text
     * @return the block
     */
    public static NarrativeBlock paragraph(String text) {
        return new NarrativeBlock(Kind.PARAGRAPH, text);
    }
}

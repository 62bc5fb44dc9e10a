package io.github.nianbao.core;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The text of a narrative section (一, 五 or 六): paragraphs and sub-headings in source order.
 */
@Value.Immutable
public abstract class Narrative {

    private static final Narrative EMPTY = ImmutableNarrative.builder().build();

    /** {@return the blocks in source order} */
    public abstract List<NarrativeBlock> blocks();

    /** {@return a narrative with no text} */
    public static Narrative empty() {
        return EMPTY;
    }

    /**
     * Returns a narrative of paragraphs.
     *
     * @param paragraphs the paragraphs, in order
     * @return the narrative
     */
    public static Narrative of(String... paragraphs) {
        return ImmutableNarrative.builder()
                .addAllBlocks(Arrays.stream(paragraphs).map(NarrativeBlock::paragraph).toList())
                .build();
    }

    /**
     * Returns a narrative of blocks.
     *
     * @param blocks the blocks, in order
     * @return the narrative
     */
    public static Narrative of(List<NarrativeBlock> blocks) {
        return ImmutableNarrative.builder().addAllBlocks(blocks).build();
    }

    /** {@return a builder for a narrative} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the whole text, one block per line} */
    public String text() {
        return blocks().stream().map(NarrativeBlock::text).collect(Collectors.joining("\n"));
    }

    /** {@return whether the narrative has no text at all} */
    public boolean isEmpty() {
        for (NarrativeBlock b : blocks()) {
            if (!b.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Builds a narrative. */
    public static class Builder extends ImmutableNarrative.Builder {

        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Adds a sub-heading.
         *
         * @param text its text
         * @return this builder
         */
        public Builder heading(String text) {
            addBlocks(NarrativeBlock.heading(text));
            return this;
        }

        /**
         * Adds a paragraph.
         *
         * @param text its text
         * @return this builder
         */
        public Builder paragraph(String text) {
            addBlocks(NarrativeBlock.paragraph(text));
            return this;
        }
    }
}

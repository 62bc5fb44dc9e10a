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

    private static final Narrative EMPTY = ImmutableNarrative.generatedBuilder().build();

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
        return ImmutableNarrative.generatedBuilder()
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
        return ImmutableNarrative.generatedBuilder().addAllBlocks(blocks).build();
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

    /** Builds a narrative. Not thread-safe; Narratives it builds are immutable. */
    public static final class Builder {

        private final ImmutableNarrative.Builder delegate = ImmutableNarrative.generatedBuilder();

        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Copies the blocks of a narrative, to add to them.
         *
         * @param narrative the narrative to copy
         * @return this builder
         */
        public Builder from(Narrative narrative) {
            delegate.from(narrative);
            return this;
        }

        /**
         * Adds a block.
         *
         * @param block a heading or paragraph
         * @return this builder
         */
        public Builder addBlocks(NarrativeBlock block) {
            delegate.addBlocks(block);
            return this;
        }

        /**
         * Adds blocks, in order.
         *
         * @param blocks headings and paragraphs
         * @return this builder
         */
        public Builder addBlocks(NarrativeBlock... blocks) {
            delegate.addBlocks(blocks);
            return this;
        }

        /**
         * Replaces the blocks.
         *
         * @param blocks headings and paragraphs, in order
         * @return this builder
         */
        public Builder blocks(Iterable<? extends NarrativeBlock> blocks) {
            delegate.blocks(blocks);
            return this;
        }

        /**
         * Adds blocks, in order.
         *
         * @param blocks headings and paragraphs
         * @return this builder
         */
        public Builder addAllBlocks(Iterable<? extends NarrativeBlock> blocks) {
            delegate.addAllBlocks(blocks);
            return this;
        }

        /**
         * Adds a sub-heading.
         *
         * @param text its text
         * @return this builder
         */
        public Builder heading(String text) {
            delegate.addBlocks(NarrativeBlock.heading(text));
            return this;
        }

        /**
         * Adds a paragraph.
         *
         * @param text its text
         * @return this builder
         */
        public Builder paragraph(String text) {
            delegate.addBlocks(NarrativeBlock.paragraph(text));
            return this;
        }

        /**
         * Builds the narrative.
         *
         * @return the immutable Narrative
         * @throws IllegalStateException if a required attribute was not set, or a structural invariant does not hold
         */
        public Narrative build() {
            return delegate.build();
        }
    }
}

package io.github.nianbao.validation.localisation;

import java.util.List;
import java.util.Objects;

/**
 * A smallest set of changed cells that makes every sum relation of the report hold.
 *
 * @param changes the changed cells, in catalogue order
 * @param cause the kind of mistake the whole set stands for: a pattern of two cells
 *     ({@link Cause#SWAPPED_CELLS}, {@link Cause#MISPLACED_VALUE}), else the cause of its one change,
 *     else {@link Cause#OTHER} when the changes differ in kind
 * @param determined whether the relations fix the values; when not, the values shown are one of the
 *     choices that work, the one closest to the printed values
 */
public record Explanation(List<Change> changes, Cause cause, boolean determined) {

    /**
     * Checks and copies the components.
     *
     * @param changes the changes, at least one
     * @param cause the cause
     * @param determined whether the values are the only ones that work
     */
    public Explanation {
        changes = List.copyOf(changes);
        Objects.requireNonNull(cause, "cause");
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an explanation changes at least one cell");
        }
    }

    /** {@return how many cells it changes} */
    public int size() {
        return changes.size();
    }

    /** {@return the changes and the cause, such as {@code TRANSPOSED[/applications/…=61→16]}} */
    @Override
    public String toString() {
        return cause.code() + changes;
    }
}

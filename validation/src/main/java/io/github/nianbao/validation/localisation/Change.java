package io.github.nianbao.validation.localisation;

import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.cell.Count;
import java.util.Objects;

/**
 * One cell of an {@link Explanation}: what the report prints and the value that would make the sums
 * hold. A suggestion only: the report is never changed.
 *
 * @param key the cell, of this year's report
 * @param printed what the report gives
 * @param value the value the explanation puts there
 * @param cause the kind of mistake this change on its own stands for
 */
public record Change(CellKey key, Count printed, long value, Cause cause) {

    /**
     * Checks the components.
     *
     * @param key the cell
     * @param printed the printed count
     * @param value the suggested value
     * @param cause the cause
     */
    public Change {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(cause, "cause");
    }

    /** {@return by how much the value differs from the printed one (a blank counts as 0)} */
    public long delta() {
        return value - printed.valueOr(0);
    }

    /** {@return the cell, the printed and the suggested value, as in {@code /applications/…=61→16}} */
    @Override
    public String toString() {
        return key.path() + "=" + printed + "→" + value;
    }
}

package io.github.nianbao.core.cell;

/**
 * One cell of a report table: a {@link Count} or an {@link Amount}, each in one of the four
 * {@linkplain CellState states}.
 */
public sealed interface Cell permits Count, Amount {

    /** {@return the state of this cell} */
    CellState state();

    /** {@return whether the cell holds a number} */
    default boolean isNumber() {
        return state() == CellState.NUMBER;
    }

    /** {@return whether nothing was given for the cell} */
    default boolean isBlank() {
        return state() == CellState.BLANK;
    }

    /** {@return whether the cell was marked not applicable} */
    default boolean isNotApplicable() {
        return state() == CellState.NOT_APPLICABLE;
    }

    /** {@return whether the cell is printed in its source but its value could not be read} */
    default boolean isUnknown() {
        return state() == CellState.UNKNOWN;
    }

    /**
     * Returns why the value of an {@linkplain #isUnknown() unknown} cell could not be determined: the
     * code of the import diagnostic, such as {@code GLUED_AMBIGUOUS}.
     *
     * @return the reason, or empty when the cell is not unknown or no reason was recorded
     */
    java.util.Optional<String> unknownReason();

    /** {@return the sign of the number, or 0 when the cell holds none} */
    int signum();
}

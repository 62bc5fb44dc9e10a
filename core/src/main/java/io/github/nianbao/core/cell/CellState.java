package io.github.nianbao.core.cell;

/**
 * The three states a table cell can be in. They are kept apart everywhere: a blank is never a zero.
 */
public enum CellState {
    /** The cell holds a number. */
    NUMBER,
    /** Nothing was given (an empty cell in the published table). */
    BLANK,
    /** The cell was marked not applicable ("/", "—", "无", "不适用"). */
    NOT_APPLICABLE
}

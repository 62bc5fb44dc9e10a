package io.github.nianbao.core.cell;

/**
 * The four states a table cell can be in. They are kept apart everywhere: a blank is never a zero,
 * and an unknown cell is neither.
 */
public enum CellState {
    /** The cell holds a number. */
    NUMBER,
    /** Nothing was given (an empty cell in the published table). */
    BLANK,
    /** The cell was marked not applicable ("/", "—", "无", "不适用"). */
    NOT_APPLICABLE,
    /**
     * The cell is printed in the source it was read from, but its value could not be determined (an
     * ambiguous run of digits, a lost row, unreadable text). Only reports read from published
     * documents have such cells; a relation that involves one cannot be assessed.
     */
    UNKNOWN
}

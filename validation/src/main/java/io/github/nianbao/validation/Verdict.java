package io.github.nianbao.validation;

/**
 * What one validation says of a report, in one word.
 *
 * <p>{@link #INCOMPLETE} exists because a report read from a published document can hold cells
 * that are printed but could not be read ({@linkplain io.github.nianbao.core.cell.Cell#isUnknown()
 * unknown}). The relations involving them are not assessed, so "no error" would not mean "checked":
 * such a report never passes.
 */
public enum Verdict {
    /** No finding at the failing severity, and every cell of the report was read. */
    PASS,
    /**
     * No finding at the failing severity, but some cells of the report are unknown: the relations
     * involving them were not assessed, and the report may hold errors that could not be seen.
     */
    INCOMPLETE,
    /** At least one finding at the failing severity. Findings never come from unknown cells. */
    FAIL
}

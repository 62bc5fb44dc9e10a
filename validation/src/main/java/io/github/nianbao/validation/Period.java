package io.github.nianbao.validation;

/**
 * Which of the two reports a cell belongs to: cross-year rules read cells of the report being
 * validated and of the same agency's report for the year before.
 */
public enum Period {
    /** The report being validated. */
    THIS_YEAR,
    /** The report given as the previous year's. */
    PREVIOUS_YEAR
}

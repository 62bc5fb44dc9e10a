package io.github.nianbao.validation;

/**
 * What a blank (or not-applicable) cell means in a {@link SumRule}: a named property of each rule,
 * selectable per rule pack ({@link ReportValidator.Builder#blankPolicy(BlankPolicy)} for the
 * standard rules, {@link SumRule.Builder#blankPolicy(BlankPolicy)} for custom ones). Whatever the
 * policy, a blank is never replaced by a number, and a relation with an unknown cell is not assessed.
 */
public enum BlankPolicy {
    /**
     * FORMAT.md §7, the default: a blank term counts as 0 (and is named in the finding); a blank
     * total means the relation is not assessed (the blank is a BLANK-CELL finding of its own).
     */
    COUNT_AS_ZERO,
    /** A blank term or total means the relation is not assessed. */
    NOT_ASSESSED_IF_BLANK,
    /** A blank term or total breaks the relation: a finding of the rule, whatever the sums. */
    BLANK_IS_ERROR
}

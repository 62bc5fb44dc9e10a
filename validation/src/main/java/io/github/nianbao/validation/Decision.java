package io.github.nianbao.validation;

/**
 * What a receiving platform does with a report, from the severities of its findings (which a
 * validator or rule pack sets): {@link ValidationResult#decision()}.
 */
public enum Decision {
    /** No error and no warning, and every cell was read. */
    ACCEPT,
    /**
     * No error, but a warning, or cells printed but not read (some relations could not be assessed,
     * so "no error" does not mean "checked").
     */
    ACCEPT_WITH_WARNINGS,
    /** At least one error: the report goes back to its agency. */
    RETURN
}

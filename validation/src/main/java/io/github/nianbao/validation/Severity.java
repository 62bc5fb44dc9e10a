package io.github.nianbao.validation;

/**
 * How grave a finding is, from the worst down. A report is {@linkplain ValidationResult#isAcceptable()
 * acceptable} when it has no {@link #ERROR}.
 */
public enum Severity {
    /** The report contradicts the format: a relation that must hold does not. */
    ERROR,
    /** Probably wrong or incomplete, but published reports do it (blank cells, cross-year drift). */
    WARNING,
    /** Worth knowing; nothing is wrong as such. */
    INFO;

    /**
     * Tells whether this severity is at least as grave as another.
     *
     * @param other the threshold
     * @return whether this is {@code other} or graver
     */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}

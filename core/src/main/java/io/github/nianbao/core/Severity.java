package io.github.nianbao.core;

/**
 * How grave a diagnostic is, from the worst down: the one severity of everything the library
 * reports — a finding of the validator, an issue of the importer, a problem of the JSON decoder.
 * The three kinds share it so that one threshold filters them alike.
 *
 * <ul>
 *   <li><b>For a finding</b> (validation): {@link #ERROR} — the report contradicts the format, a
 *       relation that must hold does not, and the report is not acceptable; {@link #WARNING} —
 *       probably wrong or incomplete, but published reports do it (blank cells, cross-year drift);
 *       {@link #INFO} — worth knowing, nothing is wrong as such (a relation not assessed, a likely
 *       cause).</li>
 *   <li><b>For an import issue</b> (importer, documents): {@link #ERROR} — something could not be
 *       read, so cells are unread or no report was built; {@link #WARNING} — something was read, but
 *       not as printed, or something expected is missing; {@link #INFO} — something was read as
 *       printed, through a layout quirk worth knowing.</li>
 *   <li><b>For a decode problem</b> (JSON): {@link #ERROR} — the document is not a valid report and
 *       decoding yields none; {@link #WARNING} — something was skipped (lenient mode only) and the
 *       report is still decoded. The decoder gives no {@link #INFO}.</li>
 * </ul>
 */
public enum Severity {
    /** The worst: a finding the report contradicts the format with, an unread part, an invalid document. */
    ERROR,
    /** Probably wrong, not as printed, or skipped; the report is still there. */
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

package io.github.nianbao.validation;

import io.github.nianbao.core.Severity;
import java.util.List;

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
    RETURN;

    /**
     * Decides from a list of findings: {@link #RETURN} if one is an error, else
     * {@link #ACCEPT_WITH_WARNINGS} if one is a warning or part of the report was not read, else
     * {@link #ACCEPT}. A {@link StandardRule#NOT_ASSESSED} finding names cells that were not read,
     * not a fault of the report, so whatever its severity it never returns a report; it makes the
     * decision {@link #ACCEPT_WITH_WARNINGS} at most.
     *
     * <p>This is the one place the decision is made: {@link ValidationResult#decision()} and the
     * command line (which may keep only some findings) both use it.
     *
     * @param findings the findings, with the severities of the validator or rule pack
     * @param partlyUnread whether part of the report was not read (unknown cells, a table the
     *     importer did not find)
     * @return the decision
     */
    public static Decision of(List<Finding> findings, boolean partlyUnread) {
        boolean warned = partlyUnread;
        String notAssessed = StandardRule.NOT_ASSESSED.id();
        for (Finding f : findings) {
            boolean reading = f.ruleId().equals(notAssessed);
            if (f.severity() == Severity.ERROR && !reading) {
                return RETURN;
            }
            warned |= f.severity() == Severity.WARNING || reading && f.severity() == Severity.ERROR;
        }
        return warned ? ACCEPT_WITH_WARNINGS : ACCEPT;
    }
}

package io.github.nianbao.validation;

import java.util.List;

/**
 * Stable fingerprints of findings and relation instances: the rule id and the places involved,
 * never the values or the message, so that the same problem in a corrected or re-sent report has
 * the same fingerprint (the basis of a baseline of accepted findings).
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * Returns a finding's fingerprint.
     *
     * @param finding the finding
     * @return the rule id and the finding's places, as in {@code T4-TOTAL(/…/upheld,/…/corrected,…=/…/total)}
     */
    public static String of(Finding finding) {
        return of(finding.ruleId(), finding.cells());
    }

    static String of(String ruleId, List<FindingCell> cells) {
        StringBuilder sb = new StringBuilder(ruleId).append('(');
        boolean first = true;
        for (FindingCell c : cells) {
            if (c.role() == FindingCell.Role.TOTAL) {
                sb.append('=');
            } else if (!first) {
                sb.append(',');
            }
            first = false;
            if (c.period() == Period.PREVIOUS_YEAR) {
                sb.append("previous:");
            }
            sb.append(c.path());
        }
        return sb.append(')').toString();
    }
}

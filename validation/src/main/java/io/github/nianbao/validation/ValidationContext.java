package io.github.nianbao.validation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.comparison.AgencyMatch;
import io.github.nianbao.validation.internal.Messages;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Rule} sees: the report, the same agency's report for the previous year when one was
 * given and matches, and the current year of the validator's clock. Immutable.
 */
public final class ValidationContext {

    private final AnnualReport report;
    private final AnnualReport previousYear;
    private final int currentYear;
    /** Relations assessed and not assessed so far in the validation this context serves. */
    final RelationTally relations = new RelationTally();

    /**
     * Creates a context.
     *
     * @param report the report to check
     * @param previousYear the previous year's report of the same agency, or {@code null}
     * @param currentYear the current calendar year
     */
    public ValidationContext(AnnualReport report, AnnualReport previousYear, int currentYear) {
        this.report = Objects.requireNonNull(report, "report");
        this.previousYear = previousYear;
        this.currentYear = currentYear;
        this.relations.pairedBy = Messages.pairedBy(previousYearMatch());
    }

    /**
     * Tells how this year's and the previous year's reports were taken for one agency's, so that
     * cross-year findings can say it.
     *
     * @return how the agencies match, or empty without a previous year (or for two agencies)
     */
    public Optional<AgencyMatch> previousYearMatch() {
        return previousYear == null ? Optional.empty() : AgencyMatch.of(report, previousYear);
    }

    /** {@return the report being checked} */
    public AnnualReport report() {
        return report;
    }

    /**
     * Returns the previous year's report. It is present only if one was given and it is the same
     * agency's report for the year before; a mismatch is reported by
     * {@link StandardRule#PREVIOUS_MISMATCH} and cross-year rules then stay silent.
     *
     * @return the previous year's report, or empty
     */
    public Optional<AnnualReport> previousYear() {
        return Optional.ofNullable(previousYear);
    }

    /** {@return the previous year's report, or {@code null}: for rules on the hot path} */
    public AnnualReport previousYearOrNull() {
        return previousYear;
    }

    /** {@return the current calendar year, from the validator's clock} */
    public int currentYear() {
        return currentYear;
    }
}

package io.github.nianbao.samples.generator;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid generated report with one named {@link Mutation} applied, and every finding the standard
 * validator must produce for it: the findings the mutation causes, and the warnings the report had
 * before (the blank cells of each table are one {@code BLANK-CELL} warning). Cross-year mutations also carry the
 * report given as the previous year's. Immutable and thread-safe.
 *
 * <pre>{@code
 * InvalidReport broken = ReportGenerator.standard().invalid(random, Edition.V2021, Mutation.LEDGER);
 * ValidationResult result = broken.validate(ReportValidator.standard());
 * assert broken.matches(result);
 * }</pre>
 */
public final class InvalidReport {

    private final Mutation mutation;
    private final String change;
    private final AnnualReport report;
    private final AnnualReport previousYear;
    private final List<ExpectedFinding> expected;
    private final List<ExpectedFinding> caused;

    InvalidReport(Mutation mutation, String change, AnnualReport report, AnnualReport previousYear,
            List<ExpectedFinding> expected, List<ExpectedFinding> caused) {
        this.mutation = Objects.requireNonNull(mutation, "mutation");
        this.change = Objects.requireNonNull(change, "change");
        this.report = Objects.requireNonNull(report, "report");
        this.previousYear = previousYear;
        this.expected = List.copyOf(expected);
        this.caused = List.copyOf(caused);
    }

    /** {@return the mutation applied} */
    public Mutation mutation() {
        return mutation;
    }

    /** {@return what the mutation changed, in words, such as {@code /reviewLitigation/directLitigation/total: 3 → 5}} */
    public String change() {
        return change;
    }

    /** {@return the broken report} */
    public AnnualReport report() {
        return report;
    }

    /** {@return the report to give as the previous year's: present for cross-year mutations} */
    public Optional<AnnualReport> previousYear() {
        return Optional.ofNullable(previousYear);
    }

    /**
     * Returns every finding the standard validator must produce for {@link #report()} checked with
     * {@link #previousYear()}: no more, no fewer.
     *
     * @return the findings, in no particular order
     */
    public List<ExpectedFinding> expected() {
        return expected;
    }

    /**
     * Returns the part of {@link #expected()} the mutation causes: without the warnings the valid
     * report already had. Never empty.
     *
     * @return the findings the mutation causes, in no particular order
     */
    public List<ExpectedFinding> caused() {
        return caused;
    }

    /**
     * Validates the report, with the previous year's report if there is one.
     *
     * @param validator the validator
     * @return its result
     */
    public ValidationResult validate(ReportValidator validator) {
        return validator.validate(report, previousYear);
    }

    /**
     * Returns the expected findings the result lacks, counting each as often as it is expected.
     *
     * @param result a validation result of this report
     * @return the missing findings
     */
    public List<ExpectedFinding> missing(ValidationResult result) {
        return subtract(expected, actual(result));
    }

    /**
     * Returns the findings of the result that are not expected, counting each as often as it occurs.
     *
     * @param result a validation result of this report
     * @return the unexpected findings
     */
    public List<ExpectedFinding> unexpected(ValidationResult result) {
        return subtract(actual(result), expected);
    }

    /**
     * Tells whether a result has exactly the expected findings: same rule ids, severities and cells.
     *
     * @param result a validation result of this report
     * @return whether nothing is missing and nothing unexpected
     */
    public boolean matches(ValidationResult result) {
        return missing(result).isEmpty() && unexpected(result).isEmpty();
    }

    private static List<ExpectedFinding> actual(ValidationResult result) {
        List<ExpectedFinding> out = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            out.add(ExpectedFinding.of(f));
        }
        return out;
    }

    // Multiset difference: each finding counts as often as it occurs.
    private static List<ExpectedFinding> subtract(List<ExpectedFinding> from, List<ExpectedFinding> what) {
        Map<ExpectedFinding, Integer> remove = new HashMap<>();
        for (ExpectedFinding f : what) {
            remove.merge(f, 1, Integer::sum);
        }
        List<ExpectedFinding> rest = new ArrayList<>();
        for (ExpectedFinding f : from) {
            Integer n = remove.get(f);
            if (n == null) {
                rest.add(f);
            } else if (n == 1) {
                remove.remove(f);
            } else {
                remove.put(f, n - 1);
            }
        }
        return List.copyOf(rest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvalidReport r && r.mutation == mutation && r.change.equals(change) && r.report.equals(report)
                && Objects.equals(r.previousYear, previousYear) && r.expected.equals(expected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mutation, change, report, previousYear, expected);
    }

    /** {@return the mutation, the change, the report's agency, year and edition, and the expected findings} */
    @Override
    public String toString() {
        return mutation + " (" + change + ") of " + report.agency() + " " + report.reportYear() + " " + report.edition()
                + (previousYear != null ? " with previous " + previousYear.agency() + " " + previousYear.reportYear() : "")
                + ", expecting " + expected;
    }
}

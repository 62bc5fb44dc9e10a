package io.github.nianbao.samples.generator;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.RuleDescription;
import io.github.nianbao.core.Severity;
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
     * Returns the findings a validator configured otherwise than the standard one must produce:
     * {@link #expected()} without the findings of rules the validator disables, and, for a rule
     * whose severity the validator overrides (an option or a rule pack), at that severity, as the
     * validator gives its findings; the others keep their own.
     *
     * @param validator the validator
     * @return the findings, in no particular order
     */
    public List<ExpectedFinding> expectedFindings(ReportValidator validator) {
        Objects.requireNonNull(validator, "validator");
        List<ExpectedFinding> out = new ArrayList<>(expected.size());
        for (ExpectedFinding f : expected) {
            if (!validator.isDisabled(f.ruleId())) {
                // The validator changes a finding's severity only where it overrides the rule's default.
                Severity s = validator.ruleDescription(f.ruleId()).filter(d -> !d.severity().equals(d.defaultSeverity()))
                        .flatMap(RuleDescription::severity).orElse(f.severity());
                out.add(s == f.severity() ? f : new ExpectedFinding(f.ruleId(), s, f.cells(), f.previousYearCells()));
            }
        }
        return List.copyOf(out);
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
     * The expected severities are the defaults: for a validator with severity overrides or disabled
     * rules, use {@link #matches(ValidationResult, ReportValidator)}.
     *
     * @param result a validation result of this report
     * @return whether nothing is missing and nothing unexpected
     */
    public boolean matches(ValidationResult result) {
        return missing(result).isEmpty() && unexpected(result).isEmpty();
    }

    /**
     * Returns the findings a validator's result lacks, as {@link #missing(ValidationResult)} but
     * against {@link #expectedFindings(ReportValidator) what that validator must produce}.
     *
     * @param result a result of {@code validator} for this report
     * @param validator the validator that produced it
     * @return the missing findings
     */
    public List<ExpectedFinding> missing(ValidationResult result, ReportValidator validator) {
        return subtract(expectedFindings(validator), actual(result));
    }

    /**
     * Returns the findings of a validator's result that are not expected, as
     * {@link #unexpected(ValidationResult)} but against {@link #expectedFindings(ReportValidator)
     * what that validator must produce}.
     *
     * @param result a result of {@code validator} for this report
     * @param validator the validator that produced it
     * @return the unexpected findings
     */
    public List<ExpectedFinding> unexpected(ValidationResult result, ReportValidator validator) {
        return subtract(actual(result), expectedFindings(validator));
    }

    /**
     * Tells whether a validator's result has exactly the findings that validator must produce: the
     * expected findings of the rules it does not disable, at the severities it gives them.
     *
     * @param result a result of {@code validator} for this report
     * @param validator the validator that produced it, with its severity overrides, disabled rules and rule packs
     * @return whether nothing is missing and nothing unexpected
     */
    public boolean matches(ValidationResult result, ReportValidator validator) {
        List<ExpectedFinding> expectedHere = expectedFindings(validator);
        List<ExpectedFinding> actual = actual(result);
        return subtract(expectedHere, actual).isEmpty() && subtract(actual, expectedHere).isEmpty();
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

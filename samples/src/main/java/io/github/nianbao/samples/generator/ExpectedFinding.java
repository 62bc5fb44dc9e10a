package io.github.nianbao.samples.generator;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.StandardRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A finding a generated report must produce: the rule id, the severity and the places involved, of
 * this year's report and of the previous year's. Places are compared as sets, so two expected
 * findings are equal when they name the same cells in any order. Immutable.
 *
 * <p>{@link #of(Finding)} reduces a validator's finding to the same form, so that expected and
 * actual findings compare with {@code equals}.
 *
 * @param ruleId the rule id, such as {@code T3-LEDGER}
 * @param severity the severity
 * @param cells the places in this year's report, sorted by pointer
 * @param previousYearCells the places in the previous year's report, sorted by pointer
 */
public record ExpectedFinding(String ruleId, Severity severity, List<ReportPath> cells, List<ReportPath> previousYearCells) {

    /**
     * Checks the components and sorts the places.
     *
     * @param ruleId the rule id
     * @param severity the severity
     * @param cells the places in this year's report
     * @param previousYearCells the places in the previous year's report
     */
    public ExpectedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        cells = List.copyOf(new TreeSet<>(cells));
        previousYearCells = List.copyOf(new TreeSet<>(previousYearCells));
    }

    /**
     * Returns the expected finding of a standard rule, at its default severity, about places of this
     * year's report.
     *
     * @param rule the rule
     * @param cells the places
     * @return the expected finding
     */
    public static ExpectedFinding of(StandardRule rule, List<ReportPath> cells) {
        return new ExpectedFinding(rule.id(), rule.defaultSeverity(), cells, List.of());
    }

    /**
     * Returns the expected finding of a standard rule, at its default severity, about places of both
     * reports.
     *
     * @param rule the rule
     * @param cells the places in this year's report
     * @param previousYearCells the places in the previous year's report
     * @return the expected finding
     */
    public static ExpectedFinding of(StandardRule rule, List<ReportPath> cells, List<ReportPath> previousYearCells) {
        return new ExpectedFinding(rule.id(), rule.defaultSeverity(), cells, previousYearCells);
    }

    /**
     * Reduces a validator's finding to what an expectation states: rule id, severity and places.
     *
     * @param finding the finding
     * @return its expected form
     */
    public static ExpectedFinding of(Finding finding) {
        List<ReportPath> now = new ArrayList<>();
        List<ReportPath> before = new ArrayList<>();
        for (FindingCell c : finding.cells()) {
            (c.period() == Period.PREVIOUS_YEAR ? before : now).add(c.path());
        }
        return new ExpectedFinding(finding.ruleId(), finding.severity(), now, before);
    }

    /** {@return the finding on one line: severity, rule id and places} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(severity).append(' ').append(ruleId).append(' ').append(cells);
        if (!previousYearCells.isEmpty()) {
            sb.append(" previous:").append(previousYearCells);
        }
        return sb.toString();
    }
}

package io.github.nianbao.validation;

import io.github.nianbao.core.Severity;
import java.util.function.Consumer;

/**
 * A check of a report. Implementations must be immutable and thread-safe: one validator serves many
 * threads. A rule reports every problem it finds, never only the first, and never throws for a
 * problem of the report.
 *
 * <p>Add custom rules with {@link ReportValidator.Builder#addRule(Rule)}; sum relations are best
 * written as a {@link SumRule}.
 */
public interface Rule {

    /**
     * Returns the rule's stable id. Findings it emits normally carry this id, which is what
     * {@link ReportValidator.Builder#disable(String)} and
     * {@link ReportValidator.Builder#severity(String, Severity)} refer to.
     *
     * @return the id, such as {@code T3-LEDGER} or {@code JS-FEE-01}
     */
    String id();

    /**
     * Checks a report.
     *
     * @param context the report, the previous year's report if given, and the current year
     * @param findings receives every finding
     */
    void check(ValidationContext context, Consumer<Finding> findings);
}

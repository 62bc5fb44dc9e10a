package io.github.nianbao.validation;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.Edition;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a {@link ReportValidator} as the validator is configured: its id, the severity its
 * findings have by default and the one they get from this validator, whether it is disabled, what
 * it checks, and how many relation instances it has in each edition. A rule implemented as many
 * relations (a sum rule checked once per column or block) is described once.
 *
 * @param id the rule id, such as {@code T3-LEDGER}
 * @param defaultSeverity the severity the rule gives its findings: the standard rule's default or
 *        a sum rule's own; empty for a custom rule that is not a {@link SumRule}, whose findings
 *        carry the severities the rule chooses
 * @param severity the severity its findings have from this validator: an override from
 *        {@link ReportValidator.Builder#severity(String, Severity)} or a rule pack, else the default
 * @param disabled whether the validator was told to disable the rule (so it reports none of its findings)
 * @param standardRule the standard rule of that id; empty for a custom or pack rule of its own id
 * @param relationInstances for a sum rule, how many of its relation instances apply to a report
 *        of each edition (checked with a previous year's report of the same edition); empty for a
 *        rule that is not a sum
 */
public record RuleDescription(String id, Optional<Severity> defaultSeverity, Optional<Severity> severity, boolean disabled,
        Optional<StandardRule> standardRule, Map<Edition, Integer> relationInstances) {

    /**
     * Checks the components and copies the map.
     *
     * @param id the rule id
     * @param defaultSeverity the default severity, or empty
     * @param severity the effective severity, or empty
     * @param disabled whether the rule is disabled
     * @param standardRule the standard rule of that id, or empty
     * @param relationInstances relation instances per edition, empty for a rule that is not a sum
     */
    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(standardRule, "standardRule");
        relationInstances = Map.copyOf(relationInstances);
    }

    /**
     * Says what the rule checks. Standard rules have a description in Chinese and English; custom
     * rules have none (a custom rule says what it found in its findings' messages).
     *
     * @param locale the language wanted; Chinese unless English is asked for
     * @return one sentence, or empty for a rule that is not a standard rule
     */
    public Optional<String> description(Locale locale) {
        return standardRule.map(r -> r.description(locale));
    }

    /** {@return whether the rule is a sum rule, checked once per relation instance} */
    public boolean isSum() {
        return !relationInstances.isEmpty();
    }
}

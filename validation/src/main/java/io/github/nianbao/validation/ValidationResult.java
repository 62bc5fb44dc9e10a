package io.github.nianbao.validation;

import io.github.nianbao.core.catalogue.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every finding of one validation, in the order the rules ran. Immutable and thread-safe.
 */
public final class ValidationResult {

    private final List<Finding> findings;

    /**
     * Creates a result.
     *
     * @param findings the findings, in order
     */
    public ValidationResult(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /** {@return every finding, in the order the rules ran} */
    public List<Finding> findings() {
        return findings;
    }

    /** {@return whether there is no finding at all} */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** {@return whether the report is acceptable: no finding is an {@link Severity#ERROR}} */
    public boolean isAcceptable() {
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the findings of one severity.
     *
     * @param severity the severity
     * @return the findings, in order
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * Returns the findings at or above a severity.
     *
     * @param severity the threshold
     * @return the findings, in order
     */
    public List<Finding> atLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().isAtLeast(severity)).toList();
    }

    /**
     * Returns the findings of one rule.
     *
     * @param ruleId a rule id such as {@code T4-TOTAL}
     * @return the findings, in order
     */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * Returns the findings of one standard rule.
     *
     * @param rule the rule
     * @return the findings, in order
     */
    public List<Finding> findings(StandardRule rule) {
        return findings(rule.id());
    }

    /** {@return the findings grouped by rule id, rules in order of their first finding} */
    public Map<String, List<Finding>> byRule() {
        Map<String, List<Finding>> map = new LinkedHashMap<>();
        for (Finding f : findings) {
            map.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the findings grouped by the section of this year's report they involve: the three
     * tables and the narrative sections. A finding involving two sections is under both; findings
     * about metadata only are under none.
     *
     * @return the findings per section, sections in report order
     */
    public Map<Section, List<Finding>> byTable() {
        Map<Section, List<Finding>> map = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            for (Finding f : findings) {
                if (f.involves(s)) {
                    map.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
                }
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Counts the findings of one severity.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /**
     * Formats the result: a summary line, then one line per finding with its message in the
     * locale's language.
     *
     * @param locale the language of the messages
     * @return the text
     */
    public String format(Locale locale) {
        StringBuilder sb = new StringBuilder()
                .append(isAcceptable() ? "acceptable" : "not acceptable").append(": ")
                .append(count(Severity.ERROR)).append(" error(s), ")
                .append(count(Severity.WARNING)).append(" warning(s), ")
                .append(count(Severity.INFO)).append(" info");
        for (Finding f : findings) {
            sb.append("\n  ").append(f.format(locale));
        }
        return sb.toString();
    }

    /** {@return the result formatted with Chinese messages} */
    @Override
    public String toString() {
        return format(Finding.DEFAULT_LOCALE);
    }
}

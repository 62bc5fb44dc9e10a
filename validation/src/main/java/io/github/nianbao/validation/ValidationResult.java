package io.github.nianbao.validation;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every finding of one validation, in the order the rules ran, with how many relations were
 * assessed and how many could not be, and how many cells of the report were unknown. Immutable and
 * thread-safe.
 *
 * <h2>Reading "not assessed"</h2>
 * A relation (a sum rule applied to the report's cells) is assessed when its total and its terms
 * could be compared: it then held or was broken. It is not assessed when its total is blank or not
 * applicable (reported as {@link StandardRule#BLANK_CELL} or {@link StandardRule#NA_CELL}), when
 * one of its cells is unknown (reported as {@link StandardRule#NOT_ASSESSED}), when none of its
 * terms holds a number, or when its sum is beyond exact arithmetic ({@link StandardRule#SUM_OVERFLOW}).
 * No finding of a relation means "held" only for the {@link #assessedRelations()} ones.
 */
public final class ValidationResult {

    private final List<Finding> findings;
    private final int assessedRelations;
    private final int notAssessedRelations;
    private final int unknownCells;
    private final List<RelationResult> relationResults;

    /**
     * Creates a result with no relation counted and no unknown cell.
     *
     * @param findings the findings, in order
     */
    public ValidationResult(List<Finding> findings) {
        this(findings, 0, 0, 0);
    }

    /**
     * Creates a result.
     *
     * @param findings the findings, in order
     * @param assessedRelations relations that held or were broken
     * @param notAssessedRelations relations about the report that could not be assessed
     * @param unknownCells unknown cells of the report validated (not of its previous year)
     * @throws IllegalArgumentException if a count is negative
     */
    public ValidationResult(List<Finding> findings, int assessedRelations, int notAssessedRelations, int unknownCells) {
        if (assessedRelations < 0 || notAssessedRelations < 0 || unknownCells < 0) {
            throw new IllegalArgumentException("negative count: " + assessedRelations + ", " + notAssessedRelations
                    + ", " + unknownCells);
        }
        this.findings = List.copyOf(findings);
        this.assessedRelations = assessedRelations;
        this.notAssessedRelations = notAssessedRelations;
        this.unknownCells = unknownCells;
        this.relationResults = List.of();
    }

    private ValidationResult(List<Finding> findings, ValidationResult counts, List<RelationResult> relationResults) {
        this(findings, counts.assessedRelations, counts.notAssessedRelations, counts.unknownCells, relationResults);
    }

    ValidationResult(List<Finding> findings, int assessedRelations, int notAssessedRelations, int unknownCells,
            List<RelationResult> relationResults) {
        this.findings = List.copyOf(findings);
        this.assessedRelations = assessedRelations;
        this.notAssessedRelations = notAssessedRelations;
        this.unknownCells = unknownCells;
        this.relationResults = List.copyOf(relationResults);
    }

    /**
     * Returns this result with other findings: the relation counts and results stay.
     *
     * @param findings the findings, in order
     * @return the result
     */
    public ValidationResult withFindings(List<Finding> findings) {
        return new ValidationResult(findings, this, relationResults);
    }

    /**
     * Returns every relation instance about the report with its status (held, broken with its
     * imbalance, not assessed with the cells that kept it), in the order the rules ran. Only a
     * validator built with {@link ReportValidator.Builder#allResults(boolean)} lists them; their
     * number is {@link #assessedRelations()} + {@link #notAssessedRelations()}.
     *
     * @return the results; empty unless asked for
     */
    public List<RelationResult> relationResults() {
        return relationResults;
    }

    /**
     * Returns the result without the findings a platform has already accepted: those whose
     * {@linkplain Fingerprints#of(Finding) fingerprint} is in the baseline.
     *
     * @param baseline fingerprints of accepted findings
     * @return the result with only the other findings
     */
    public ValidationResult excluding(java.util.Set<String> baseline) {
        List<Finding> left = new ArrayList<>();
        for (Finding f : findings) {
            if (!baseline.contains(Fingerprints.of(f))) {
                left.add(f);
            }
        }
        return withFindings(left);
    }

    /**
     * Returns the acceptance decision: {@link Decision#RETURN} if a finding is an error, else
     * {@link Decision#ACCEPT_WITH_WARNINGS} if one is a warning or a cell is unknown, else
     * {@link Decision#ACCEPT} ({@link Decision#of(List, boolean)}). The severities are the
     * validator's (a rule pack's).
     *
     * @return the decision
     */
    public Decision decision() {
        return Decision.of(findings, unknownCells > 0);
    }

    /** {@return how many relations were assessed: each held or was broken} */
    public int assessedRelations() {
        return assessedRelations;
    }

    /** {@return how many relations about the report could not be assessed (see the class comment)} */
    public int notAssessedRelations() {
        return notAssessedRelations;
    }

    /** {@return how many cells of the report are unknown: printed in its source but not read} */
    public int unknownCells() {
        return unknownCells;
    }

    /**
     * Returns the verdict with {@link Severity#ERROR} as the failing severity.
     *
     * @return {@link Verdict#FAIL} if a finding is an error, else {@link Verdict#INCOMPLETE} if a
     *         cell is unknown, else {@link Verdict#PASS}
     */
    public Verdict verdict() {
        return verdict(Severity.ERROR);
    }

    /**
     * Returns the verdict.
     *
     * @param failOn the least severity that fails the report
     * @return {@link Verdict#FAIL} if a finding is at least {@code failOn}, else
     *         {@link Verdict#INCOMPLETE} if a cell is unknown, else {@link Verdict#PASS}
     */
    public Verdict verdict(Severity failOn) {
        for (Finding f : findings) {
            if (f.severity().isAtLeast(failOn)) {
                return Verdict.FAIL;
            }
        }
        return unknownCells > 0 ? Verdict.INCOMPLETE : Verdict.PASS;
    }

    /** {@return every finding, in the order the rules ran} */
    public List<Finding> findings() {
        return findings;
    }

    /** {@return whether there is no finding at all} */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * Tells whether no finding is an {@link Severity#ERROR}. A report with unknown cells can be
     * acceptable in this sense and still not {@linkplain #verdict() pass}.
     *
     * @return whether no finding is an error
     */
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
     * @param locale the language of the messages, as {@link MessageLanguage#of(Locale)} picks it
     * @return the text
     * @throws NullPointerException if {@code locale} is null, findings or none
     */
    public String format(Locale locale) {
        MessageLanguage.of(locale);
        StringBuilder sb = new StringBuilder()
                .append(isAcceptable() ? "acceptable" : "not acceptable").append(": ")
                .append(count(Severity.ERROR)).append(" error(s), ")
                .append(count(Severity.WARNING)).append(" warning(s), ")
                .append(count(Severity.INFO)).append(" info");
        if (unknownCells > 0 || notAssessedRelations > 0) {
            sb.append("; ").append(unknownCells).append(" unknown cell(s), ")
                    .append(notAssessedRelations).append(" of ").append(assessedRelations + notAssessedRelations)
                    .append(" relation(s) not assessed");
        }
        for (Finding f : findings) {
            sb.append("\n  ").append(f.format(locale));
        }
        return sb.toString();
    }

    /** {@return the result formatted with Chinese messages} */
    @Override
    public String toString() {
        return format(MessageLanguage.DEFAULT_LOCALE);
    }
}

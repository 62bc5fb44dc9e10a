package io.github.nianbao.validation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What became of one relation instance in one validation: it held, it was broken (with the
 * imbalance), or it could not be assessed (with the cells that kept it). Listed by
 * {@link ValidationResult#relationResults()} when the validator was built with
 * {@link ReportValidator.Builder#allResults(boolean)}. Immutable.
 */
public final class RelationResult {

    /** The outcome of a relation. */
    public enum Status {
        /** Every cell was read and the relation holds. */
        HELD,
        /** Every cell was read and the relation does not hold. */
        BROKEN,
        /** A cell kept it from being assessed: a blank, not-applicable or unknown total, an unknown term, a blank term under {@link BlankPolicy#NOT_ASSESSED_IF_BLANK}, no number at all, or a sum beyond 64 bits. */
        NOT_ASSESSED
    }

    private final String ruleId;
    private final Status status;
    private final List<FindingCell> cells;
    private final Long imbalance;
    private final List<FindingCell> keptBy;

    RelationResult(String ruleId, Status status, List<FindingCell> cells, Long imbalance, List<FindingCell> keptBy) {
        this.ruleId = Objects.requireNonNull(ruleId);
        this.status = Objects.requireNonNull(status);
        this.cells = List.copyOf(cells);
        this.imbalance = imbalance;
        this.keptBy = List.copyOf(keptBy);
    }

    /** {@return the id of the relation's rule} */
    public String ruleId() {
        return ruleId;
    }

    /** {@return the outcome} */
    public Status status() {
        return status;
    }

    /** {@return the relation's cells with their values: the terms, then the total if there is one} */
    public List<FindingCell> cells() {
        return cells;
    }

    /**
     * Returns the weighted sum of the terms minus the total (or minus 0): 0 for a relation of
     * equality that holds.
     *
     * @return the imbalance; empty when the relation was not assessed
     */
    public OptionalLong imbalance() {
        return imbalance == null ? OptionalLong.empty() : OptionalLong.of(imbalance);
    }

    /** {@return the cells that kept the relation from being assessed; empty unless {@link Status#NOT_ASSESSED}} */
    public List<FindingCell> keptBy() {
        return keptBy;
    }

    /**
     * Returns the stable fingerprint of the relation instance: the rule id and the JSON Pointers of
     * its cells (those of the previous year's report marked {@code previous:}), independent of the
     * values, so that a platform can keep a baseline across validations.
     *
     * @return for example {@code T4-TOTAL(/reviewLitigation/administrativeReview/upheld,…=/reviewLitigation/administrativeReview/total)}
     */
    public String fingerprint() {
        return Fingerprints.of(ruleId, cells);
    }

    /** {@return the fingerprint, the status and the imbalance} */
    @Override
    public String toString() {
        return fingerprint() + " " + status + (imbalance == null ? "" : " " + imbalance);
    }
}

package io.github.nianbao.validation;

/**
 * How many relation instances one validation assessed and how many it could not. Belongs to one
 * {@link ValidationContext}, which serves one validation on one thread.
 */
final class RelationTally {

    /** Relations whose terms and total were all read: each held or was broken. */
    int assessed;
    /** Relations about the report that could not be assessed: a blank, not applicable or unknown total, an unknown term, no number at all, or a sum beyond 64 bits. */
    int notAssessed;
    /** Every relation's result, in order; null unless all results were asked for. */
    java.util.List<RelationResult> results;

    /** How the two reports were paired, as a message argument ({@code ""} without a previous year): cross-year findings say it. */
    Object pairedBy = "";
}

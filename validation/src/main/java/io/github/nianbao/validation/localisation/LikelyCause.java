package io.github.nianbao.validation.localisation;

import io.github.nianbao.validation.SumRule;
import java.util.List;
import java.util.Optional;

/**
 * The result of error localisation for one group of broken sum relations: relations that share
 * cells, directly or through other relations, so that a mistake in one group never explains a
 * broken relation of another. Immutable.
 *
 * <p>Either the search found the smallest explanations (all of them, most telling first), or it was
 * {@linkplain #isCut() cut} at its bound and offers none.
 */
public final class LikelyCause {

    private final List<SumRule> broken;
    private final List<Explanation> explanations;
    private final String cutReason;

    LikelyCause(List<SumRule> broken, List<Explanation> explanations, String cutReason) {
        this.broken = List.copyOf(broken);
        this.explanations = List.copyOf(explanations);
        this.cutReason = cutReason;
    }

    /** {@return the relations of the group that do not hold, in the validator's order} */
    public List<SumRule> brokenRelations() {
        return broken;
    }

    /**
     * Returns every explanation of the smallest size, most telling first (by {@link Cause}, then by
     * the smallest change, then by catalogue order). The first is "the most likely".
     *
     * @return the explanations; empty when the search was cut
     */
    public List<Explanation> explanations() {
        return explanations;
    }

    /** {@return the most likely explanation, or empty when the search was cut} */
    public Optional<Explanation> mostLikely() {
        return explanations.isEmpty() ? Optional.empty() : Optional.of(explanations.get(0));
    }

    /** {@return how many cells the smallest explanations change; 0 when the search was cut} */
    public int changedCells() {
        return explanations.isEmpty() ? 0 : explanations.get(0).size();
    }

    /** {@return whether the search stopped at its bound before it found an explanation} */
    public boolean isCut() {
        return cutReason != null;
    }

    /**
     * Returns why the search was cut: {@code CELLS} (no explanation changes at most the bound's
     * number of cells), {@code SETS} (more candidate sets than the bound), or {@code FREE} (a
     * candidate set left two or more values free, which the exact search does not resolve).
     *
     * @return the reason, or empty when not cut
     */
    public Optional<String> cutReason() {
        return Optional.ofNullable(cutReason);
    }

    @Override
    public String toString() {
        return "LikelyCause[" + broken.stream().map(SumRule::id).toList() + " -> "
                + (isCut() ? "cut " + cutReason : explanations) + "]";
    }
}

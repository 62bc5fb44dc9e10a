package io.github.nianbao.samples.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws numbers the way property tests want them: small values and the edges 0 and 1 more often
 * than their share, so that a failing case shrinks to something a person can read, and now and
 * then a large value.
 *
 * <p>Shrinking frameworks that record the numbers a generator drew (QuickTheories, Hypothesis-style
 * frameworks) shrink each recorded number toward 0 and replay the record position by position. For
 * that to turn into smaller reports, every method here
 * <ul>
 * <li>draws a fixed number of values whatever it returns (one; none of them skipped on some
 *     branch), so that a shrunk draw never shifts the ones after it onto other cells;
 * <li>draws them as {@link RandomGenerator#nextDouble() fractions}, in a range that does not depend
 *     on earlier draws (a bound that changed as an earlier draw shrank would make the framework
 *     discard the recorded value and draw afresh);
 * <li>returns a value that does not grow as the fraction shrinks: 0 for the smallest fraction,
 *     the first element, {@code true} for {@link #chance}.
 * </ul>
 */
final class Draw {

    /** Below this fraction {@link #count} gives 0, below {@link #ONE} 1. */
    private static final double ZERO = 0.22;
    private static final double ONE = 0.32;
    /** From this fraction on, {@link #count} gives a value above the typical one, up to ten times it. */
    private static final double LARGE = 0.96;

    private final RandomGenerator random;

    Draw(RandomGenerator random) {
        this.random = random;
    }

    RandomGenerator random() {
        return random;
    }

    /** One fraction in [0, 1): the only way this class draws. */
    private double fraction() {
        return random.nextDouble();
    }

    /**
     * A count around {@code typical}: 0 and 1 often, mostly up to typical (skewed toward small
     * values), sometimes up to ten times more. One fraction, and a smaller one gives a count no
     * larger (but for the step from the 1s to the smallest of the skewed range, which is 0). The
     * large values continue the typical ones (typical to ten times typical), so that a large
     * count shrinks step by step instead of having to jump from ten times typical to typical.
     */
    long count(long typical) {
        double u = fraction();
        if (u < ZERO) {
            return 0;
        }
        if (u < ONE) {
            return 1;
        }
        if (u >= LARGE) {
            return typical + Math.round((u - LARGE) / (1 - LARGE) * 9 * typical);
        }
        // Skewed toward small values: the square of a uniform fraction.
        double f = (u - ONE) / (LARGE - ONE);
        return Math.round(f * f * typical);
    }

    /** A value from {@code min} to {@code maxInclusive}, uniform; the smallest fraction gives {@code min}. */
    long between(long min, long maxInclusive) {
        long span = maxInclusive - min + 1;
        return min + Math.min(span - 1, (long) Math.floor(fraction() * span));
    }

    /** True {@code percent} times in 100: callers put the simpler outcome on true, which a small fraction gives. */
    boolean chance(int percent) {
        return fraction() * 100 < percent;
    }

    <T> T pick(List<T> from) {
        return from.get((int) between(0, from.size() - 1));
    }

    /**
     * Splits {@code total} into {@code weights.length} parts that add up exactly to it, in
     * proportion to the weights, with a random part of non-zero weight taking what rounding leaves.
     */
    long[] split(long total, int[] weights) {
        long[] parts = new long[weights.length];
        int weighted = 0;
        long sumWeights = 0;
        for (int w : weights) {
            sumWeights += w;
            weighted += w == 0 ? 0 : 1;
        }
        int k = (int) between(0, Math.max(1, weighted) - 1); // drawn always, whatever the total
        if (sumWeights == 0 || total == 0) {
            parts[Math.min(k, parts.length - 1)] = total;
            return parts;
        }
        long given = 0;
        int j = -1;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = Math.floorDiv(Math.multiplyExact(total, (long) weights[i]), sumWeights);
            given += parts[i];
            if (weights[i] != 0 && k-- == 0) {
                j = i;
            }
        }
        parts[j] += total - given;
        return parts;
    }
}

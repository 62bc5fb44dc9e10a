package io.github.nianbao.samples.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws numbers the way property tests want them: small values and the edges 0 and 1 more often
 * than their share, so that a failing case shrinks to something a person can read, and now and
 * then a large value.
 */
final class Draw {

    private final RandomGenerator random;

    Draw(RandomGenerator random) {
        this.random = random;
    }

    RandomGenerator random() {
        return random;
    }

    /** A count around {@code typical}: 0 and 1 often, mostly up to typical, sometimes ten times more. */
    long count(long typical) {
        int roll = random.nextInt(100);
        if (roll < 22) {
            return 0;
        }
        if (roll < 32) {
            return 1;
        }
        if (roll < 36) {
            return typical * 10 + random.nextLong(typical + 1);
        }
        // Skewed toward small values: the square of a uniform fraction.
        double f = random.nextDouble();
        return Math.round(f * f * typical);
    }

    long between(long min, long maxInclusive) {
        return min + random.nextLong(maxInclusive - min + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /**
     * Splits {@code total} into {@code weights.length} parts that add up exactly to it, in
     * proportion to the weights, with a random part taking what rounding leaves.
     */
    long[] split(long total, int[] weights) {
        long[] parts = new long[weights.length];
        long sumWeights = 0;
        for (int w : weights) {
            sumWeights += w;
        }
        if (sumWeights == 0 || total == 0) {
            parts[random.nextInt(parts.length)] = total;
            return parts;
        }
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = Math.floorDiv(Math.multiplyExact(total, (long) weights[i]), sumWeights);
            given += parts[i];
        }
        int j;
        do {
            j = random.nextInt(parts.length);
        } while (weights[j] == 0);
        parts[j] += total - given;
        return parts;
    }
}

package io.github.nianbao.documents;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time one fuzz input may take: 2 s. In the normal build, where the corpus is replayed on
 * plain code, each input is timed here, on the fuzzing thread; one over budget is timed once more
 * and fails only if it is over again, since on a shared machine a stall of the JIT or of the
 * scheduler does not repeat. While fuzzing ({@code JAZZER_FUZZ} set), every class is rewritten with
 * coverage and comparison hooks that make cold code several times slower, so the budget is left
 * to libFuzzer's {@code -timeout=2} (set by {@code scripts/fuzz.sh}), which applies it to every
 * generated input and keeps one that exceeds it as a finding.
 */
final class InputBudget {

    static final Duration PER_INPUT = Duration.ofSeconds(2);

    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

    private InputBudget() {
    }

    static <T> T within(Supplier<T> work) {
        if (FUZZING) {
            return work.get();
        }
        long start = System.nanoTime();
        T result = work.get();
        long took = System.nanoTime() - start;
        if (took > PER_INPUT.toNanos()) {
            long again = System.nanoTime();
            work.get();
            long retook = System.nanoTime() - again;
            if (retook > PER_INPUT.toNanos()) {
                throw new AssertionError("one input took " + Duration.ofNanos(took).toMillis() + " ms, and "
                        + Duration.ofNanos(retook).toMillis() + " ms again: more than " + PER_INPUT);
            }
        }
        return result;
    }
}

package io.github.nianbao.serialization;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time one fuzz input may take. Measured on the fuzzing thread, so that coverage and the
 * execution rate stay undisturbed; an input that never ends is caught by libFuzzer's
 * {@code -timeout}, which {@code scripts/fuzz.sh} sets to 10 s.
 */
final class InputBudget {

    static final Duration PER_INPUT = Duration.ofSeconds(2);

    private InputBudget() {
    }

    static <T> T within(Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long took = System.nanoTime() - start;
        if (took > PER_INPUT.toNanos()) {
            throw new AssertionError("one input took " + Duration.ofNanos(took).toMillis() + " ms, more than " + PER_INPUT);
        }
        return result;
    }
}

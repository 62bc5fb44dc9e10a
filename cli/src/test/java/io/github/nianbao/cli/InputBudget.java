package io.github.nianbao.cli;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time one fuzz input may take. Measured on the fuzzing thread, so that coverage and the
 * execution rate stay undisturbed; an input that never ends is caught by libFuzzer's
 * {@code -timeout}, which {@code scripts/fuzz.sh} sets to 10 s. An input over budget is timed
 * once more and fails only if it is over again: on a shared machine a niced fuzzer can be
 * descheduled, or wait for the JIT, for longer than the input itself takes, which does not repeat.
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

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times every input of a fuzz target's corpora on plain code, for scripts/fuzz.sh (run as a
 * single-file source program on the module's test class path). While fuzzing, Jazzer's
 * instrumentation makes code several times slower, and more so on a loaded machine, so the fuzzer's
 * own timeout only catches hangs; whether an input stays within the 2-second budget is measured
 * here, without instrumentation, after one warm-up pass over all inputs. Arguments: the test
 * class, the method (taking {@code byte[]}), then directories of inputs. Prints the number of
 * inputs, the slowest ones (fastest and slowest of three runs each) and any that failed; exits 1
 * if one failed or its fastest run took more than 2 seconds.
 */
public class SlowestInputs {

    private static final long BUDGET_NANOS = 2_000_000_000L;

    record Timing(Path input, long fastest, long slowest) {
    }

    public static void main(String[] args) throws Exception {
        Class<?> type = Class.forName(args[0]);
        Method target = type.getDeclaredMethod(args[1], byte[].class);
        target.setAccessible(true);
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object instance = constructor.newInstance();
        List<Path> inputs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path dir = Path.of(args[i]);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
                }
            }
        }
        int failed = 0;
        for (Path input : inputs) { // warm-up, and the failures
            if (!run(target, instance, input)) {
                failed++;
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (Path input : inputs) {
            long fastest = Long.MAX_VALUE;
            long slowest = 0;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                run(target, instance, input);
                long took = System.nanoTime() - start;
                fastest = Math.min(fastest, took);
                slowest = Math.max(slowest, took);
            }
            timings.add(new Timing(input, fastest, slowest));
        }
        timings.sort(Comparator.comparingLong(Timing::fastest).reversed());
        System.out.printf("%d inputs timed on plain code, %d failed%n", inputs.size(), failed);
        for (Timing t : timings.subList(0, Math.min(5, timings.size()))) {
            System.out.printf("  %8.1f ms (slowest of 3: %8.1f ms)  %s%n", t.fastest() / 1e6, t.slowest() / 1e6, t.input());
        }
        boolean over = !timings.isEmpty() && timings.get(0).fastest() > BUDGET_NANOS;
        System.exit(failed > 0 || over ? 1 : 0);
    }

    private static boolean run(Method target, Object instance, Path input) throws IOException, IllegalAccessException {
        try {
            target.invoke(instance, (Object) Files.readAllBytes(input));
            return true;
        } catch (InvocationTargetException e) {
            System.out.println("FAILED " + input + ": " + e.getCause());
            return false;
        }
    }
}

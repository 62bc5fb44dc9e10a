package io.github.nianbao.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Checked-in files that tests regenerate and compare byte for byte. Run the build with
 * {@code -Dsamples.regenerate=true} to rewrite them instead (see samples/README.md), then review
 * the diff and commit it.
 */
public final class Golden {

    /** The system property that switches from comparing to rewriting. */
    public static final String REGENERATE = "samples.regenerate";

    private Golden() {
    }

    /**
     * Compares freshly computed content with a checked-in file, or rewrites the file.
     *
     * @param file the file, relative to the module directory (the tests' working directory)
     * @param shipped the file's content as the build sees it (for a resource, from the class path); not
     *     read when regenerating
     * @param computed the content computed now
     */
    public static void check(Path file, Supplier<byte[]> shipped, byte[] computed) {
        if (regenerating()) {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, computed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        // Compared as text for a readable diff; the byte comparison below is the one that counts.
        byte[] expected = shipped.get();
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(computed, StandardCharsets.UTF_8),
                file + " differs from what the code produces; regenerate with -D" + REGENERATE + "=true");
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, computed, file.toString());
    }

    /** {@return whether this run rewrites the checked-in files instead of comparing them} */
    public static boolean regenerating() {
        return Boolean.getBoolean(REGENERATE);
    }
}

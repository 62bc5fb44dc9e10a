package io.github.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command's operands into the files to read: files as given, directories walked in
 * name order for the file kinds the command reads. Symbolic links inside a directory are not
 * followed unless asked, so that a walk cannot leave the directory it was given.
 */
final class InputFiles {

    /** What to read: a file of a known kind, or an operand that cannot be read, with why. */
    record Input(Path path, InputKind kind, String problem) {
        boolean isReadable() {
            return problem == null;
        }
    }

    private InputFiles() {
    }

    static List<Input> expand(List<Path> operands, boolean followLinks) {
        List<Input> out = new ArrayList<>();
        for (Path p : operands) {
            if (Files.isDirectory(p)) {
                walk(p, followLinks, out);
            } else if (!Files.exists(p)) {
                out.add(new Input(p, null, "not-found"));
            } else {
                // A file named on the command line is read whatever its extension says, as JSON by default.
                out.add(new Input(p, InputKind.of(p).orElse(InputKind.JSON), null));
            }
        }
        return out;
    }

    private static void walk(Path dir, boolean followLinks, List<Input> out) {
        Set<FileVisitOption> options = followLinks ? Set.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
        try (Stream<Path> files = Files.walk(dir, Integer.MAX_VALUE, options.toArray(new FileVisitOption[0]))) {
            files.filter(f -> followLinks || !Files.isSymbolicLink(f))
                    .filter(f -> Files.isRegularFile(f, followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS}))
                    .sorted()
                    .forEach(f -> InputKind.of(f).ifPresent(kind -> out.add(new Input(f, kind, null))));
        } catch (IOException | UncheckedIOException e) {
            out.add(new Input(dir, null, "unreadable"));
        }
    }
}

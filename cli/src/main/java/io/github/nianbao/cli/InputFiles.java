package io.github.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the command's operands into the files to read: files as given, directories walked in
 * name order for the file kinds the command reads. Symbolic links inside a directory are not
 * followed unless asked, so that a walk cannot leave the directory it was given; when asked, a
 * link loop is entered once.
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
                // A file named on the command line is read whatever its extension says: a document by its
                // signature, else JSON.
                out.add(new Input(p, InputKind.named(p), null));
            }
        }
        return out;
    }

    // A link loop met while following links is not entered again: each file is read once and the
    // walk ends. Any other directory that cannot be read is reported, and the walk goes on.
    private static void walk(Path dir, boolean followLinks, List<Input> out) {
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attributes) {
                    // Without FOLLOW_LINKS a link is seen as a link, never as what it points to.
                    if (attributes.isRegularFile()) {
                        InputKind.of(f).ifPresent(kind -> found.add(new Input(f, kind, null)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (!(e instanceof FileSystemLoopException)) {
                        found.add(new Input(f, null, "unreadable"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            out.add(new Input(dir, null, "unreadable"));
            return;
        }
        found.sort(Comparator.comparing(Input::path));
        out.addAll(found);
    }
}

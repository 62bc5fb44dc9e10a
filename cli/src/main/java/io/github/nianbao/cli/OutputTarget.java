package io.github.nianbao.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;

/**
 * Where a command writes: standard output, or a file given with {@code -o}. A regular file is
 * written to a temporary file beside it and moved into place only when the command has written
 * everything, so that a reader never sees half a file, two runs writing the same file cannot
 * interleave, and a failed run leaves the old file as it was. A device or pipe ({@code /dev/stdout},
 * {@code /dev/full}, a FIFO) is written directly. A write error of either kind is an
 * {@link OutputFailure} that names the target: the command then exits 2 with a message, never 0
 * with output lost.
 */
final class OutputTarget implements AutoCloseable {

    /** A write to the output failed: what the command was writing and why. */
    static final class OutputFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final String target;

        OutputFailure(String target, IOException cause) {
            super(target + ": " + cause.getMessage(), cause);
            this.target = target;
        }

        String target() {
            return target;
        }

        String reason() {
            return String.valueOf(getCause().getMessage());
        }
    }

    /** Given an output that is one of the inputs: the command refuses before reading anything. */
    static final class NamesAnInput extends Exception {
        private static final long serialVersionUID = 1L;

        NamesAnInput(Path output) {
            super(output.toString());
        }
    }

    private final String name;
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    private OutputTarget(String name, Path target, Path temporary, OutputStream raw) {
        this.name = name;
        this.target = target;
        this.temporary = temporary;
        this.stream = new BufferedOutputStream(new Checked(raw, name), 1 << 16);
    }

    /** Standard output; closing the target flushes it but leaves it open. */
    static OutputTarget standardOutput(OutputStream stdout, String name) {
        return new OutputTarget(name, null, null, new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }

    /**
     * A file, or standard output when {@code file} is null.
     *
     * @param inputs the files the command reads, which the output must not be
     * @throws NamesAnInput if the output is one of the inputs
     * @throws OutputFailure if the temporary file cannot be created
     */
    static OutputTarget of(Path file, OutputStream stdout, String stdoutName, Collection<Path> inputs)
            throws NamesAnInput, OutputFailure {
        if (file == null) {
            return standardOutput(stdout, stdoutName);
        }
        refuseInputs(file, inputs);
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                return new OutputTarget(file.toString(), null, null, Files.newOutputStream(file));
            }
            Path dir = file.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            permit(temporary, file);
            return new OutputTarget(file.toString(), file, temporary, Files.newOutputStream(temporary));
        } catch (IOException e) {
            throw new OutputFailure(file.toString(), e);
        }
    }

    // A temporary file is private (rw-------); the file it becomes keeps the permissions of the one
    // it replaces, or gets those a new file usually has (rw-r--r--).
    private static void permit(Path temporary, Path target) {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: its own defaults apply
        }
    }

    /** Refuses an output that is, or would overwrite, one of the inputs. */
    static void refuseInputs(Path output, Collection<Path> inputs) throws NamesAnInput {
        if (!Files.exists(output)) {
            return;
        }
        for (Path in : inputs) {
            try {
                if (Files.exists(in) && Files.isSameFile(in, output) && Files.isRegularFile(output)) {
                    throw new NamesAnInput(output);
                }
            } catch (IOException e) {
                // an input that cannot be compared cannot be read either: its own problem
            }
        }
    }

    /** {@return the stream to write to, buffered} */
    OutputStream stream() {
        return stream;
    }

    /** {@return the name of the target, for messages} */
    String name() {
        return name;
    }

    /** Flushes everything and, for a file, moves it into place. */
    void commit() throws IOException {
        stream.flush();
        if (temporary != null) {
            stream.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new OutputFailure(name, e);
            }
        }
        committed = true;
    }

    /** Closes the target; a file not committed is removed, and the old one stays as it was. */
    @Override
    public void close() throws IOException {
        if (temporary == null) {
            if (!committed) {
                try {
                    stream.flush();
                } catch (IOException e) {
                    // the failure that stopped the command is already on its way
                }
            }
            return;
        }
        if (!committed) {
            try {
                stream.close();
            } catch (IOException e) {
                // as above
            }
            Files.deleteIfExists(temporary);
        }
    }

    /** Turns every write error into an {@link OutputFailure} that names the target. */
    private static final class Checked extends FilterOutputStream {
        private final String name;

        Checked(OutputStream out, String name) {
            super(out);
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (OutputFailure e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFailure(name, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (OutputFailure e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFailure(name, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (OutputFailure e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFailure(name, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw new OutputFailure(name, e);
            }
        }
    }
}

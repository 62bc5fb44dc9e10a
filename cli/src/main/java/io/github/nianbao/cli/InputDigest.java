package io.github.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an input, in lower-case hex: what the JSON output records of each report's bytes,
 * so that a decision can be traced to exactly the file (or line) it was taken on.
 */
final class InputDigest {

    private InputDigest() {
    }

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static String of(Path file) throws IOException {
        try (Reading in = new Reading(InputFiles.open(file))) {
            return in.sha256();
        }
    }

    /**
     * A stream digested as a reader reads it, so that the digest is of the very bytes read, in one
     * pass. Not thread-safe.
     */
    static final class Reading extends DigestInputStream {

        Reading(InputStream in) {
            super(in, InputDigest.sha256());
        }

        /** Reads what the reader left (the digest is of the whole input), then gives the digest. */
        String sha256() throws IOException {
            transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(getMessageDigest().digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's specification).
            throw new AssertionError(e);
        }
    }
}

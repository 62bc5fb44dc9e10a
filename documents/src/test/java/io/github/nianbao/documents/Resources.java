package io.github.nianbao.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test files, copied byte for byte from the shared material. */
final class Resources {

    private Resources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

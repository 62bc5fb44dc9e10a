package io.github.nianbao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Test files copied byte for byte from {@code ../shared} into the test resources, and a small JSON
 * reader for the ground truth that comes with them (the importer's tests do not depend on the
 * JSON codec).
 */
final class TestResources {

    private TestResources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Asserts that a copied resource is the shared file byte for byte; skipped when ../shared is absent. */
    static void sameAsShared(String resource, String sharedPath) throws IOException {
        Path shared = Path.of("..", "..", "shared").resolve(sharedPath);
        Assumptions.assumeTrue(Files.isRegularFile(shared), () -> "../shared is absent: " + shared + " not compared");
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(shared), bytes(resource), resource);
    }

    /** Reads JSON: objects as ordered maps, arrays as lists, numbers as BigDecimal, null as null. */
    static Object json(String text) {
        int[] at = {0};
        Object v = value(text, at);
        skip(text, at);
        if (at[0] != text.length()) {
            throw new IllegalArgumentException("trailing text at " + at[0]);
        }
        return v;
    }

    private static void skip(String s, int[] at) {
        while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0]))) {
            at[0]++;
        }
    }

    private static Object value(String s, int[] at) {
        skip(s, at);
        char c = s.charAt(at[0]);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            at[0]++;
            skip(s, at);
            if (s.charAt(at[0]) == '}') {
                at[0]++;
                return m;
            }
            while (true) {
                skip(s, at);
                String key = (String) value(s, at);
                skip(s, at);
                expect(s, at, ':');
                m.put(key, value(s, at));
                skip(s, at);
                if (s.charAt(at[0]++) == '}') {
                    return m;
                }
            }
        }
        if (c == '[') {
            List<Object> l = new ArrayList<>();
            at[0]++;
            skip(s, at);
            if (s.charAt(at[0]) == ']') {
                at[0]++;
                return l;
            }
            while (true) {
                l.add(value(s, at));
                skip(s, at);
                if (s.charAt(at[0]++) == ']') {
                    return l;
                }
            }
        }
        if (c == '"') {
            StringBuilder sb = new StringBuilder();
            at[0]++;
            while (s.charAt(at[0]) != '"') {
                char ch = s.charAt(at[0]++);
                if (ch == '\\') {
                    char e = s.charAt(at[0]++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(at[0], at[0] + 4), 16));
                            at[0] += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(ch);
                }
            }
            at[0]++;
            return sb.toString();
        }
        if (s.startsWith("null", at[0])) {
            at[0] += 4;
            return null;
        }
        if (s.startsWith("true", at[0]) || s.startsWith("false", at[0])) {
            boolean t = s.startsWith("true", at[0]);
            at[0] += t ? 4 : 5;
            return t;
        }
        int start = at[0];
        while (at[0] < s.length() && "+-0123456789.eE".indexOf(s.charAt(at[0])) >= 0) {
            at[0]++;
        }
        return new BigDecimal(s.substring(start, at[0]));
    }

    private static void expect(String s, int[] at, char c) {
        if (s.charAt(at[0]) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at[0]);
        }
        at[0]++;
    }
}

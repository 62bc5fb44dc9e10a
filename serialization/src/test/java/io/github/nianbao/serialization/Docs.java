package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Edits of JSON text for the bad-input tests, each checking that it changes exactly what it means to. */
final class Docs {

    private Docs() {
    }

    /** Replaces the one occurrence of {@code from}. */
    static String replace(String doc, String from, String to) {
        int first = doc.indexOf(from);
        assertEquals(true, first >= 0 && doc.indexOf(from, first + 1) < 0, () -> "not exactly one " + from);
        return doc.substring(0, first) + to + doc.substring(first + from.length());
    }

    /** Replaces the value of the one member {@code "name": value} (object, array or scalar) with {@code value}. */
    static String replaceValue(String doc, String name, String value) {
        int[] span = valueSpan(doc, name);
        return doc.substring(0, span[0]) + value + doc.substring(span[1]);
    }

    /** Removes the one member {@code "name": value} together with its comma. */
    static String removeMember(String doc, String name) {
        int start = doc.indexOf("\"" + name + "\": ");
        int[] span = valueSpan(doc, name);
        int end = span[1];
        if (doc.charAt(end) == ',') {
            end++;
            while (Character.isWhitespace(doc.charAt(end))) {
                end++;
            }
        } else {
            while (Character.isWhitespace(doc.charAt(start - 1))) {
                start--;
            }
            if (doc.charAt(start - 1) == ',') {
                start--;
            }
        }
        return doc.substring(0, start) + doc.substring(end);
    }

    private static int[] valueSpan(String doc, String name) {
        String key = "\"" + name + "\": ";
        int k = doc.indexOf(key);
        assertEquals(true, k >= 0 && doc.indexOf(key, k + 1) < 0, () -> "not exactly one member " + name);
        int start = k + key.length();
        char c = doc.charAt(start);
        int end;
        if (c == '{' || c == '[') {
            int depth = 0;
            boolean inString = false;
            end = start;
            do {
                char x = doc.charAt(end);
                if (inString) {
                    if (x == '\\') {
                        end++;
                    } else if (x == '"') {
                        inString = false;
                    }
                } else if (x == '"') {
                    inString = true;
                } else if (x == '{' || x == '[') {
                    depth++;
                } else if (x == '}' || x == ']') {
                    depth--;
                }
                end++;
            } while (depth > 0);
        } else if (c == '"') {
            end = doc.indexOf('"', start + 1) + 1;
        } else {
            end = start;
            while (",}]\n".indexOf(doc.charAt(end)) < 0) {
                end++;
            }
        }
        return new int[] {start, end};
    }

    /** {@return the 1-based line and column of the {@code occurrence}-th (from 1; -1 = last) {@code marker}, plus {@code offset}} */
    static long[] at(String doc, String marker, int occurrence, int offset) {
        int index = -1;
        if (occurrence < 0) {
            index = doc.lastIndexOf(marker);
        } else {
            for (int i = 0; i < occurrence; i++) {
                index = doc.indexOf(marker, index + 1);
            }
        }
        assertEquals(true, index >= 0, () -> "no marker " + marker);
        index += offset;
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (doc.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new long[] {line, index - lineStart + 1};
    }
}

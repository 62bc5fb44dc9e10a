package io.github.nianbao.core.catalogue;

import java.util.Arrays;
import java.util.List;

/**
 * A location in a report: the one path type of the library, rendered as a JSON Pointer (RFC 6901)
 * into the canonical JSON form. Immutable.
 */
public final class ReportPath implements Comparable<ReportPath> {

    private static final ReportPath ROOT = new ReportPath(new String[0]);

    private final String[] segments;
    private final String pointer;

    private ReportPath(String[] segments) {
        this.segments = segments;
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        this.pointer = sb.toString();
    }

    /** {@return the path of the whole document} */
    public static ReportPath root() {
        return ROOT;
    }

    /**
     * Returns the path made of {@code segments}.
     *
     * @param segments unescaped reference tokens
     * @return the path
     */
    public static ReportPath of(String... segments) {
        return segments.length == 0 ? ROOT : new ReportPath(segments.clone());
    }

    /**
     * Parses a JSON Pointer.
     *
     * @param pointer a JSON Pointer such as {@code /applications/newlyReceived/naturalPerson}
     * @return the path
     * @throws IllegalArgumentException if {@code pointer} is neither empty nor starts with {@code /}
     */
    public static ReportPath parse(String pointer) {
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
        }
        String[] raw = pointer.substring(1).split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw[i].replace("~1", "/").replace("~0", "~");
        }
        return new ReportPath(raw);
    }

    /**
     * Returns this path extended by one member name.
     *
     * @param name the member name
     * @return the child path
     */
    public ReportPath child(String name) {
        String[] s = Arrays.copyOf(segments, segments.length + 1);
        s[segments.length] = name;
        return new ReportPath(s);
    }

    /**
     * Returns this path extended by one array index.
     *
     * @param index the index
     * @return the child path
     */
    public ReportPath child(int index) {
        return child(Integer.toString(index));
    }

    /** {@return the unescaped reference tokens} */
    public List<String> segments() {
        return List.of(segments);
    }

    /** {@return the number of segments} */
    public int depth() {
        return segments.length;
    }

    /**
     * Tells whether this path is {@code other} or lies below it.
     *
     * @param other the possible ancestor
     * @return whether {@code other} is a prefix of this path
     */
    public boolean startsWith(ReportPath other) {
        if (other.segments.length > segments.length) {
            return false;
        }
        for (int i = 0; i < other.segments.length; i++) {
            if (!segments[i].equals(other.segments[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@return the path one level up; the root is its own parent} */
    public ReportPath parent() {
        return segments.length == 0 ? this : new ReportPath(Arrays.copyOf(segments, segments.length - 1));
    }

    /** {@return the JSON Pointer} */
    public String toJsonPointer() {
        return pointer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportPath p && p.pointer.equals(pointer);
    }

    @Override
    public int hashCode() {
        return pointer.hashCode();
    }

    @Override
    public int compareTo(ReportPath o) {
        return pointer.compareTo(o.pointer);
    }

    /** {@return the JSON Pointer} */
    @Override
    public String toString() {
        return pointer;
    }

}

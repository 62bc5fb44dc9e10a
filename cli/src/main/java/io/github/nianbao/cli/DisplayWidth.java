package io.github.nianbao.cli;

/**
 * How many terminal columns text takes: East Asian wide and full-width characters take two,
 * combining marks none. {@code String.length()} would misalign every table with Chinese in it.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    // Every cell of every findings table is measured: a string is read as a string, not through
    // the CharSequence interface, and a char of the BMP without a look at its neighbour.
    static int of(String text) {
        int width = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                int cp = text.codePointAt(i);
                width += of(cp);
                i += Character.charCount(cp) - 1;
            } else {
                width += BMP_WIDTHS[c];
            }
        }
        return width;
    }

    static int of(int cp) {
        return cp >= 0 && cp < BMP_WIDTHS.length ? BMP_WIDTHS[cp] : measure(cp);
    }

    // Every report line is measured, so the widths of the Basic Multilingual Plane are worked out
    // once, by the rule below, rather than with a look into the character database per character.
    private static final byte[] BMP_WIDTHS = new byte[0x10000];

    static {
        for (int cp = 0; cp < BMP_WIDTHS.length; cp++) {
            BMP_WIDTHS[cp] = (byte) measure(cp);
        }
    }

    private static int measure(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == 0) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    // The wide (W) and full-width (F) ranges of Unicode's East Asian Width property.
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Pads {@code text} with spaces to {@code width} columns (never truncates). */
    static String pad(String text, int width) {
        int missing = width - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** Appends {@code text}, of {@code textWidth} columns, padded with spaces to {@code width} columns. */
    static void appendPadded(StringBuilder out, String text, int textWidth, int width) {
        out.append(text);
        for (int i = textWidth; i < width; i++) {
            out.append(' ');
        }
    }

    /** Shortens {@code text} to at most {@code width} columns, marking the cut with an ellipsis. */
    static String fit(String text, int width) {
        if (of(text) <= width) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > width - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }
}

package io.github.nianbao.renderer;

/**
 * What text may hold in the documents written: XML 1.0 (inside .docx) and HTML refuse C0 control
 * characters other than tab and line breaks, U+FFFE, U+FFFF and unpaired surrogates.
 */
final class Characters {

    /** What stands for a character a document cannot hold. */
    static final char REPLACEMENT = '\ufffd';

    private Characters() {
    }

    /**
     * Replaces the characters no document can hold with U+FFFD. Text without such characters
     * (every report read from a document or JSON in practice) is returned as it is.
     *
     * @param text any text
     * @return the text, each unrepresentable character replaced
     */
    static String documentSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowed(text, i)) {
                return replace(text);
            }
        }
        return text;
    }

    private static String replace(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(allowed(text, i) ? text.charAt(i) : REPLACEMENT);
        }
        return sb.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c == 0xfffe || c == 0xffff) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}

package io.github.nianbao.cli;

/**
 * Text from an input made safe to print on a terminal. Agency names, file names, narrative text
 * and messages that quote them come from whoever wrote the input: an escape sequence in them could
 * clear the screen, set the clipboard (OSC 52) or retitle the window, a carriage return or newline
 * could draw a fake verdict line, and a bidi override could reverse what is shown. Every such
 * character is shown as a visible escape instead ({@code \e}, {@code \r}, {@code \n},
 * {@code U+202E} as its code), so what is printed is what the input holds, one line per line of output.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@return the text with every control, line-breaking and bidi-formatting character escaped} */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        int i = 0;
        while (i < n && !isUnsafe(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text; // the usual case: nothing to escape, no copy
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == 0x1B) {
                sb.append("\\e");
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    /**
     * Whether a character must be escaped: C0 and C1 controls and DEL, line and paragraph
     * separators, bidi marks, embeddings, overrides and isolates. (A lone surrogate is written as
     * {@code ?} by every encoder of the command's output.)
     */
    static boolean isUnsafe(char c) {
        if (c < 0x20 || c == 0x7F) {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        return c <= 0x9F
                || c == 0x061C // Arabic letter mark
                || c == 0x200E || c == 0x200F // LRM, RLM
                || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // isolates
                || c == 0x2028 || c == 0x2029;
    }
}

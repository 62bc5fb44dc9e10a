package io.github.nianbao.core.cell;

import java.util.Objects;

/**
 * The form of the reason an unknown cell carries. A reason is a code (the import issue that kept
 * the cell from being read), never free text: it travels into JSON, terminals and messages, so it
 * can hold nothing that needs escaping there.
 */
final class UnknownReasons {

    /** The longest reason a cell carries. */
    static final int MAX_LENGTH = 64;

    private UnknownReasons() {
    }

    /**
     * Checks a reason.
     *
     * @param reason letters, digits, '_', '-' and '.', 1 to {@value #MAX_LENGTH} of them
     * @return the reason
     */
    static String check(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isEmpty() || reason.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an unknown cell's reason is a code of 1 to " + MAX_LENGTH
                    + " characters, not " + reason.length());
        }
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
                throw new IllegalArgumentException("an unknown cell's reason is a code of letters, digits, '_', '-' and '.';"
                        + " character " + (i + 1) + " is U+" + String.format("%04X", (int) c));
            }
        }
        return reason;
    }
}

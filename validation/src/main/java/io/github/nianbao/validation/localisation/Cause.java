package io.github.nianbao.validation.localisation;

/**
 * The kind of mistake a change of cells stands for, most telling first: the order is the order in
 * which explanations of the same size are offered.
 */
public enum Cause {
    /** A cell left blank (or marked not applicable) that should hold the number that balances the sums. */
    BLANK_FOR_NUMBER("BLANK"),
    /** The printed number is the right one with the wrong sign. */
    SIGN_LOST("SIGN"),
    /** Two adjacent digits exchanged: 61 printed for 16. */
    TRANSPOSED_DIGITS("TRANSPOSED"),
    /** The values of two cells exchanged. */
    SWAPPED_CELLS("SWAPPED"),
    /** One digit wrong, added or dropped: 17 or 106 printed for 16 (not between one-digit numbers). */
    ONE_DIGIT_OFF("DIGIT"),
    /** A total that does not follow its terms: computed before a term changed and never updated. */
    STALE_TOTAL("STALE-TOTAL"),
    /** An amount entered in the wrong row or column: one cell too high by k, another too low by k. */
    MISPLACED_VALUE("MISPLACED"),
    /** None of the above. */
    OTHER("OTHER");

    private final String code;

    Cause(String code) {
        this.code = code;
    }

    /** {@return a short stable code for the cause, used in messages and JSON: {@code TRANSPOSED}, …} */
    public String code() {
        return code;
    }

    /** {@return the key of the words for the cause in the standard message catalogue} */
    public String messageKey() {
        return "cause." + code;
    }

    /**
     * Classifies the change of one cell on its own (patterns of two cells are
     * {@link #SWAPPED_CELLS} and {@link #MISPLACED_VALUE}).
     *
     * @param printedIsNumber whether the printed cell holds a number
     * @param printed the printed number (ignored unless {@code printedIsNumber})
     * @param value the value the explanation gives the cell
     * @param isTotal whether the cell is the total of a broken relation
     * @return the cause
     */
    static Cause ofChange(boolean printedIsNumber, long printed, long value, boolean isTotal) {
        if (!printedIsNumber) {
            return BLANK_FOR_NUMBER;
        }
        if (printed != 0 && value == -printed) {
            return SIGN_LOST;
        }
        if (isTotal && printed == 0) {
            return STALE_TOTAL; // a total left at 0 while its terms were filled in
        }
        if (printed >= 0 && value >= 0) {
            String p = Long.toString(printed);
            String v = Long.toString(value);
            if (isTransposition(p, v)) {
                return TRANSPOSED_DIGITS;
            }
            if (isOneDigitOff(p, v)) {
                return ONE_DIGIT_OFF;
            }
        }
        return isTotal ? STALE_TOTAL : OTHER;
    }

    // Same digits, two adjacent ones exchanged.
    static boolean isTransposition(String p, String v) {
        if (p.length() != v.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) != v.charAt(i)) {
                first = i;
                break;
            }
        }
        if (first < 0 || first + 1 >= p.length()) {
            return false;
        }
        return p.charAt(first) == v.charAt(first + 1) && p.charAt(first + 1) == v.charAt(first)
                && p.regionMatches(first + 2, v, first + 2, p.length() - first - 2);
    }

    // One digit replaced, or one digit more or fewer. Between two one-digit numbers every change is
    // "one digit": no evidence of a typo, so it does not count.
    static boolean isOneDigitOff(String p, String v) {
        if (p.length() == 1 && v.length() == 1) {
            return false;
        }
        if (p.length() == v.length()) {
            int differing = 0;
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) != v.charAt(i)) {
                    differing++;
                }
            }
            return differing == 1;
        }
        String longer = p.length() > v.length() ? p : v;
        String shorter = longer == p ? v : p;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if (longer.regionMatches(0, shorter, 0, i) && longer.regionMatches(i + 1, shorter, i, shorter.length() - i)) {
                return true;
            }
        }
        return false;
    }
}

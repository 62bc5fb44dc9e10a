package io.github.nianbao.validation.narrative;

/**
 * Finds, left to right, the numbers of a text that are followed by a unit: 件, 元 or 万元, with
 * only white space between, an optional minus sign (- or −) and at most one decimal point
 * ({@code [-−]?\d+(\.\d+)?\s*(件|万元|元)} as a regular expression, which found the same). It
 * starts from each unit and reads back, so a sentence without a unit costs one pass over its
 * characters. Not thread-safe: one per sentence.
 */
final class UnitNumbers {

    private final String text;
    private int from;
    private int start;
    private int end;
    private String number;
    private String unit;

    UnitNumbers(String text) {
        this.text = text;
    }

    /** Moves to the next number with a unit; false when there is none. */
    boolean find() {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '件' && c != '元') {
                continue;
            }
            String u = c == '件' ? "件" : i > from && text.charAt(i - 1) == '万' ? "万元" : "元";
            int j = u.length() == 2 ? i - 1 : i;
            while (j > from && isSpace(text.charAt(j - 1))) {
                j--;
            }
            int digitsEnd = j;
            int k = digitsBefore(j);
            if (k == j) {
                continue;
            }
            // One decimal point, with digits on both sides: 1.5, never .5 or 1.2.5.
            if (k - 1 > from && text.charAt(k - 1) == '.' && digitsBefore(k - 1) < k - 1) {
                k = digitsBefore(k - 1);
            }
            if (k > from && (text.charAt(k - 1) == '-' || text.charAt(k - 1) == '−')) {
                k--;
            }
            start = k;
            end = i + 1;
            number = text.substring(k, digitsEnd);
            unit = u;
            from = end;
            return true;
        }
        from = text.length();
        return false;
    }

    private int digitsBefore(int at) {
        int k = at;
        while (k > from && text.charAt(k - 1) >= '0' && text.charAt(k - 1) <= '9') {
            k--;
        }
        return k;
    }

    // What \s matches without UNICODE_CHARACTER_CLASS.
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The number as printed: sign, digits and decimals. */
    String number() {
        return number;
    }

    /** 件, 元 or 万元. */
    String unit() {
        return unit;
    }
}

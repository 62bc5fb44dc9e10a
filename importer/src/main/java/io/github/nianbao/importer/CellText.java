package io.github.nianbao.importer;

import io.github.nianbao.core.cell.MoneyUnit;
import java.math.BigDecimal;

/**
 * What a cell's text says: a plain number (with sign, unit and annotation as printed), blank, not
 * applicable, a value that is printed but is no plain number (unreadable), or text.
 *
 * <p>Only a plain number is a number: ASCII or full-width digits, optionally grouped by thousands
 * separators, an optional decimal part, an optional sign before and a money unit or counting word
 * after, and optionally one annotation in parentheses that holds words ({@code 22（其中修订16件）},
 * which FORMAT.md §3 lists as practice: the value is the number, the annotation is reported). Anything
 * else printed with digits stays out of the value: qualifiers (约, 余, 多, &lt;, ≥, %), footnote marks,
 * superscript or circled digits, two numbers in one cell, zero-width and bidi characters between the
 * characters of a number, a number in parentheses. Such a cell is {@link Kind#UNREADABLE}: the
 * importer stores it as unknown with a diagnostic, never as a different number.
 *
 * <p>The text is scanned once, character by character, and a number is built only when it has at most
 * {@link #MAX_DIGITS} digits: a page of one long digit run costs time linear in its length.
 *
 * @param kind what the text is
 * @param number the number, or null
 * @param unit the money unit printed with the number, or null
 * @param counted whether a counting word (件, 条, …) follows the number
 * @param sign how the number's sign is printed
 * @param annotation an annotation printed with the number, such as {@code （其中修订16件）}, or null
 * @param digitsOnly whether the text is nothing but ASCII or full-width digits (a run that may hold glued cells)
 * @param raw the text as printed
 */
record CellText(Kind kind, BigDecimal number, MoneyUnit unit, boolean counted, Sign sign, String annotation,
        boolean digitsOnly, String raw) {

    /** What a cell's text is. */
    enum Kind {
        /** A plain number. */
        NUMBER,
        /** Nothing. */
        BLANK,
        /** A not-applicable mark. */
        NOT_APPLICABLE,
        /** A value printed in a way that is not a plain number: the cell is printed, its value not known. */
        UNREADABLE,
        /** Anything else: label text. */
        TEXT
    }

    /** How a number's sign is printed. */
    enum Sign {
        /** No sign. */
        NONE,
        /** {@code +} or 增. */
        PLUS,
        /** The ASCII hyphen-minus (or its full-width form). */
        MINUS,
        /** Another minus: U+2212, a dash, a small hyphen-minus, 减 or a literal {@code &minus;}. */
        OTHER_MINUS
    }

    /**
     * The most digits a cell's number may have. No cell of a report needs more than 20; glued runs
     * of up to 15 cells of 18 digits each stay within it, so every run that can be split is a number.
     */
    static final int MAX_DIGITS = 300;

    private static final String[] UNITS = {"万元", "元"};
    private static final String[] COUNTING_WORDS = {"人次", "件", "条", "项", "个", "次", "宗"};

    static CellText parse(String raw) {
        String c = normalise(raw);
        if (c.isEmpty()) {
            return new CellText(Kind.BLANK, null, null, false, Sign.NONE, null, false, raw);
        }
        if (isNotApplicable(c)) {
            return new CellText(Kind.NOT_APPLICABLE, null, null, false, Sign.NONE, null, false, raw);
        }
        CellText number = number(c, raw);
        if (number != null) {
            return number;
        }
        return new CellText(valueLike(c) ? Kind.UNREADABLE : Kind.TEXT, null, null, false, Sign.NONE, null, false, raw);
    }

    /** {@return the text read as a value that is no plain number} */
    static CellText unreadable(String raw) {
        return new CellText(Kind.UNREADABLE, null, null, false, Sign.NONE, null, false, raw);
    }

    boolean isValue() {
        return kind != Kind.TEXT;
    }

    /**
     * {@return whether the text is an annotation on its own: words in parentheses, such as
     * {@code （含自然失效29件）}; a number in parentheses is no annotation}
     */
    static boolean isAnnotation(String raw) {
        String c = normalise(raw);
        return c.length() > 2 && c.charAt(0) == '(' && c.charAt(c.length() - 1) == ')' && hasHan(c) && !hasInvisible(c);
    }

    // ---- the scan

    // Full-width ASCII forms to ASCII, every kind of space to ' ', runs of spaces to one, trimmed.
    // Nothing else is changed: superscript and circled digits stay what they are (NFKC would make
    // "10¹" read 101).
    static String normalise(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            if (cp == '\u3000' || cp == '\u00a0' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (space && !sb.isEmpty()) {
                sb.append(' ');
            }
            space = false;
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static boolean isNotApplicable(String c) {
        String s = c.replace(" ", "");
        if (s.equals("无") || s.equals("無") || s.equals("不适用") || s.equals("不適用") || s.equalsIgnoreCase("n/a")
                || s.equalsIgnoreCase("na")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch == '/' || ch == '\\' || ch == '-' || ch == '—' || ch == '–' || ch == '−' || ch == '―' || ch == '─')) {
                return false;
            }
        }
        return true;
    }

    // A plain number, or null.
    private static CellText number(String c, String raw) {
        int i = 0;
        int n = c.length();
        Sign sign = Sign.NONE;
        if (c.startsWith("&minus;")) {
            sign = Sign.OTHER_MINUS;
            i = 7;
        } else if (n > 0) {
            char ch = c.charAt(0);
            if (ch == '+' || ch == '增') {
                sign = Sign.PLUS;
                i = 1;
            } else if (ch == '-') {
                sign = Sign.MINUS;
                i = 1;
            } else if (isOtherMinus(ch)) {
                sign = Sign.OTHER_MINUS;
                i = 1;
            }
        }
        if (i < n && c.charAt(i) == ' ' && sign != Sign.NONE) {
            i++;
        }
        int digitsStart = i;
        int digits = 0;
        boolean grouped = false;
        // Integer part: digits, or groups of three after thousands separators.
        while (i < n) {
            char ch = c.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
                i++;
            } else if (ch == ',' && digits > 0 && groupOfThree(c, i + 1)) {
                grouped = true;
                i++;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return null;
        }
        int intEnd = i;
        int fracStart = -1;
        if (i + 1 < n && c.charAt(i) == '.' && isAsciiDigit(c.charAt(i + 1))) {
            i++;
            fracStart = i;
            while (i < n && isAsciiDigit(c.charAt(i))) {
                digits++;
                i++;
            }
        }
        int numberEnd = i;
        if (digits > MAX_DIGITS) {
            return null;
        }
        if (grouped && !validGrouping(c, digitsStart, intEnd)) {
            return null;
        }
        if (i < n && c.charAt(i) == ' ') {
            i++;
            if (i < n && isAsciiDigit(c.charAt(i))) {
                return null; // two numbers in one cell
            }
        }
        MoneyUnit unit = null;
        boolean counted = false;
        for (String u : UNITS) {
            if (c.startsWith(u, i)) {
                unit = MoneyUnit.ofSymbol(u);
                i += u.length();
                break;
            }
        }
        if (unit == null) {
            for (String w : COUNTING_WORDS) {
                if (c.startsWith(w, i)) {
                    counted = true;
                    i += w.length();
                    break;
                }
            }
        }
        if (i < n && c.charAt(i) == ' ') {
            i++;
        }
        String annotation = null;
        if (i < n) {
            char open = c.charAt(i);
            char close = open == '(' ? ')' : open == '[' ? ']' : 0;
            String rest = c.substring(i);
            if (close == 0 || rest.length() < 3 || rest.charAt(rest.length() - 1) != close || !hasHan(rest) || hasInvisible(rest)
                    || rest.indexOf(open, 1) >= 0) {
                return null;
            }
            annotation = rest;
        }
        String number = c.substring(digitsStart, intEnd).replace(",", "") + (fracStart < 0 ? "" : "." + c.substring(fracStart, numberEnd));
        BigDecimal value = new BigDecimal(number);
        if (sign == Sign.MINUS || sign == Sign.OTHER_MINUS) {
            value = value.negate();
        }
        boolean digitsOnly = sign == Sign.NONE && !grouped && fracStart < 0 && unit == null && !counted && annotation == null
                && numberEnd == c.length();
        return new CellText(Kind.NUMBER, value, unit, counted, sign, annotation, digitsOnly, raw);
    }

    private static boolean groupOfThree(String c, int from) {
        if (from + 3 > c.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!isAsciiDigit(c.charAt(k))) {
                return false;
            }
        }
        return from + 3 == c.length() || !isAsciiDigit(c.charAt(from + 3));
    }

    // 1,234,567: one to three digits, then groups of exactly three.
    private static boolean validGrouping(String c, int from, int to) {
        String[] groups = c.substring(from, to).split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** {@return whether {@code ch} is a minus sign other than the ASCII hyphen-minus} */
    static boolean isOtherMinus(char ch) {
        return ch == '−' || ch == '–' || ch == '—' || ch == '‐' || ch == '‑' || ch == '‒' || ch == '﹣' || ch == '﹘'
                || ch == '减' || ch == '減';
    }

    /**
     * {@return whether {@code cp} is printed like a digit but is none of the digits a number is
     * written with: superscript, subscript, circled, parenthesised or other digits}
     */
    static boolean isOtherDigit(int cp) {
        if (cp < 0x80) {
            return false;
        }
        if (Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER
                || Character.getType(cp) == Character.LETTER_NUMBER) {
            return !isHanNumber(cp);
        }
        return false;
    }

    private static boolean isHanNumber(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** {@return whether {@code cp} is a zero-width, bidi-control or other invisible formatting character} */
    static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064)
                || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C || cp == 0xFEFF || cp == 0x00AD || cp == 0x180E;
    }

    static boolean hasInvisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isInvisible(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    // Words that qualify a number or stand for a sign, a unit or a footnote: printed with digits,
    // they make a value that is no plain number; any other word makes label text.
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("\\d{1,2}[.、,，]");

    private static final String VALUE_WORDS = "约余多近超过左右以上下内外不足少于大小至减增元万件条项个次人宗注共计合约为";

    /**
     * Whether text that is no plain number is still a value: it holds a digit (of any kind) or an
     * invisible character, and no words of a label — at most the words of {@link #VALUE_WORDS}.
     */
    private static boolean valueLike(String c) {
        if (NUMBERING.matcher(c).matches()) {
            return false; // the numbering of the label that follows: 2. 没有现成信息…
        }
        boolean digit = false;
        int labelHan = 0;
        for (int i = 0; i < c.length(); ) {
            int cp = c.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= '0' && cp <= '9') || isOtherDigit(cp)) {
                digit = true;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && VALUE_WORDS.indexOf(cp) < 0) {
                labelHan++;
            }
        }
        return digit && labelHan == 0;
    }

    /** {@return the text with invisible characters shown as {@code <U+200B>}, for diagnostics} */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp) || Character.isISOControl(cp)) {
                sb.append(String.format("<U+%04X>", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}

package io.github.nianbao.importer;

import io.github.nianbao.core.cell.MoneyUnit;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cell's text says: a number (with sign, unit and annotation as printed), blank, not
 * applicable, or text.
 *
 * @param kind what the text is
 * @param number the number, or null
 * @param unit the money unit printed with the number, or null
 * @param annotation an annotation printed with the number, such as {@code （其中修订16件）}, or null
 * @param digitsOnly whether the text is nothing but ASCII or full-width digits (a run that may hold glued cells)
 * @param raw the text as printed
 */
record CellText(Kind kind, BigDecimal number, MoneyUnit unit, String annotation, boolean digitsOnly, String raw) {

    /** What a cell's text is. */
    enum Kind {
        /** A number. */
        NUMBER,
        /** Nothing. */
        BLANK,
        /** A not-applicable mark. */
        NOT_APPLICABLE,
        /** Anything else. */
        TEXT
    }

    private static final Pattern NOT_APPLICABLE = Pattern.compile("/+|\\\\|[—–-]+|无|無|不适用|不適用|(?i:n/?a)");
    // Money units as the catalogue spells them (longest first), then the counting words of counts.
    private static final String UNITS = java.util.Arrays.stream(MoneyUnit.values()).map(MoneyUnit::symbol)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).collect(java.util.stream.Collectors.joining("|"));
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(" + UNITS + "|件|条|项|个|次|人次|宗)?(\\(.*\\)|\\[.*])?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    static CellText parse(String raw) {
        String c = Fold.compact(raw);
        if (c.isEmpty()) {
            return new CellText(Kind.BLANK, null, null, null, false, raw);
        }
        if (NOT_APPLICABLE.matcher(c).matches()) {
            return new CellText(Kind.NOT_APPLICABLE, null, null, null, false, raw);
        }
        Matcher m = NUMBER.matcher(c);
        if (m.matches()) {
            String digits = m.group(2).replace(",", "");
            BigDecimal n = new BigDecimal(digits + (m.group(3) == null ? "" : m.group(3)));
            if ("-".equals(m.group(1))) {
                n = n.negate();
            }
            MoneyUnit unit = null;
            for (MoneyUnit u : MoneyUnit.values()) {
                if (u.symbol().equals(m.group(4))) {
                    unit = u;
                }
            }
            return new CellText(Kind.NUMBER, n, unit, m.group(5), DIGITS.matcher(c).matches(), raw);
        }
        return new CellText(Kind.TEXT, null, null, null, false, raw);
    }

    boolean isValue() {
        return kind != Kind.TEXT;
    }

    /** {@return whether the text is an annotation on its own: something in parentheses} */
    static boolean isAnnotation(String raw) {
        String c = Fold.compact(raw);
        return c.length() > 2 && c.startsWith("(") && c.endsWith(")");
    }
}

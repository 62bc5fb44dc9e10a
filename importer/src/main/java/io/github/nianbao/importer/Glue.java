package io.github.nianbao.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Glued digits: runs of digits printed onto a label ({@code 规范性文件898989}) or onto the next
 * label's numbering ({@code …相关政府信息4910000502.没有现成…}), and the ways a run of digits can be
 * split into cells.
 */
final class Glue {

    private Glue() {
    }

    /**
     * Separates the runs of values in a text piece from its label text. A run is digits with what is
     * printed inside or around them: signs ({@code 行政处罚1200-5300}), a decimal part and a money
     * unit ({@code 4212345678.90元}), qualifiers ({@code 约}, {@code 余}, {@code %}), superscript or
     * circled digits and invisible characters; the run is kept whole so that none of it is dropped
     * (a run that is no plain number is read as unknown). Digits inside parentheses and item
     * numbering ({@code 2.} before a label) stay text.
     *
     * @return the parts in order: text parts and runs
     */
    static List<Piece> separate(Piece piece) {
        String t = piece.text();
        List<Piece> parts = new ArrayList<>();
        int depth = 0;
        int textStart = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            if (depth > 0 || !startsRun(t, i)) {
                i++;
                continue;
            }
            int start = i > 0 && isQualifierBefore(t.charAt(i - 1)) && i - 1 >= textStart ? i - 1 : i;
            int end = runEnd(t, i);
            boolean numberingFollows = isDigit(t.charAt(end - 1)) && end < t.length() && isNumberingMark(t.charAt(end))
                    && (end + 1 >= t.length() || !isDigit(t.charAt(end + 1)));
            int valueEnd = numberingFollows ? end - 1 : end;
            boolean leadingNumbering = numberingFollows && SourceReader.trim(t.substring(textStart, start)).isEmpty() && valueEnd == i;
            if (valueEnd > i && !leadingNumbering) {
                if (start > textStart) {
                    parts.add(piece.sub(textStart, start));
                }
                parts.add(piece.sub(start, valueEnd));
                textStart = valueEnd;
            }
            i = end;
        }
        if (textStart < t.length()) {
            parts.add(textStart == 0 ? piece : piece.sub(textStart, t.length()));
        }
        parts.removeIf(p -> p.text().isEmpty());
        return parts;
    }

    private static boolean startsRun(String t, int i) {
        char c = t.charAt(i);
        if (isDigit(c)) {
            return true;
        }
        return isSign(c) && i + 1 < t.length() && isDigit(t.charAt(i + 1));
    }

    // Where the run starting at i ends: digits, signs before digits, a decimal point between digits,
    // invisible characters and other digits next to digits, qualifiers after, then a money unit.
    private static int runEnd(String t, int i) {
        int n = t.length();
        int j = i;
        if (isSign(t.charAt(j))) {
            j++;
        }
        while (j < n) {
            char ch = t.charAt(j);
            boolean digitNext = j + 1 < n && (isDigit(t.charAt(j + 1)) || CellText.isOtherDigit(t.charAt(j + 1)));
            if (isDigit(ch) || CellText.isOtherDigit(ch)) {
                j++;
            } else if (isSign(ch) && j + 1 < n && isDigit(t.charAt(j + 1))) {
                j++;
            } else if ((ch == '.' || ch == '．') && digitNext && isDigit(t.charAt(j - 1))) {
                j++;
            } else if (CellText.isInvisible(ch) && digitNext) {
                j++;
            } else {
                break;
            }
        }
        if (j < n && isQualifierAfter(t.charAt(j))) {
            j++;
        }
        if (t.startsWith("万元", j)) {
            j += 2;
        } else if (j < n && t.charAt(j) == '元') {
            j++;
        }
        return j;
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-' || c == '＋' || c == '－' || c == '−' || c == '–' || c == '‐' || c == '‑' || c == '‒' || c == '﹣';
    }

    private static boolean isQualifierBefore(char c) {
        return c == '约' || c == '近' || c == '<' || c == '>' || c == '≤' || c == '≥' || c == '＜' || c == '＞' || c == '~' || c == '～';
    }

    private static boolean isQualifierAfter(char c) {
        return c == '余' || c == '多' || c == '%' || c == '％' || c == '+' || c == '＋' || c == '*' || c == '※' || c == '†';
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isNumberingMark(char c) {
        return c == '.' || c == '、' || c == '．' || c == '，' || c == ',';
    }

    /**
     * Lists the ways to split runs of digits into exactly {@code cells} numbers, none with a leading
     * zero.
     *
     * @param runs the digit runs, in order (each yields at least one number)
     * @param cells the number of cells
     * @param limit stop after this many accepted splits
     * @param accept which splits to keep (the row's own arithmetic)
     * @return the accepted splits, each {@code cells} numbers long; at most {@code limit + 1} of them
     */
    static List<long[]> splits(List<String> runs, int cells, int limit, java.util.function.Predicate<long[]> accept) {
        List<long[]> out = splits(runs, cells, null, limit, RowCheck.whole(accept), new long[] {STEPS_PER_IMPORT});
        return out == null ? List.of() : out;
    }

    /**
     * How many steps the search for splits may take in one import, all rows together: a page of
     * long digit runs made each row search for seconds.
     */
    static final long STEPS_PER_IMPORT = 1_000_000;

    /**
     * A row's own arithmetic, asked each time a cell of a split is filled, so that a split breaking
     * it is dropped as soon as the cells of one relation are all there, not after every cell: a
     * table 四 row has 15 cells in three blocks, and most splits break the first block already.
     */
    @FunctionalInterface
    interface RowCheck {

        /**
         * Tells whether the cells filled so far keep the row's relations.
         *
         * @param values the cells, the first {@code filled} of them set
         * @param filled how many cells are set
         * @return false if a relation over the set cells does not hold
         */
        boolean holds(long[] values, int filled);

        /** {@return a check of the whole row only, once every cell is filled} */
        static RowCheck whole(java.util.function.Predicate<long[]> accept) {
            return (values, filled) -> filled < values.length || accept.test(values);
        }
    }

    /**
     * Lists the ways to split runs of digits, as {@link #splits(List, int, int, java.util.function.Predicate)},
     * spending steps from a budget shared by the rows of one import.
     *
     * @param check the row's arithmetic, asked each time a cell is filled
     * @param budget the steps left, one element, decremented as the search goes
     * @return the accepted splits, or null when the budget ran out before the search ended, so that
     *     the splits found are not all there are
     */
    static List<long[]> splits(List<String> runs, int cells, int limit, RowCheck check, long[] budget) {
        return splits(runs, cells, null, limit, check, budget);
    }

    /**
     * Lists the ways to split runs of digits and signs, as {@link #splits(List, int, int, RowCheck, long[])}:
     * a sign starts a cell, and only a cell that may be negative ({@code signed}) may start with one.
     *
     * @param signed for each cell, whether it may carry a sign; null for none
     */
    static List<long[]> splits(List<String> runs, int cells, boolean[] signed, int limit, RowCheck check, long[] budget) {
        List<long[]> out = new ArrayList<>();
        int digits = runs.stream().mapToInt(String::length).sum();
        if (cells < runs.size() || cells > digits || digits > cells * 19) {
            return out;
        }
        boolean[] mayBeSigned = signed == null ? new boolean[cells] : signed;
        // Digits in the runs after each run: read at every step, so worked out once.
        int[] digitsAfter = new int[runs.size()];
        for (int i = runs.size() - 2; i >= 0; i--) {
            digitsAfter[i] = digitsAfter[i + 1] + runs.get(i + 1).length();
        }
        split(runs, digitsAfter, mayBeSigned, 0, 0, new long[cells], 0, out, limit, check, budget);
        return budget[0] < 0 && out.size() <= limit ? null : out;
    }

    /**
     * {@return a value run as the splitter reads it: digits with '+' and '-' (every minus sign as
     * '-'), or null when the text is not digits and signs only, a sign always before a digit}
     */
    static String signedRun(String text) {
        String c = CellText.normalise(text);
        StringBuilder sb = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch >= '0' && ch <= '9') {
                sb.append(ch);
            } else if ((ch == '+' || ch == '-' || (CellText.isOtherMinus(ch) && ch != '减' && ch != '減'))
                    && i + 1 < c.length() && CellText.isAsciiDigit(c.charAt(i + 1))) {
                sb.append(ch == '+' ? '+' : '-');
            } else {
                return null;
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static boolean isSignChar(char c) {
        return c == '+' || c == '-';
    }

    private static void split(List<String> runs, int[] digitsAfter, boolean[] signed, int run, int pos, long[] acc, int filled,
            List<long[]> out, int limit, RowCheck check, long[] budget) {
        if (out.size() > limit || budget[0]-- <= 0) {
            return;
        }
        if (run == runs.size()) {
            if (filled == acc.length) { // each cell passed the check as it was filled
                out.add(acc.clone());
            }
            return;
        }
        String r = runs.get(run);
        if (pos == r.length()) {
            split(runs, digitsAfter, signed, run + 1, 0, acc, filled, out, limit, check, budget);
            return;
        }
        if (filled == acc.length) {
            return;
        }
        // A sign starts this cell, which must be one that may carry it.
        int sign = 0;
        int from = pos;
        if (isSignChar(r.charAt(pos))) {
            if (!signed[filled]) {
                return;
            }
            sign = r.charAt(pos) == '-' ? -1 : 1;
            from = pos + 1;
        }
        // Cells still needed by later runs: at least one each.
        int laterRuns = runs.size() - run - 1;
        int maxEnd = from;
        while (maxEnd < r.length() && !isSignChar(r.charAt(maxEnd))) {
            maxEnd++; // a cell ends before the next sign
        }
        if (r.charAt(from) == '0') {
            maxEnd = from + 1;
        }
        int remainingCells = acc.length - filled - 1;
        if (remainingCells < laterRuns) {
            return;
        }
        // With one cell left for each later run, this cell takes the rest of this run.
        int minEnd = remainingCells == laterRuns ? r.length() : from + 1;
        long value = 0;
        for (int end = from + 1; end <= maxEnd && end - from <= 18; end++) {
            value = value * 10 + Character.digit(r.charAt(end - 1), 10);
            if (remainingCells > r.length() - end + digitsAfter[run]) {
                break; // too few digits left for the cells still to fill, and fewer with every longer number
            }
            if (end < minEnd) {
                continue;
            }
            acc[filled] = sign < 0 ? -value : value;
            if (check.holds(acc, filled + 1)) {
                split(runs, digitsAfter, signed, run, end, acc, filled + 1, out, limit, check, budget);
            }
        }
    }
}

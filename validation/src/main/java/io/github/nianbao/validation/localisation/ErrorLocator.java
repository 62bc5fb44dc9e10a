package io.github.nianbao.validation.localisation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.validation.BlankPolicy;
import io.github.nianbao.validation.SumRule;
import io.github.nianbao.validation.ValidationResult;
import io.github.nianbao.validation.internal.StandardSums;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the likely causes of a report's broken sums (Fellegi–Holt error localisation): for each
 * group of sum relations that do not hold, every smallest set of cells of this year's report whose
 * change makes every sum relation of the report's forms hold, the changed counts whole and at least 0
 * (the V2019 本年增/减 may be negative). Immutable and thread-safe; the report is never changed.
 *
 * <p><b>Exact and bounded.</b> Sets are tried by increasing size, each solved exactly for its values
 * (the relations are linear with small integer weights), so the explanations found are all the
 * smallest ones. The search stops at {@linkplain Builder#maxCells(int) 4 changed cells} and
 * {@linkplain Builder#maxSets(int) 100,000 candidate sets} per report by default; past either
 * bound, or when a set of the smallest size would leave two or more of its values free, the group
 * is reported as {@linkplain LikelyCause#isCut() cut} with no explanation (a {@code LIKELY-CAUSE-CUT}
 * finding), never with a guess.
 *
 * <p><b>What the relations are.</b> The validator's sum rules that apply to the report's forms, read
 * as the validator reads them: blank or not-applicable terms count as 0 and may be changed (filled);
 * a relation whose total is blank or not applicable is not assessed unless the explanation fills
 * that total; a relation with an unknown cell is not assessed at all, nor one with a blank term
 * under {@link BlankPolicy#NOT_ASSESSED_IF_BLANK} (under {@link BlankPolicy#BLANK_IS_ERROR} a blank
 * term counts as 0 here, so that the explanation says what it should hold). Cross-year relations
 * take the previous year's cells as given.
 */
public final class ErrorLocator {

    private static final ErrorLocator STANDARD = builder().build();

    private final List<SumRule> rules;
    private final int maxCells;
    private final int maxSets;
    private final ConcurrentHashMap<Relations.Forms, Relations> compiled = new ConcurrentHashMap<>();

    private ErrorLocator(Builder b) {
        this.rules = List.copyOf(b.rules);
        this.maxCells = b.maxCells;
        this.maxSets = b.maxSets;
    }

    /** {@return the locator over the standard sum rules, with the default bounds} */
    public static ErrorLocator standard() {
        return STANDARD;
    }

    /** {@return a builder, starting from the standard sum rules and the default bounds} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the sum rules the explanations must satisfy} */
    public List<SumRule> rules() {
        return rules;
    }

    /** {@return the largest number of changed cells tried} */
    public int maxCells() {
        return maxCells;
    }

    /** {@return the largest number of candidate sets tried per report} */
    public int maxSets() {
        return maxSets;
    }

    /**
     * Locates the likely causes in a report on its own.
     *
     * @param report the report
     * @return one result per group of broken relations, in the order of their first relation; empty
     *     when every relation holds
     */
    public List<LikelyCause> locate(AnnualReport report) {
        return locate(report, null);
    }

    /**
     * Locates the likely causes in a report, the cross-year relations read against the previous
     * year's report (whose cells are taken as given).
     *
     * @param report the report
     * @param previousYear the same agency's report for the year before, or {@code null}
     * @return one result per group of broken relations; empty when every relation holds
     */
    public List<LikelyCause> locate(AnnualReport report, AnnualReport previousYear) {
        Objects.requireNonNull(report, "report");
        Table[] tables = Relations.tables(report, previousYear);
        Relations rel = compiled.computeIfAbsent(Relations.forms(tables), f -> Relations.of(rules, f));
        int cellCount = rel.cellKey.length;
        long[] value = new long[cellCount];
        boolean[] number = new boolean[cellCount];
        boolean[] unknown = new boolean[cellCount];
        Count[] printed = new Count[cellCount];
        for (int c = 0; c < cellCount; c++) {
            Count cell = tables[rel.cellSlot[c]].countAt(rel.cellIndex[c]);
            printed[c] = cell;
            number[c] = cell.isNumber();
            unknown[c] = cell.isUnknown();
            value[c] = cell.valueOr(0);
        }
        int n = rel.rules.length;
        byte[] status = new byte[n];
        long[] level = new long[n];
        boolean[] isBroken = new boolean[n];
        boolean anyBroken = false;
        for (int r = 0; r < n; r++) {
            int[] cs = rel.cells[r];
            boolean anyUnknown = false;
            boolean anyNumber = false;
            long l = 0;
            try {
                for (int j = 0; j < cs.length; j++) {
                    anyUnknown |= unknown[cs[j]];
                    anyNumber |= number[cs[j]];
                    l = Math.addExact(l, Math.multiplyExact(rel.coefficients[r][j], value[cs[j]]));
                }
            } catch (ArithmeticException overflow) {
                continue; // SUM-OVERFLOW: not assessed
            }
            int t = rel.total[r];
            if (anyUnknown || (t < 0 && !anyNumber)) {
                continue;
            }
            if (rel.rules[r].blankPolicy() == BlankPolicy.NOT_ASSESSED_IF_BLANK && !allNumbers(cs, t, number)) {
                continue; // a blank term: not assessed under this rule's policy
            }
            level[r] = l;
            if (t >= 0 && !number[t]) {
                status[r] = 2;
            } else {
                status[r] = 1;
                isBroken[r] = rel.atMost[r] ? l > 0 : l != 0;
                anyBroken |= isBroken[r];
            }
        }
        if (!anyBroken) {
            return List.of();
        }
        boolean[] changeable = new boolean[cellCount];
        for (int c = 0; c < cellCount; c++) {
            changeable[c] = rel.candidate[c] && !unknown[c];
        }
        List<LikelyCause> out = new ArrayList<>();
        int setsTried = 0;
        for (int g = 0; g < rel.groups; g++) {
            List<Integer> brokenHere = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                if (isBroken[r] && rel.group[r] == g) {
                    brokenHere.add(r);
                }
            }
            if (brokenHere.isEmpty()) {
                continue;
            }
            int[] broken = brokenHere.stream().mapToInt(Integer::intValue).toArray();
            Search search = new Search(rel, value, changeable, status, level, broken, maxSets, setsTried);
            List<Search.Solution> solutions = search.run(maxCells);
            setsTried = search.setsTried();
            List<SumRule> brokenRules = brokenHere.stream().map(r -> rel.rules[r]).toList();
            if (search.cut != null) {
                out.add(new LikelyCause(brokenRules, List.of(), search.cut));
                continue;
            }
            boolean[] brokenTotal = new boolean[cellCount];
            for (int r : broken) {
                if (rel.total[r] >= 0) {
                    brokenTotal[rel.total[r]] = true;
                }
            }
            List<Explanation> explanations = new ArrayList<>();
            for (Search.Solution s : solutions) {
                explanations.add(explain(rel, s, printed, brokenTotal));
            }
            explanations.sort(MOST_LIKELY_FIRST);
            out.add(new LikelyCause(brokenRules, explanations, null));
        }
        return out;
    }

    /**
     * Adds the likely causes of a report's broken sums to its validation result: one
     * {@code LIKELY-CAUSE} finding (INFO) per group of broken relations, right after the last
     * finding it explains, or a {@code LIKELY-CAUSE-CUT} finding where the search was cut.
     *
     * @param result the validation result of the report
     * @param report the report
     * @param previousYear the previous year's report it was validated with, or {@code null}
     * @return the result with the findings added; the same result when every relation holds
     */
    public ValidationResult explain(ValidationResult result, AnnualReport report, AnnualReport previousYear) {
        return CauseFindings.insert(result, locate(report, previousYear), maxCells, maxSets);
    }

    private static boolean allNumbers(int[] cells, int total, boolean[] number) {
        for (int c : cells) {
            if (c != total && !number[c]) {
                return false;
            }
        }
        return true;
    }

    private static final Comparator<Explanation> MOST_LIKELY_FIRST = Comparator
            .comparing(Explanation::cause)
            .thenComparingLong(e -> e.changes().stream().mapToLong(c -> Math.abs(c.delta())).sum())
            .thenComparing(e -> Arrays.toString(e.changes().stream().mapToInt(c -> c.key().index()).toArray()));

    private static Explanation explain(Relations rel, Search.Solution s, Count[] printed, boolean[] brokenTotal) {
        int[] order = new int[s.cells().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Catalogue order: by table, then position.
        Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingInt((Integer i) -> rel.cellSlot[s.cells()[i]])
                .thenComparingInt(i -> rel.cellIndex[s.cells()[i]]));
        List<Change> changes = new ArrayList<>();
        for (int i : boxed) {
            int c = s.cells()[i];
            Count p = printed[c];
            changes.add(new Change(rel.cellKey[c], p, s.values()[i],
                    Cause.ofChange(p.isNumber(), p.valueOr(0), s.values()[i], brokenTotal[c])));
        }
        Cause cause;
        if (changes.size() == 2 && pattern(rel, s, changes) != null) {
            cause = pattern(rel, s, changes);
        } else {
            Cause first = changes.get(0).cause();
            cause = changes.stream().allMatch(ch -> ch.cause() == first) ? first : Cause.OTHER;
        }
        return new Explanation(changes, cause, s.determined());
    }

    // Two changes: exchanged values, or k moved from one cell to another of the same row or column.
    private static Cause pattern(Relations rel, Search.Solution s, List<Change> changes) {
        Change a = changes.get(0);
        Change b = changes.get(1);
        if (a.printed().isNumber() && b.printed().isNumber() && a.value() == b.printed().value()
                && b.value() == a.printed().value()) {
            return Cause.SWAPPED_CELLS;
        }
        if (a.delta() == -b.delta()) {
            int ca = s.cells()[0];
            int cb = s.cells()[1];
            for (int r : rel.relationsOf[ca]) {
                int[] cs = rel.cells[r];
                long wa = 0;
                long wb = 0;
                for (int j = 0; j < cs.length; j++) {
                    if (cs[j] == ca) {
                        wa = rel.coefficients[r][j];
                    } else if (cs[j] == cb) {
                        wb = rel.coefficients[r][j];
                    }
                }
                if (wb != 0 && wa == wb) {
                    return Cause.MISPLACED_VALUE;
                }
            }
        }
        return null;
    }

    /** Configures an {@link ErrorLocator}. Not thread-safe. */
    public static final class Builder {

        private List<SumRule> rules = StandardSums.create();
        private int maxCells = 4;
        private int maxSets = 100_000;

        private Builder() {
        }

        /**
         * Sets the sum rules that explanations must satisfy; by default the standard ones.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder rules(List<SumRule> rules) {
            this.rules = List.copyOf(rules);
            return this;
        }

        /**
         * Sets the largest number of changed cells tried (default 4, at most 8).
         *
         * @param maxCells from 1 to 8
         * @return this builder
         */
        public Builder maxCells(int maxCells) {
            if (maxCells < 1 || maxCells > 8) {
                throw new IllegalArgumentException("maxCells must be 1 to 8, not " + maxCells);
            }
            this.maxCells = maxCells;
            return this;
        }

        /**
         * Sets the largest number of candidate sets tried per report (default 100,000).
         *
         * @param maxSets at least 1
         * @return this builder
         */
        public Builder maxSets(int maxSets) {
            if (maxSets < 1) {
                throw new IllegalArgumentException("maxSets must be positive, not " + maxSets);
            }
            this.maxSets = maxSets;
            return this;
        }

        /** {@return the locator} */
        public ErrorLocator build() {
            return new ErrorLocator(this);
        }
    }
}

package io.github.nianbao.benchmarks.plain;

import java.util.Arrays;

/**
 * Where {@link StraightLineCheck} puts its findings: rule and cell position as two parallel int
 * arrays, the least a hand-written check can record and still say what broke where. Reused across
 * checks; not thread-safe.
 */
public final class FindingSink {

    private static final BaselineRule[] RULES = BaselineRule.values();

    private int size;
    private int[] rules = new int[64];
    private int[] cells = new int[64];

    /** Creates an empty sink. */
    public FindingSink() {
    }

    /** Forgets every finding, keeping the arrays. */
    public void clear() {
        size = 0;
    }

    void add(BaselineRule rule, int table, int cell) {
        if (size == rules.length) {
            rules = Arrays.copyOf(rules, size * 2);
            cells = Arrays.copyOf(cells, size * 2);
        }
        rules[size] = rule.ordinal();
        cells[size] = table << 16 | cell;
        size++;
    }

    /** {@return the number of findings} */
    public int size() {
        return size;
    }

    /**
     * Returns the rule of one finding.
     *
     * @param i the finding, from 0
     * @return its rule
     */
    public BaselineRule rule(int i) {
        return RULES[rules[i]];
    }

    /**
     * Returns where one finding is.
     *
     * @param i the finding, from 0
     * @return its cell position in the table's layout; for report-level rules 0
     */
    public int cell(int i) {
        return cells[i] & 0xFFFF;
    }

    /**
     * Counts the findings of one rule.
     *
     * @param rule the rule
     * @return how many findings it made
     */
    public int count(BaselineRule rule) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            n += rules[i] == rule.ordinal() ? 1 : 0;
        }
        return n;
    }
}

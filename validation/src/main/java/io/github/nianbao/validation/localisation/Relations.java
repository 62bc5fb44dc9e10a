package io.github.nianbao.validation.localisation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.SumRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sum relations that apply to one combination of table forms (this year's and the previous
 * year's), compiled once into arrays over numbered cells: each relation as {@code Σ a·x = 0} or
 * {@code Σ a·x ≤ 0}, with the total entering with coefficient −1, and the groups of relations that
 * share cells. Immutable.
 */
final class Relations {

    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};
    static final int SLOTS = 2 * TABLES.length;

    /** The forms a program is for: the layout per slot, null where there is no table. */
    record Forms(List<Layout> layouts) {
    }

    final SumRule[] rules;
    /** Per relation: its cells, and their coefficients after normalising to {@code = 0} or {@code ≤ 0}. */
    final int[][] cells;
    final long[][] coefficients;
    final boolean[] atMost;
    /** Per relation: the cell of its total, or −1 when it is compared with 0. */
    final int[] total;
    /** Per relation: the group of relations sharing cells it belongs to. */
    final int[] group;
    final int groups;

    final int[] cellSlot;
    final int[] cellIndex;
    final CellKey[] cellKey;
    /** Whether the cell may be changed: a cell of this year's report (the previous year's stays as given). */
    final boolean[] candidate;
    final boolean[] nonNegative;
    /** Per cell: the relations it is in. */
    final int[][] relationsOf;

    private Relations(List<SumRule> applicable) {
        rules = applicable.toArray(SumRule[]::new);
        int n = rules.length;
        cells = new int[n][];
        coefficients = new long[n][];
        atMost = new boolean[n];
        total = new int[n];
        Map<Long, Integer> ids = new HashMap<>();
        List<CellKey> keys = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            SumRule rule = rules[r];
            List<SumRule.Term> operands = new ArrayList<>(rule.terms());
            rule.total().ifPresent(operands::add);
            int[] cs = new int[operands.size()];
            long[] as = new long[operands.size()];
            long sign = rule.relation() == SumRule.Relation.AT_LEAST ? -1 : 1;
            for (int i = 0; i < cs.length; i++) {
                SumRule.Term t = operands.get(i);
                int slot = slot(t.period(), t.key().table());
                long id = (long) slot << 32 | t.key().index();
                Integer local = ids.get(id);
                if (local == null) {
                    local = keys.size();
                    ids.put(id, local);
                    keys.add(t.key());
                    slots.add(slot);
                }
                cs[i] = local;
                boolean isTotal = rule.total().isPresent() && i == cs.length - 1;
                as[i] = sign * (isTotal ? -1 : t.weight());
            }
            cells[r] = cs;
            coefficients[r] = as;
            atMost[r] = rule.relation() != SumRule.Relation.EQUAL;
            total[r] = rule.total().isPresent() ? cs[cs.length - 1] : -1;
        }
        int m = keys.size();
        cellKey = keys.toArray(CellKey[]::new);
        cellSlot = new int[m];
        cellIndex = new int[m];
        candidate = new boolean[m];
        nonNegative = new boolean[m];
        for (int c = 0; c < m; c++) {
            cellSlot[c] = slots.get(c);
            cellIndex[c] = cellKey[c].index();
            candidate[c] = cellSlot[c] < TABLES.length;
            nonNegative[c] = cellKey[c].kind() != CellKind.SIGNED_COUNT;
        }
        int[] count = new int[m];
        for (int[] cs : cells) {
            for (int c : cs) {
                count[c]++;
            }
        }
        relationsOf = new int[m][];
        for (int c = 0; c < m; c++) {
            relationsOf[c] = new int[count[c]];
            count[c] = 0;
        }
        for (int r = 0; r < n; r++) {
            for (int c : cells[r]) {
                relationsOf[c][count[c]++] = r;
            }
        }
        // Groups: relations joined through shared cells (union-find over relations).
        int[] parent = new int[n];
        for (int r = 0; r < n; r++) {
            parent[r] = r;
        }
        for (int[] rs : relationsOf) {
            for (int i = 1; i < rs.length; i++) {
                int a = find(parent, rs[0]);
                int b = find(parent, rs[i]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        group = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int g = 0;
        for (int r = 0; r < n; r++) {
            int root = find(parent, r);
            if (number[root] < 0) {
                number[root] = g++;
            }
            group[r] = number[root];
        }
        groups = g;
    }

    private static int find(int[] parent, int r) {
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    static int slot(Period period, Section table) {
        for (int i = 0; i < TABLES.length; i++) {
            if (TABLES[i] == table) {
                return (period == Period.PREVIOUS_YEAR ? TABLES.length : 0) + i;
            }
        }
        throw new IllegalArgumentException(table + " is not a table");
    }

    /** {@return the report's tables by slot; the previous year's are null without one} */
    static Table[] tables(AnnualReport report, AnnualReport previous) {
        Table[] t = new Table[SLOTS];
        for (int i = 0; i < TABLES.length; i++) {
            t[i] = report.table(TABLES[i]);
            if (previous != null) {
                t[TABLES.length + i] = previous.table(TABLES[i]);
            }
        }
        return t;
    }

    static Forms forms(Table[] tables) {
        Layout[] l = new Layout[SLOTS];
        for (int i = 0; i < SLOTS; i++) {
            l[i] = tables[i] == null ? null : tables[i].layout();
        }
        return new Forms(Arrays.asList(l));
    }

    /**
     * Compiles the rules that apply to some forms: every operand's table is there with the operand's form.
     *
     * @param rules the validator's sum rules
     * @param forms the forms
     * @return the compiled relations
     */
    static Relations of(List<SumRule> rules, Forms forms) {
        List<SumRule> applicable = new ArrayList<>();
        for (SumRule rule : rules) {
            boolean applies = true;
            List<SumRule.Term> operands = new ArrayList<>(rule.terms());
            rule.total().ifPresent(operands::add);
            for (SumRule.Term t : operands) {
                applies &= forms.layouts().get(slot(t.period(), t.key().table())) == t.key().layout();
            }
            if (applies) {
                applicable.add(rule);
            }
        }
        return new Relations(applicable);
    }
}

package io.github.nianbao.validation.localisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The exact search of one group of broken relations: sets of changeable cells by increasing size,
 * each solved for the values that make every relation it touches hold. One instance per group and
 * call; not thread-safe.
 *
 * <p>Why it is complete: every relation that does not hold must contain a changed cell, so while one
 * is not yet hit the search branches on its cells only; once all are hit, a smallest set can still
 * need a cell that is in a broken relation or shares a relation with a cell already chosen (each
 * connected part of a smallest set contains a cell of a broken relation, or it could be left
 * unchanged), so it branches on those. Sets are visited once each (a hash of their sorted cells).
 */
final class Search {

    /** A set of cells and the values that work. */
    record Solution(int[] cells, long[] values, boolean determined) {
    }

    private final Relations rel;
    private final long[] value;
    private final boolean[] changeable;
    /** 0 not assessed (left out), 1 assessed, 2 assessed only if its blank total is changed. */
    private final byte[] status;
    private final long[] level;
    private final int[] broken;
    private final int maxSets;

    private final boolean[] inSet;
    private final int[] hits;
    private final int[] stamp;
    private int stampNow;
    private final Set<Long> visited = new HashSet<>();
    private int setsTried;

    private int[] chosen;
    private int depth;
    private final List<Solution> found = new ArrayList<>();
    String cut;
    private boolean freeSeen;

    Search(Relations rel, long[] value, boolean[] changeable, byte[] status, long[] level, int[] broken, int maxSets,
            int setsTriedBefore) {
        this.rel = rel;
        this.value = value;
        this.changeable = changeable;
        this.status = status;
        this.level = level;
        this.broken = broken;
        this.maxSets = maxSets;
        this.inSet = new boolean[value.length];
        this.hits = new int[rel.rules.length];
        this.stamp = new int[value.length];
        this.setsTried = setsTriedBefore;
    }

    int setsTried() {
        return setsTried;
    }

    /**
     * Runs the search up to a size.
     *
     * @param maxCells the largest set tried
     * @return every solution of the smallest size, empty if cut
     */
    List<Solution> run(int maxCells) {
        int from = Math.max(1, lowerBound());
        if (from > maxCells) {
            cut = "CELLS";
            return List.of();
        }
        for (int k = from; k <= maxCells; k++) {
            chosen = new int[k];
            depth = 0;
            visited.clear();
            freeSeen = false;
            if (!extend(k)) {
                cut = "SETS";
                return List.of();
            }
            if (!found.isEmpty()) {
                return found;
            }
            if (freeSeen) {
                cut = "FREE"; // a set of this size may work for values the search does not resolve
                return List.of();
            }
        }
        cut = "CELLS";
        return List.of();
    }

    // Depth-first over sets of exactly k cells; false when the bound on sets tried is reached.
    private boolean extend(int k) {
        if (depth == k) {
            if (firstUnhit() < 0) {
                Solution s = solve();
                if (s != null) {
                    found.add(s);
                }
            }
            return true;
        }
        if (lowerBound() > k - depth) {
            return true;
        }
        int unhit = firstUnhit();
        if (unhit >= 0) {
            for (int c : rel.cells[unhit]) {
                if (!try1(c, k)) {
                    return false;
                }
            }
            return true;
        }
        // Every broken relation is hit: a cell of a broken relation, or a neighbour of a chosen cell.
        int now = ++stampNow;
        List<Integer> next = new ArrayList<>();
        for (int r : broken) {
            for (int c : rel.cells[r]) {
                if (stamp[c] != now) {
                    stamp[c] = now;
                    next.add(c);
                }
            }
        }
        for (int i = 0; i < depth; i++) {
            for (int r : rel.relationsOf[chosen[i]]) {
                if (status[r] == 0) {
                    continue;
                }
                for (int c : rel.cells[r]) {
                    if (stamp[c] != now) {
                        stamp[c] = now;
                        next.add(c);
                    }
                }
            }
        }
        for (int c : next) {
            if (!try1(c, k)) {
                return false;
            }
        }
        return true;
    }

    private boolean try1(int c, int k) {
        if (inSet[c] || !changeable[c]) {
            return true;
        }
        add(c);
        boolean ok = true;
        if (visited.add(key())) {
            if (++setsTried > maxSets) {
                ok = false;
            } else {
                ok = extend(k);
            }
        }
        remove(c);
        return ok;
    }

    private void add(int c) {
        inSet[c] = true;
        chosen[depth++] = c;
        for (int r : rel.relationsOf[c]) {
            hits[r]++;
        }
    }

    private void remove(int c) {
        inSet[c] = false;
        depth--;
        for (int r : rel.relationsOf[c]) {
            hits[r]--;
        }
    }

    private long key() {
        int[] s = java.util.Arrays.copyOf(chosen, depth);
        java.util.Arrays.sort(s);
        long key = depth;
        for (int c : s) {
            key = key * 1_000_003L + c;
        }
        return key;
    }

    private int firstUnhit() {
        for (int r : broken) {
            if (hits[r] == 0) {
                return r;
            }
        }
        return -1;
    }

    // How many more cells at least: broken relations not hit yet that share no changeable cell.
    private int lowerBound() {
        int now = ++stampNow;
        int n = 0;
        for (int r : broken) {
            if (hits[r] > 0) {
                continue;
            }
            boolean free = true;
            boolean any = false;
            for (int c : rel.cells[r]) {
                if (changeable[c]) {
                    any = true;
                    free &= stamp[c] != now;
                }
            }
            if (!any) {
                return Integer.MAX_VALUE / 2; // nothing in it may change: never explained
            }
            if (free) {
                n++;
                for (int c : rel.cells[r]) {
                    stamp[c] = now;
                }
            }
        }
        return n;
    }

    /*
     * The values for the chosen cells: every assessed relation that contains one must hold, and
     * every count stays at least 0 (the V2019 本年增/减 excepted). Equalities are reduced by integer
     * elimination; with one value left free, the inequalities bound it to an interval and the value
     * closest to the printed ones is taken; with more, the set is not resolved (FREE).
     */
    private Solution solve() {
        int k = depth;
        List<long[]> eq = new ArrayList<>();
        List<long[]> le = new ArrayList<>();
        try {
            for (int i = 0; i < k; i++) {
                for (int r : rel.relationsOf[chosen[i]]) {
                    if (status[r] == 0 || (status[r] == 2 && !inSet[rel.total[r]]) || firstTouch(r, i)) {
                        continue;
                    }
                    long[] row = new long[k + 1];
                    int[] cs = rel.cells[r];
                    for (int j = 0; j < cs.length; j++) {
                        if (inSet[cs[j]]) {
                            row[indexOf(cs[j])] += rel.coefficients[r][j];
                        }
                    }
                    row[k] = Math.negateExact(level[r]);
                    (rel.atMost[r] ? le : eq).add(row);
                }
                if (rel.nonNegative[chosen[i]]) {
                    long[] row = new long[k + 1];
                    row[i] = -1;
                    row[k] = value[chosen[i]];
                    le.add(row);
                }
            }
            return solve(k, eq, le);
        } catch (ArithmeticException overflow) {
            freeSeen = true;
            return null;
        }
    }

    // Whether relation r was already added through an earlier chosen cell.
    private boolean firstTouch(int r, int i) {
        for (int j = 0; j < i; j++) {
            for (int q : rel.relationsOf[chosen[j]]) {
                if (q == r) {
                    return true;
                }
            }
        }
        return false;
    }

    private int indexOf(int c) {
        for (int i = 0; i < depth; i++) {
            if (chosen[i] == c) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private Solution solve(int k, List<long[]> eq, List<long[]> le) {
        long[][] a = eq.toArray(long[][]::new);
        int[] pivotCol = new int[a.length];
        boolean[] isPivot = new boolean[k];
        int rank = 0;
        for (int c = 0; c < k && rank < a.length; c++) {
            int p = -1;
            for (int r = rank; r < a.length; r++) {
                if (a[r][c] != 0) {
                    p = r;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            long[] t = a[p];
            a[p] = a[rank];
            a[rank] = t;
            for (int r = 0; r < a.length; r++) {
                if (r != rank && a[r][c] != 0) {
                    long f = a[r][c];
                    long g = a[rank][c];
                    for (int j = 0; j <= k; j++) {
                        a[r][j] = Math.subtractExact(Math.multiplyExact(g, a[r][j]), Math.multiplyExact(f, a[rank][j]));
                    }
                    normalise(a[r]);
                }
            }
            pivotCol[rank] = c;
            isPivot[c] = true;
            rank++;
        }
        for (int r = rank; r < a.length; r++) {
            if (a[r][k] != 0) {
                return null; // contradictory
            }
        }
        int free = k - rank;
        if (free >= 2) {
            freeSeen = true;
            return null;
        }
        int f = -1;
        for (int c = 0; c < k; c++) {
            if (!isPivot[c]) {
                f = c;
            }
        }
        // y_c = (P_c + Q_c·t) / D for every cell; t is the free value (absent when none is free).
        long d = 1;
        for (int r = 0; r < rank; r++) {
            d = lcm(d, Math.abs(a[r][pivotCol[r]]));
        }
        long[] p = new long[k];
        long[] q = new long[k];
        for (int r = 0; r < rank; r++) {
            long piv = a[r][pivotCol[r]];
            long scale = d / piv;
            p[pivotCol[r]] = Math.multiplyExact(a[r][k], scale);
            q[pivotCol[r]] = f < 0 ? 0 : Math.negateExact(Math.multiplyExact(a[r][f], scale));
        }
        if (f >= 0) {
            q[f] = d;
        }
        // Inequalities Σ a·y ≤ h become β·t ≤ γ.
        long lo = Long.MIN_VALUE;
        long hi = Long.MAX_VALUE;
        for (long[] row : le) {
            long beta = 0;
            long gamma = Math.multiplyExact(row[k], d);
            for (int j = 0; j < k; j++) {
                if (row[j] != 0) {
                    beta = Math.addExact(beta, Math.multiplyExact(row[j], q[j]));
                    gamma = Math.subtractExact(gamma, Math.multiplyExact(row[j], p[j]));
                }
            }
            if (beta == 0) {
                if (gamma < 0) {
                    return null;
                }
            } else if (beta > 0) {
                hi = Math.min(hi, Math.floorDiv(gamma, beta));
            } else {
                lo = Math.max(lo, -Math.floorDiv(gamma, -beta)); // ceil(γ/β) for β < 0
            }
        }
        if (f < 0) {
            return values(k, p, q, d, 0, true);
        }
        if (lo > hi) {
            return null;
        }
        // The free value: the one closest to the printed values (smallest total change) that gives
        // whole numbers; the total change is convex in t, so its breakpoints are the candidates.
        List<Long> candidates = new ArrayList<>();
        candidates.add(clamp(0, lo, hi));
        for (int j = 0; j < k; j++) {
            if (q[j] != 0) {
                long b = Math.floorDiv(-p[j], q[j]);
                candidates.add(clamp(b, lo, hi));
                candidates.add(clamp(b + 1, lo, hi));
            }
        }
        Solution best = null;
        long bestCost = Long.MAX_VALUE;
        for (long t0 : candidates) {
            for (long step = 0; step < d; step++) {
                for (long t : new long[] {t0 + step, t0 - step}) {
                    if (t < lo || t > hi) {
                        continue;
                    }
                    Solution s = values(k, p, q, d, t, false);
                    if (s != null) {
                        long cost = 0;
                        for (long y : s.values()) {
                            cost += Math.abs(y);
                        }
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = s;
                        }
                    }
                }
            }
        }
        return best;
    }

    private Solution values(int k, long[] p, long[] q, long d, long t, boolean determined) {
        long[] y = new long[k];
        for (int j = 0; j < k; j++) {
            long num = Math.addExact(p[j], Math.multiplyExact(q[j], t));
            if (num % d != 0) {
                return null;
            }
            y[j] = num / d;
            if (y[j] == 0) {
                return null; // a cell left as it is: a smaller set, already tried
            }
        }
        long[] v = new long[k];
        for (int j = 0; j < k; j++) {
            v[j] = Math.addExact(value[chosen[j]], y[j]);
        }
        return new Solution(chosen.clone(), v, determined);
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static void normalise(long[] row) {
        long g = 0;
        for (long v : row) {
            g = gcd(g, Math.abs(v));
        }
        if (g > 1) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= g;
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long lcm(long a, long b) {
        return Math.multiplyExact(a / gcd(a, b), b);
    }
}

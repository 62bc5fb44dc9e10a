package io.github.nianbao.importer;

import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the cells of one table from its {@link LabelStream}: finds each row by its label, takes
 * the value cells printed after it, matches them to the row's columns (dropping extra cells,
 * placing blanks by column position, splitting glued digits), and settles what is left open with
 * the table's {@link Arithmetic}. What cannot be settled stays unread.
 */
final class TableReader {

    /** A row to find: its catalogue entry, its cells, and the folded labels it may be printed with. */
    record RowSpec(CatalogueEntry row, List<CellKey> keys, List<String> labels) {
    }

    /** What was read: cells by key (absent = unread), the unread keys, and where the table started. */
    record Result(Map<CellKey, Cell> cells, Set<CellKey> unread, SourceLocation location) {
    }

    private enum Origin { GLUE, EXTRA }

    // A row whose cells are still open: the splits or readings that remain.
    private static final class Open {
        final RowSpec spec;
        final List<long[]> options;
        final Origin origin;
        final String printed;
        final SourceLocation location;
        final List<LabelStream.Slot> slots;

        Open(RowSpec spec, List<long[]> options, Origin origin, String printed, SourceLocation location, List<LabelStream.Slot> slots) {
            this.spec = spec;
            this.options = options;
            this.origin = origin;
            this.printed = printed;
            this.location = location;
            this.slots = slots;
        }
    }

    private static final int MAX_SPLITS = 5_000;
    private static final int MAX_JUNK_BEFORE_VALUES = 16;

    private final Diagnostics diagnostics;
    private final Layout layout;
    private final LabelStream stream;
    private final Map<CellKey, Cell> cells = new LinkedHashMap<>();
    private final Set<CellKey> unread = new LinkedHashSet<>();
    private final List<Open> open = new ArrayList<>();
    private final long[] glueBudget;

    TableReader(Diagnostics diagnostics, Layout layout, LabelStream stream, long[] glueBudget) {
        this.diagnostics = diagnostics;
        this.layout = layout;
        this.stream = stream;
        this.glueBudget = glueBudget;
    }

    /** Reads a table whose rows are found by their labels. */
    Result readRows(List<RowSpec> specs) {
        int n = specs.size();
        LabelStream.Match[] matches = new LabelStream.Match[n];
        int from = 0;
        for (int i = 0; i < n; i++) {
            RowSpec spec = specs.get(i);
            LabelStream.Match best = null;
            for (String label : spec.labels()) {
                LabelStream.Match m = stream.find(label, from, LabelStream.maxCost(label.length()));
                if (m != null && (best == null || m.cost() < best.cost() || (m.cost() == best.cost() && m.end() < best.end()))) {
                    best = m;
                }
            }
            matches[i] = best;
            if (best == null) {
                unread.addAll(spec.keys());
                diagnostics.path(ImportIssue.ROW_MISSING, stream.location(from), rowPath(spec),
                        spec.row(), layout.table());
            } else {
                from = best.end();
                if (best.cost() > 0) {
                    diagnostics.path(ImportIssue.ROW_LABEL_VARIANT, stream.location(best.start()), rowPath(spec),
                            spec.row(), stream.sourceText(best.start(), best.end()));
                }
            }
        }
        // Each group of values belongs to the row whose label was printed last before it.
        List<List<LabelStream.Slot>> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slots.add(new ArrayList<>());
        }
        for (LabelStream.Group g : stream.groups()) {
            int owner = -1;
            for (int i = 0; i < n; i++) {
                if (matches[i] != null && matches[i].start() < g.anchor) {
                    owner = i;
                }
            }
            // Values may follow a little stray text (a vertically printed group label); empty cells
            // only count when nothing was printed between the label and them.
            if (owner < 0 || g.anchor - matches[owner].end() > (g.onlyEmpty() ? 0 : MAX_JUNK_BEFORE_VALUES)) {
                orphan(g);
                continue;
            }
            slots.get(owner).addAll(g.slots);
        }
        Map<String, double[]> anchors = anchors(specs, matches, slots);
        for (int i = 0; i < n; i++) {
            if (matches[i] != null) {
                SourceLocation at = stream.location(matches[i].start());
                resolve(specs.get(i), slots.get(i), anchors, at);
            }
        }
        settle();
        SourceLocation start = null;
        for (LabelStream.Match m : matches) {
            if (m != null) {
                start = stream.location(m.start());
                break;
            }
        }
        return new Result(cells, unread, start);
    }

    /**
     * Reads table 四: no row labels; the value cells printed after its header (from folded position
     * {@code after}), in print order, are the fifteen cells.
     */
    Result readFlat(RowSpec spec, int after) {
        List<LabelStream.Slot> slots = new ArrayList<>();
        for (LabelStream.Group g : stream.groups()) {
            if (!g.onlyEmpty() && g.anchor >= after) {
                slots.addAll(g.slots);
            }
        }
        if (slots.isEmpty()) {
            // A row of as many empty cells as the table has (a document's blank table): blank cells.
            stream.groups().stream().filter(g -> g.anchor >= after && g.onlyEmpty() && g.slots.size() >= spec.keys().size())
                    .findFirst().ifPresent(g -> slots.addAll(g.slots));
        }
        SourceLocation at = slots.isEmpty() ? stream.location(0) : slots.get(0).piece().location();
        if (slots.isEmpty()) {
            unread.addAll(spec.keys());
            diagnostics.path(ImportIssue.CELL_COUNT, at, rowPath(spec), layout.table(), 0, spec.keys().size());
        } else {
            resolve(spec, slots, Map.of(), at);
            settle();
        }
        return new Result(cells, unread, at);
    }

    private void orphan(LabelStream.Group g) {
        if (!g.onlyEmpty()) {
            String printed = g.slots.stream().map(s -> s.piece().text()).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
            diagnostics.path(ImportIssue.ORPHAN_VALUES, g.slots.get(0).piece().location(),
                    layout.cells().get(0).path().parent().parent(), printed);
        }
    }

    // Column positions of laid-out rows that hold all their cells, per page and row width.
    private Map<String, double[]> anchors(List<RowSpec> specs, LabelStream.Match[] matches, List<List<LabelStream.Slot>> slots) {
        Map<String, List<double[]>> seen = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            List<LabelStream.Slot> s = trimmed(slots.get(i), specs.get(i).keys().size());
            int k = specs.get(i).keys().size();
            if (matches[i] == null || s.size() != k || s.stream().anyMatch(x -> x.piece().x0() < 0 || x.isEmpty())) {
                continue;
            }
            int page = page(s);
            if (page < 0) {
                continue;
            }
            double[] centers = s.stream().mapToDouble(x -> x.piece().center()).toArray();
            seen.computeIfAbsent(page + "/" + k, x -> new ArrayList<>()).add(centers);
        }
        Map<String, double[]> out = new HashMap<>();
        seen.forEach((key, list) -> {
            double[] avg = new double[list.get(0).length];
            for (double[] c : list) {
                for (int j = 0; j < avg.length; j++) {
                    avg[j] += c[j] / list.size();
                }
            }
            out.put(key, avg);
        });
        return out;
    }

    // The page a row's cells are printed on, or -1 when they straddle pages.
    private int page(List<LabelStream.Slot> slots) {
        int page = -1;
        for (LabelStream.Slot s : slots) {
            int p = pageOf(s);
            if (page >= 0 && p != page) {
                return -1;
            }
            page = p;
        }
        return page;
    }

    private final Map<Piece, Integer> pages = new HashMap<>();

    private int pageOf(LabelStream.Slot s) {
        Integer p = pages.get(s.piece());
        if (p == null) {
            for (LabelStream.Group g : stream.groups()) {
                for (LabelStream.Slot x : g.slots) {
                    pages.put(x.piece(), g.page);
                }
            }
            p = pages.getOrDefault(s.piece(), 0);
        }
        return p;
    }

    // Empty cells beyond the row's width: row padding (trailing) or merged label cells (leading).
    private static List<LabelStream.Slot> trimmed(List<LabelStream.Slot> slots, int k) {
        List<LabelStream.Slot> s = new ArrayList<>(slots);
        while (s.size() > k && s.get(s.size() - 1).isEmpty()) {
            s.remove(s.size() - 1);
        }
        while (s.size() > k && s.get(0).isEmpty()) {
            s.remove(0);
        }
        return s;
    }

    private void resolve(RowSpec spec, List<LabelStream.Slot> raw, Map<String, double[]> anchors, SourceLocation at) {
        List<CellKey> keys = spec.keys();
        int k = keys.size();
        List<LabelStream.Slot> slots = trimmed(raw, k);
        boolean cellular = slots.stream().anyMatch(s -> s.piece().x0() < 0);
        SourceLocation where = slots.isEmpty() ? at : slots.get(0).piece().location();
        if (slots.size() == k) {
            for (int j = 0; j < k; j++) {
                put(keys.get(j), slots.get(j));
            }
            return;
        }
        if (slots.isEmpty()) {
            if (cellular || !raw.isEmpty()) {
                unreadRow(spec, where, 0);
            } else {
                // A laid-out row printed with its label and no number at all: every cell printed blank.
                for (CellKey key : keys) {
                    cells.put(key, blank(key));
                }
                diagnostics.path(ImportIssue.BLANK_BY_POSITION, where, rowPath(spec), spec.row(), k);
            }
            return;
        }
        if (slots.size() > k) {
            extra(spec, slots, where);
            return;
        }
        if (!cellular && byPosition(spec, slots, anchors, where)) {
            return;
        }
        glued(spec, slots, where, !cellular);
    }

    private boolean byPosition(RowSpec spec, List<LabelStream.Slot> slots, Map<String, double[]> anchors, SourceLocation where) {
        int k = spec.keys().size();
        int page = page(slots);
        double[] a = page < 0 ? null : anchors.get(page + "/" + k);
        if (a == null) {
            return false;
        }
        double tolerance = Double.MAX_VALUE;
        for (int j = 1; j < a.length; j++) {
            tolerance = Math.min(tolerance, (a[j] - a[j - 1]) / 2);
        }
        if (a.length == 1) {
            tolerance = 4;
        }
        int[] column = new int[slots.size()];
        int previous = -1;
        for (int s = 0; s < slots.size(); s++) {
            double c = slots.get(s).piece().center();
            int best = -1;
            for (int j = 0; j < a.length; j++) {
                if (best < 0 || Math.abs(a[j] - c) < Math.abs(a[best] - c)) {
                    best = j;
                }
            }
            if (Math.abs(a[best] - c) > tolerance || best <= previous) {
                return false;
            }
            column[s] = best;
            previous = best;
        }
        List<CellKey> keys = spec.keys();
        for (CellKey key : keys) {
            cells.put(key, blank(key));
        }
        for (int s = 0; s < slots.size(); s++) {
            put(keys.get(column[s]), slots.get(s));
        }
        diagnostics.path(ImportIssue.BLANK_BY_POSITION, where, rowPath(spec), spec.row(), k - slots.size());
        return true;
    }

    private void extra(RowSpec spec, List<LabelStream.Slot> slots, SourceLocation where) {
        int k = spec.keys().size();
        int drop = slots.size() - k;
        if (drop > 2) {
            unreadRow(spec, where, slots.size());
            return;
        }
        List<int[]> dropSets = new ArrayList<>();
        for (int a = 0; a < slots.size(); a++) {
            if (drop == 1) {
                dropSets.add(new int[] {a});
            } else {
                for (int b = a + 1; b < slots.size(); b++) {
                    dropSets.add(new int[] {a, b});
                }
            }
        }
        Map<String, List<LabelStream.Slot>> readings = new LinkedHashMap<>();
        for (int[] d : dropSets) {
            List<LabelStream.Slot> kept = new ArrayList<>(slots);
            for (int i = d.length - 1; i >= 0; i--) {
                kept.remove(d[i]);
            }
            String sig = kept.stream().map(x -> Fold.compact(x.piece().text())).collect(Collectors.joining("|"));
            readings.putIfAbsent(sig, kept);
        }
        if (readings.size() == 1) {
            List<LabelStream.Slot> kept = readings.values().iterator().next();
            for (int j = 0; j < k; j++) {
                put(spec.keys().get(j), kept.get(j));
            }
            diagnostics.path(ImportIssue.EXTRA_CELLS_DROPPED, where, rowPath(spec), spec.row(), slots.size(), k);
            return;
        }
        List<long[]> options = new ArrayList<>();
        for (List<LabelStream.Slot> kept : readings.values()) {
            long[] v = integers(kept);
            if (v == null || !allCounts(spec)) {
                unreadRow(spec, where, slots.size());
                return;
            }
            options.add(v);
        }
        open.add(new Open(spec, options, Origin.EXTRA, printed(slots), where, slots));
    }

    /**
     * A laid-out row with fewer numbers than cells: digits printed together, or cells printed blank
     * that no column position places. Both readings go to the table's arithmetic.
     *
     * @param blanksPossible whether the row may have blank cells that left no trace (laid-out text;
     *     a cellular row shows its empty cells)
     */
    private void glued(RowSpec spec, List<LabelStream.Slot> slots, SourceLocation where, boolean blanksPossible) {
        int k = spec.keys().size();
        List<String> runs = new ArrayList<>();
        for (LabelStream.Slot s : slots) {
            if (s.value().kind() != CellText.Kind.NUMBER || !s.value().digitsOnly()) {
                unreadRow(spec, where, slots.size());
                return;
            }
            runs.add(Fold.compact(s.piece().text()));
        }
        if (!allCounts(spec)) {
            unreadRow(spec, where, slots.size());
            return;
        }
        List<long[]> options = Glue.splits(runs, k, MAX_SPLITS, this::rowArithmetic, glueBudget);
        // Readings with blanks only compete with splits: without a split the row is unread anyway.
        if (options != null && !options.isEmpty() && blanksPossible) {
            List<long[]> withBlanks = new ArrayList<>(options);
            blankReadings(runs, k, withBlanks);
            options = withBlanks;
        }
        if (options == null) {
            // The search ran out of steps: the splits found may not be all, so none is taken.
            unread.addAll(spec.keys());
            diagnostics.path(ImportIssue.GLUED_AMBIGUOUS, where, rowPath(spec), printed(slots), spec.row(), "…", "?");
            return;
        }
        if (options.isEmpty()) {
            unreadRow(spec, where, slots.size());
            return;
        }
        if (options.size() > MAX_SPLITS) {
            unread.addAll(spec.keys());
            diagnostics.path(ImportIssue.GLUED_AMBIGUOUS, where, rowPath(spec),
                    printed(slots), spec.row(), "…", ">" + MAX_SPLITS);
            return;
        }
        open.add(new Open(spec, options, Origin.GLUE, printed(slots), where, slots));
    }

    /**
     * An option's cell printed blank. A reading with blanks is kept among a row's options so that the
     * table's arithmetic can rule it out, but it is never taken: nothing tells where its blanks are.
     */
    private static final long PRINTED_BLANK = Long.MIN_VALUE;

    // The printed numbers in order, with blanks placed every way that keeps the row's arithmetic.
    private void blankReadings(List<String> runs, int k, List<long[]> out) {
        long[] numbers = new long[runs.size()];
        for (int i = 0; i < numbers.length; i++) {
            String r = runs.get(i);
            if ((r.length() > 1 && Character.digit(r.charAt(0), 10) == 0) || r.length() > 15) {
                return; // not one number: digits printed together for sure
            }
            numbers[i] = Long.parseLong(r);
        }
        placeBlanks(numbers, 0, new long[k], 0, out);
    }

    private void placeBlanks(long[] numbers, int used, long[] acc, int filled, List<long[]> out) {
        if (out.size() > MAX_SPLITS || glueBudget[0]-- <= 0) {
            return;
        }
        if (filled == acc.length) {
            if (used == numbers.length && rowArithmetic(acc, filled)) {
                out.add(acc.clone());
            }
            return;
        }
        if (acc.length - filled > numbers.length - used) {
            acc[filled] = PRINTED_BLANK;
            placeBlanks(numbers, used, acc, filled + 1, out);
        }
        if (used < numbers.length) {
            acc[filled] = numbers[used];
            placeBlanks(numbers, used + 1, acc, filled + 1, out);
        }
    }

    // The row's place in the report; for table 四, read as one row, the table's.
    private static io.github.nianbao.core.catalogue.ReportPath rowPath(RowSpec spec) {
        return spec.row() instanceof io.github.nianbao.core.catalogue.Section s
                ? io.github.nianbao.core.catalogue.ReportPath.of(s.key()) : spec.keys().get(0).path().parent();
    }

    // The relations within one row, checked while splitting, each once its last cell is filled:
    // table 三's row total, table 四's block totals. A blank of a reading with blanks counts as 0,
    // a total too: the format would not assess a blank total, but then every reading with a blank
    // total would stand beside the split and no glued row could be read.
    private boolean rowArithmetic(long[] v, int filled) {
        if (layout.table() == io.github.nianbao.core.catalogue.Section.APPLICATIONS && v.length == 7) {
            return filled < 7 || sumHolds(v, 0, 6);
        }
        if (layout.table() == io.github.nianbao.core.catalogue.Section.REVIEW_LITIGATION && v.length == 15
                && filled % 5 == 0 && filled > 0) {
            return sumHolds(v, filled - 5, filled - 1);
        }
        return true;
    }

    private static boolean sumHolds(long[] v, int from, int total) {
        long sum = 0;
        for (int i = from; i < total; i++) {
            sum += v[i] == PRINTED_BLANK ? 0 : v[i];
        }
        return sum == (v[total] == PRINTED_BLANK ? 0 : v[total]);
    }

    private boolean allCounts(RowSpec spec) {
        return spec.keys().stream().allMatch(key -> key.kind() != CellKind.AMOUNT);
    }

    private static final BigDecimal LARGEST_COUNT = BigDecimal.valueOf(Long.MAX_VALUE);
    // Counts beyond this are no report's: the table's sums of them stay exact in a long.
    private static final BigDecimal LARGEST_SUMMED_COUNT = BigDecimal.valueOf(1_000_000_000_000_000L);

    private static long[] integers(List<LabelStream.Slot> slots) {
        long[] v = new long[slots.size()];
        for (int j = 0; j < v.length; j++) {
            CellText t = slots.get(j).value();
            if (t.kind() != CellText.Kind.NUMBER || t.number().scale() > 0 || t.number().abs().compareTo(LARGEST_SUMMED_COUNT) > 0) {
                return null;
            }
            v[j] = t.number().longValueExact();
        }
        return v;
    }

    private static String printed(List<LabelStream.Slot> slots) {
        return slots.stream().map(s -> s.piece().text().isEmpty() ? "␣" : s.piece().text()).collect(Collectors.joining(" "));
    }

    private void unreadRow(RowSpec spec, SourceLocation where, int found) {
        unread.addAll(spec.keys());
        diagnostics.path(ImportIssue.CELL_COUNT, where, rowPath(spec), spec.row(), found, spec.keys().size());
    }

    // ---- cells

    private void put(CellKey key, LabelStream.Slot slot) {
        CellText t = slot.value();
        SourceLocation at = slot.piece().location();
        switch (t.kind()) {
            case BLANK -> cells.put(key, blank(key));
            case NOT_APPLICABLE -> cells.put(key, key.kind() == CellKind.AMOUNT ? Amount.NOT_APPLICABLE : Count.NOT_APPLICABLE);
            case TEXT -> unreadCell(key, at, t.raw());
            case NUMBER -> {
                if (key.kind() == CellKind.AMOUNT) {
                    MoneyUnit unit = t.unit();
                    if (unit == null) {
                        if (key.column() == DisclosureColumn.FEE_AMOUNT) {
                            unit = MoneyUnit.WAN_YUAN; // the column header fixes 万元
                        } else {
                            unit = MoneyUnit.YUAN;
                            diagnostics.cell(ImportIssue.UNIT_ASSUMED, at, key, t.raw());
                        }
                    }
                    cells.put(key, Amount.of(t.number(), unit));
                } else if (t.number().scale() > 0 && t.number().stripTrailingZeros().scale() > 0
                        || t.number().abs().compareTo(LARGEST_COUNT) > 0) {
                    // A fraction, or more than a long holds, is no count.
                    unreadCell(key, at, t.raw());
                    return;
                } else {
                    cells.put(key, Count.of(t.number().longValueExact()));
                }
                if (t.annotation() != null) {
                    diagnostics.cell(ImportIssue.ANNOTATION, at, key, t.annotation(), t.number().toPlainString());
                }
                for (LabelStream.Annotation a : stream.annotations()) {
                    if (a.slot() == slot) {
                        diagnostics.cell(ImportIssue.ANNOTATION, a.piece().location(), key, a.piece().text(), t.number().toPlainString());
                    }
                }
            }
            default -> throw new AssertionError(t.kind());
        }
    }

    private void unreadCell(CellKey key, SourceLocation at, String raw) {
        unread.add(key);
        cells.remove(key);
        diagnostics.cell(ImportIssue.CELL_UNREADABLE, at, key, raw);
    }

    private static Cell blank(CellKey key) {
        return key.kind() == CellKind.AMOUNT ? Amount.BLANK : Count.BLANK;
    }

    // ---- settling open rows with the table's arithmetic

    private void settle() {
        if (open.isEmpty()) {
            return;
        }
        Map<CellKey, int[]> openIndex = new HashMap<>(); // key → {open row, column}
        for (int r = 0; r < open.size(); r++) {
            List<CellKey> keys = open.get(r).spec.keys();
            for (int j = 0; j < keys.size(); j++) {
                openIndex.put(keys.get(j), new int[] {r, j});
            }
        }
        List<Arithmetic> relevant = new ArrayList<>();
        List<Integer> lastRow = new ArrayList<>();
        boolean[] covered = new boolean[open.size()];
        for (Arithmetic a : Arithmetic.of(layout)) {
            int last = -1;
            boolean assessable = true;
            List<CellKey> all = new ArrayList<>(a.terms());
            all.addAll(a.totals());
            for (CellKey key : all) {
                int[] o = openIndex.get(key);
                if (o != null) {
                    last = Math.max(last, o[0]);
                } else if (unread.contains(key) || !cells.containsKey(key)) {
                    assessable = false;
                }
            }
            for (CellKey key : a.totals()) {
                if (!openIndex.containsKey(key) && cells.containsKey(key) && !cells.get(key).isNumber()) {
                    assessable = false;
                }
            }
            if (last >= 0 && assessable) {
                relevant.add(a);
                lastRow.add(last);
                for (CellKey key : all) {
                    int[] o = openIndex.get(key);
                    if (o != null) {
                        covered[o[0]] = true;
                    }
                }
            }
        }
        List<int[]> solutions = new ArrayList<>();
        int[] choice = new int[open.size()];
        long[] budget = {2_000_000};
        search(0, choice, relevant, lastRow, openIndex, solutions, budget);
        boolean exhausted = budget[0] <= 0;
        for (int r = 0; r < open.size(); r++) {
            Open o = open.get(r);
            Set<Integer> distinct = new LinkedHashSet<>();
            for (int[] s : solutions) {
                distinct.add(s[r]);
            }
            // Equal readings count once: extra-cell readings are distinct already, splits are too.
            long[] only = covered[r] && !exhausted && distinct.size() == 1 ? o.options.get(distinct.iterator().next()) : null;
            if (only != null && hasBlank(only)) {
                unreadRow(o.spec, o.location, o.slots.size()); // blanks, but where is a guess
            } else if (only != null) {
                long[] v = only;
                for (int j = 0; j < v.length; j++) {
                    cells.put(o.spec.keys().get(j), Count.of(v[j]));
                }
                if (o.origin == Origin.GLUE) {
                    diagnostics.path(ImportIssue.GLUED_SPLIT, o.location, rowPath(o.spec),
                            o.printed, join(v), o.spec.row());
                } else {
                    diagnostics.path(ImportIssue.EXTRA_CELLS_DROPPED, o.location, rowPath(o.spec),
                            o.spec.row(), o.slots.size(), v.length);
                }
            } else {
                unread.addAll(o.spec.keys());
                List<String> shown = new ArrayList<>();
                List<Integer> candidates = distinct.isEmpty() ? range(o.options.size()) : new ArrayList<>(distinct);
                for (int c : candidates) {
                    if (shown.size() == 5) {
                        shown.add("…");
                        break;
                    }
                    shown.add(join(o.options.get(c)));
                }
                if (o.origin == Origin.GLUE) {
                    diagnostics.path(ImportIssue.GLUED_AMBIGUOUS, o.location, rowPath(o.spec),
                            o.printed, o.spec.row(), shown, candidates.size());
                } else {
                    diagnostics.path(ImportIssue.CELL_COUNT, o.location, rowPath(o.spec),
                            o.spec.row(), o.slots.size(), o.spec.keys().size());
                }
            }
        }
        open.clear();
    }

    private static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    private void search(int r, int[] choice, List<Arithmetic> relevant, List<Integer> lastRow, Map<CellKey, int[]> openIndex,
            List<int[]> solutions, long[] budget) {
        if (budget[0]-- <= 0 || solutions.size() > 50) {
            return;
        }
        if (r == open.size()) {
            solutions.add(choice.clone());
            return;
        }
        for (int c = 0; c < open.get(r).options.size(); c++) {
            choice[r] = c;
            boolean ok = true;
            for (int i = 0; i < relevant.size() && ok; i++) {
                if (lastRow.get(i) == r) {
                    ok = holds(relevant.get(i), choice, openIndex);
                }
            }
            if (ok) {
                search(r + 1, choice, relevant, lastRow, openIndex, solutions, budget);
            }
            if (budget[0] <= 0) {
                return;
            }
        }
    }

    private boolean holds(Arithmetic a, int[] choice, Map<CellKey, int[]> openIndex) {
        return sum(a.terms(), choice, openIndex) == sum(a.totals(), choice, openIndex);
    }

    private static boolean hasBlank(long[] option) {
        for (long v : option) {
            if (v == PRINTED_BLANK) {
                return true;
            }
        }
        return false;
    }

    private long sum(List<CellKey> keys, int[] choice, Map<CellKey, int[]> openIndex) {
        long s = 0;
        for (CellKey key : keys) {
            int[] o = openIndex.get(key);
            if (o != null) {
                long v = open.get(o[0]).options.get(choice[o[0]])[o[1]];
                s += v == PRINTED_BLANK ? 0 : v;
            } else {
                Cell c = cells.get(key);
                if (c instanceof Count count) {
                    s += count.valueOr(0);
                }
            }
        }
        return s;
    }

    private static String join(long[] v) {
        StringBuilder sb = new StringBuilder();
        for (long x : v) {
            if (!sb.isEmpty()) {
                sb.append(" · ");
            }
            if (x == PRINTED_BLANK) {
                sb.append('␣');
            } else {
                sb.append(x);
            }
        }
        return sb.toString();
    }
}

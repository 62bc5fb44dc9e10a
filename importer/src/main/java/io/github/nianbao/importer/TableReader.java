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

    /**
     * What was read: every cell by key (an unread one {@linkplain Cell#isUnknown() unknown}, with the
     * code of the diagnostic that kept it from being read), the unread keys, and where the table started.
     */
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
    // Keys not read, with the issue that kept each from being read (the first one named).
    private final Map<CellKey, ImportIssue> unread = new LinkedHashMap<>();
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
                unknown(spec.keys(), ImportIssue.ROW_MISSING);
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
        Map<LabelStream.Group, Integer> apart = valuesApart(matches);
        for (LabelStream.Group g : stream.groups()) {
            Integer forced = apart.get(g);
            if (forced != null) {
                slots.get(forced).addAll(g.slots);
                continue;
            }
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
                int next = stream.text().length();
                for (int j = i + 1; j < n; j++) {
                    if (matches[j] != null) {
                        next = Math.max(matches[i].end(), matches[j].start());
                        break;
                    }
                }
                markAfterLabel = hasMark(stream.text().substring(matches[i].end(), next))
                        || stream.inCell(matches[i].end() - 1);
                resolve(specs.get(i), slots.get(i), anchors, at);
                markAfterLabel = false;
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
        return result(start);
    }

    /**
     * A table whose labels were printed apart from its numbers (a PDF converted to Markdown: a
     * column of labels, then rows of bare numbers): no values between the labels, and after the last
     * label exactly as many rows of values as rows were found. The catalogue's order of rows then
     * leaves one reading: the k-th row of values is the k-th row found. Any other count, or values
     * next to any label, and nothing is assigned here.
     *
     * @return the row each row of values belongs to, by group; empty when the table is laid out otherwise
     */
    private Map<LabelStream.Group, Integer> valuesApart(LabelStream.Match[] matches) {
        List<Integer> found = new ArrayList<>();
        int firstStart = Integer.MAX_VALUE;
        int lastEnd = -1;
        for (int i = 0; i < matches.length; i++) {
            if (matches[i] != null) {
                found.add(i);
                firstStart = Math.min(firstStart, matches[i].start());
                lastEnd = Math.max(lastEnd, matches[i].end());
            }
        }
        if (found.size() < 2) {
            return Map.of();
        }
        List<LabelStream.Group> after = new ArrayList<>();
        for (LabelStream.Group g : stream.groups()) {
            if (g.anchor > firstStart && g.anchor < lastEnd) {
                return Map.of(); // values printed next to a label: laid out as usual
            }
            if (g.anchor >= lastEnd && !g.onlyEmpty()) {
                after.add(g);
            }
        }
        if (after.size() != found.size()) {
            return Map.of();
        }
        Map<LabelStream.Group, Integer> owners = new HashMap<>();
        for (int k = 0; k < after.size(); k++) {
            owners.put(after.get(k), found.get(k));
        }
        diagnostics.path(ImportIssue.VALUES_APART, after.get(0).slots.get(0).piece().location(),
                io.github.nianbao.core.catalogue.ReportPath.of(layout.table().key()), layout.table(), found.size());
        return owners;
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
            unknown(spec.keys(), ImportIssue.CELL_COUNT);
            diagnostics.path(ImportIssue.CELL_COUNT, at, rowPath(spec), layout.table(), 0, spec.keys().size());
        } else {
            resolve(spec, slots, Map.of(), at);
            settle();
        }
        return result(at);
    }

    // Every unread key becomes an unknown cell carrying its reason: never blank, never a number.
    private Result result(SourceLocation location) {
        for (CellKey key : layout.cells()) {
            if (!cells.containsKey(key)) {
                unknown(key, ImportIssue.CELL_COUNT); // no path leaves a cell unset; if one did, it is not read
            }
        }
        for (Map.Entry<CellKey, ImportIssue> e : unread.entrySet()) {
            CellKey key = e.getKey();
            String reason = e.getValue().name();
            cells.put(key, key.kind() == CellKind.AMOUNT ? Amount.unknown(reason) : Count.unknown(reason));
        }
        return new Result(cells, java.util.Collections.unmodifiableSet(unread.keySet()), location);
    }

    private void unknown(List<CellKey> keys, ImportIssue reason) {
        for (CellKey key : keys) {
            unknown(key, reason);
        }
    }

    private void unknown(CellKey key, ImportIssue reason) {
        cells.remove(key);
        unread.putIfAbsent(key, reason);
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
            List<LabelStream.Slot> s = trimmed(slots.get(i), specs.get(i).keys());
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
    private static List<LabelStream.Slot> trimmed(List<LabelStream.Slot> slots, List<CellKey> keys) {
        int k = keys.size();
        List<LabelStream.Slot> s = new ArrayList<>(slots);
        int lead = 0;
        while (lead < s.size() && s.get(lead).isEmpty()) {
            lead++;
        }
        int trail = 0;
        while (trail < s.size() - lead && s.get(s.size() - 1 - trail).isEmpty()) {
            trail++;
        }
        if (lead > 0 && trail > 0 && lead + trail > s.size() - k && lead < s.size()) {
            // Empty cells at both ends, more than the extra ones: which are the row's own blanks is
            // told only by the cell types (政府集中采购 ␣ 5元 ␣: 5元 is no count); else the row is left
            // as printed, for the reading of extra cells.
            int excess = s.size() - k;
            List<List<LabelStream.Slot>> fitting = new ArrayList<>();
            for (int fromEnd = Math.max(0, excess - lead); fromEnd <= Math.min(trail, excess); fromEnd++) {
                List<LabelStream.Slot> t = s.subList(excess - fromEnd, s.size() - fromEnd);
                boolean fits = true;
                for (int j = 0; j < k && fits; j++) {
                    fits = fits(keys.get(j), t.get(j).value());
                }
                if (fits) {
                    fitting.add(t);
                }
            }
            return fitting.size() == 1 ? new ArrayList<>(fitting.get(0)) : s;
        }
        while (s.size() > k && s.get(s.size() - 1).isEmpty()) {
            s.remove(s.size() - 1);
        }
        while (s.size() > k && s.get(0).isEmpty()) {
            s.remove(0);
        }
        return s;
    }

    // Whether the text printed right after the row's label starts with a not-applicable mark or a
    // dash (规章///行政规范性文件 on page text that lost its separators), or the label was printed in
    // a cell (Markdown, HTML, tab-separated) with no cells after it: then the row is not printed
    // blank by column positions, and its cells are unread, not blank.
    private boolean markAfterLabel;

    private static boolean hasMark(String folded) {
        return !folded.isEmpty() && "/\\—–-－".indexOf(folded.charAt(0)) >= 0;
    }

    private void resolve(RowSpec spec, List<LabelStream.Slot> raw, Map<String, double[]> anchors, SourceLocation at) {
        List<CellKey> keys = spec.keys();
        int k = keys.size();
        List<LabelStream.Slot> slots = trimmed(raw, keys);
        boolean cellular = slots.stream().anyMatch(s -> s.piece().x0() < 0);
        SourceLocation where = slots.isEmpty() ? at : slots.get(0).piece().location();
        if (slots.size() == k) {
            for (int j = 0; j < k; j++) {
                put(keys.get(j), slots.get(j));
            }
            return;
        }
        if (slots.isEmpty()) {
            if (cellular || !raw.isEmpty() || markAfterLabel) {
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
        if (!allCounts(spec)) {
            typed(spec, slots, where, blanksPossible);
            return;
        }
        List<String> runs = new ArrayList<>();
        boolean signs = false;
        for (LabelStream.Slot s : slots) {
            String run = s.value().kind() == CellText.Kind.NUMBER && s.value().digitsOnly()
                    ? Fold.compact(s.piece().text()) : Glue.signedRun(s.piece().text());
            if (run == null) {
                unreadRow(spec, where, slots.size());
                return;
            }
            signs |= !s.value().digitsOnly();
            runs.add(run);
        }
        boolean[] signed = new boolean[k];
        for (int j = 0; j < k; j++) {
            signed[j] = spec.keys().get(j).kind() == CellKind.SIGNED_COUNT;
        }
        List<long[]> options = Glue.splits(runs, k, signed, MAX_SPLITS, (v, filled) -> rowArithmetic(spec, v, filled), glueBudget);
        // Readings with blanks only compete with splits: without a split the row is unread anyway.
        if (options != null && !options.isEmpty() && blanksPossible) {
            List<long[]> withBlanks = new ArrayList<>(options);
            blankReadings(spec, runs, k, withBlanks);
            options = withBlanks;
        }
        if (options == null) {
            // The search ran out of steps: the splits found may not be all, so none is taken.
            unknown(spec.keys(), ImportIssue.GLUED_AMBIGUOUS);
            diagnostics.path(ImportIssue.GLUED_AMBIGUOUS, where, rowPath(spec), printed(slots), spec.row(), "…", "?");
            return;
        }
        if (options.isEmpty()) {
            unreadRow(spec, where, slots.size());
            return;
        }
        if (options.size() > MAX_SPLITS) {
            unknown(spec.keys(), ImportIssue.GLUED_AMBIGUOUS);
            diagnostics.path(ImportIssue.GLUED_AMBIGUOUS, where, rowPath(spec),
                    printed(slots), spec.row(), "…", ">" + MAX_SPLITS);
            return;
        }
        open.add(new Open(spec, options, Origin.GLUE, printed(slots), where, slots));
    }

    private static final java.util.regex.Pattern AMOUNT_RUN = java.util.regex.Pattern.compile("(\\d+)(\\.\\d+)?(万元|元)?");

    /**
     * A row with an amount printed with fewer values than cells (政府集中采购's count and amount run
     * together: {@code 4212345678.90元}). No relation of the format holds an amount, so only the cell
     * types can split it: the count takes some leading digits, the amount the rest, neither with a
     * leading zero. One such reading is read; several leave the row unknown, the readings named.
     */
    private void typed(RowSpec spec, List<LabelStream.Slot> slots, SourceLocation where, boolean blanksPossible) {
        List<CellKey> keys = spec.keys();
        java.util.regex.Matcher m = slots.size() == 1 && keys.size() == 2 && keys.get(0).kind() == CellKind.COUNT
                && keys.get(1).kind() == CellKind.AMOUNT ? AMOUNT_RUN.matcher(CellText.normalise(slots.get(0).piece().text())) : null;
        if (m == null || !m.matches() || m.group(1).length() > CellText.MAX_DIGITS) {
            unreadRow(spec, where, slots.size());
            return;
        }
        String digits = m.group(1);
        String tail = (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : m.group(3));
        List<String[]> readings = new ArrayList<>();
        for (int cut = 1; cut < digits.length(); cut++) {
            String count = digits.substring(0, cut);
            String amount = digits.substring(cut);
            if ((count.length() > 1 && count.charAt(0) == '0') || (amount.length() > 1 && amount.charAt(0) == '0') || count.length() > 18) {
                continue;
            }
            readings.add(new String[] {count, amount + tail});
        }
        if (blanksPossible) {
            // Laid out, a blank cell leaves no trace: the run may be either cell alone.
            if (tail.isEmpty() && (digits.length() == 1 || digits.charAt(0) != '0')) {
                readings.add(new String[] {digits, ""});
            }
            if (digits.length() == 1 || digits.charAt(0) != '0') {
                readings.add(new String[] {"", digits + tail});
            }
        }
        LabelStream.Slot slot = slots.get(0);
        if (readings.size() == 1) {
            String[] only = readings.get(0);
            if (only[0].isEmpty() || only[1].isEmpty()) {
                unreadRow(spec, where, slots.size()); // a blank, but which cell is blank is a guess
                return;
            }
            put(keys.get(0), new LabelStream.Slot(slot.piece(), CellText.parse(only[0])));
            put(keys.get(1), new LabelStream.Slot(slot.piece(), CellText.parse(only[1])));
            diagnostics.path(ImportIssue.GLUED_SPLIT, where, rowPath(spec), printed(slots), only[0] + " · " + only[1], spec.row());
            return;
        }
        if (readings.isEmpty()) {
            unreadRow(spec, where, slots.size());
            return;
        }
        unknown(keys, ImportIssue.GLUED_AMBIGUOUS);
        List<String> shown = new ArrayList<>();
        for (String[] r : readings) {
            if (shown.size() == 5) {
                shown.add("…");
                break;
            }
            shown.add((r[0].isEmpty() ? "␣" : r[0]) + " · " + (r[1].isEmpty() ? "␣" : r[1]));
        }
        diagnostics.path(ImportIssue.GLUED_AMBIGUOUS, where, rowPath(spec), printed(slots), spec.row(), shown, readings.size());
    }

    /**
     * An option's cell printed blank. A reading with blanks is kept among a row's options so that the
     * table's arithmetic can rule it out, but it is never taken: nothing tells where its blanks are.
     */
    private static final long PRINTED_BLANK = Long.MIN_VALUE;

    // The printed numbers in order, with blanks placed every way that keeps the row's arithmetic.
    private void blankReadings(RowSpec spec, List<String> runs, int k, List<long[]> out) {
        long[] numbers = new long[runs.size()];
        for (int i = 0; i < numbers.length; i++) {
            String r = runs.get(i);
            String digits = r.charAt(0) == '-' || r.charAt(0) == '+' ? r.substring(1) : r;
            if ((digits.length() > 1 && digits.charAt(0) == '0') || digits.length() > 15 || digits.indexOf('-') >= 0
                    || digits.indexOf('+') >= 0) {
                return; // not one number: digits printed together for sure
            }
            numbers[i] = Long.parseLong(r);
        }
        placeBlanks(spec, numbers, 0, new long[k], 0, out);
    }

    private void placeBlanks(RowSpec spec, long[] numbers, int used, long[] acc, int filled, List<long[]> out) {
        if (out.size() > MAX_SPLITS || glueBudget[0]-- <= 0) {
            return;
        }
        if (filled == acc.length) {
            if (used == numbers.length && rowArithmetic(spec, acc, filled)) {
                out.add(acc.clone());
            }
            return;
        }
        if (acc.length - filled > numbers.length - used) {
            acc[filled] = PRINTED_BLANK;
            placeBlanks(spec, numbers, used, acc, filled + 1, out);
        }
        if (used < numbers.length && (numbers[used] >= 0 || spec.keys().get(filled).kind() == CellKind.SIGNED_COUNT)) {
            acc[filled] = numbers[used];
            placeBlanks(spec, numbers, used + 1, acc, filled + 1, out);
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
    private boolean rowArithmetic(RowSpec spec, long[] v, int filled) {
        if (layout.table() == io.github.nianbao.core.catalogue.Section.PROACTIVE_DISCLOSURE && v.length >= 2 && filled >= 2
                && spec.keys().get(0).column() == DisclosureColumn.PREVIOUS_YEAR_ITEMS
                && spec.keys().get(1).column() == DisclosureColumn.CHANGE) {
            // T2-2019-ITEMS: last year's items plus the change are not fewer than none.
            return (v[0] == PRINTED_BLANK ? 0 : v[0]) + (v[1] == PRINTED_BLANK ? 0 : v[1]) >= 0;
        }
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

    // Whether a cell's text can be a value of the cell's kind: no money in a count, no counting word
    // in an amount, no fraction in a count; what is not a number fits any cell (it is read as what it is).
    private static boolean fits(CellKey key, CellText t) {
        if (t.kind() != CellText.Kind.NUMBER) {
            return true;
        }
        if (key.kind() == CellKind.AMOUNT) {
            return !t.counted();
        }
        return t.unit() == null && t.number().stripTrailingZeros().scale() <= 0;
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
        unknown(spec.keys(), ImportIssue.CELL_COUNT);
        diagnostics.path(ImportIssue.CELL_COUNT, where, rowPath(spec), spec.row(), found, spec.keys().size());
    }

    // ---- cells

    private void put(CellKey key, LabelStream.Slot slot) {
        CellText t = slot.value();
        SourceLocation at = slot.piece().location();
        switch (t.kind()) {
            case BLANK -> cells.put(key, blank(key));
            case NOT_APPLICABLE -> cells.put(key, key.kind() == CellKind.AMOUNT ? Amount.NOT_APPLICABLE : Count.NOT_APPLICABLE);
            case TEXT, UNREADABLE -> unreadCell(key, at, t.raw());
            case NUMBER -> {
                if (t.sign() == CellText.Sign.OTHER_MINUS && key.kind() != CellKind.SIGNED_COUNT) {
                    // A dash or 减 before the number of a cell that cannot be negative: a sign or a
                    // mark, nothing tells; it is not dropped.
                    unreadCell(key, at, t.raw());
                    return;
                }
                if (key.kind() == CellKind.AMOUNT ? t.counted() : t.unit() != null) {
                    unreadCell(key, at, t.raw()); // 件 with an amount, 元 with a count
                    return;
                }
                if (key.kind() == CellKind.AMOUNT) {
                    if (!Amount.fits(t.number())) {
                        // Longer than any amount can be (Amount.MAX_LENGTH): no sum of money.
                        unreadCell(key, at, t.raw());
                        return;
                    }
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
        unknown(key, ImportIssue.CELL_UNREADABLE);
        diagnostics.cell(ImportIssue.CELL_UNREADABLE, at, key, CellText.visible(raw));
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
        // The relations that hold an open row and can be assessed, and the open rows they join: rows
        // joined by no relation are settled apart, so that one ambiguous row does not multiply the
        // readings of another.
        List<Arithmetic> relevant = new ArrayList<>();
        List<Integer> lastRow = new ArrayList<>();
        int[] component = new int[open.size()];
        for (int r = 0; r < component.length; r++) {
            component[r] = r;
        }
        for (Arithmetic a : Arithmetic.of(layout)) {
            int last = -1;
            boolean assessable = true;
            List<CellKey> all = new ArrayList<>(a.terms());
            all.addAll(a.totals());
            for (CellKey key : all) {
                int[] o = openIndex.get(key);
                if (o != null) {
                    last = Math.max(last, o[0]);
                } else if (unread.containsKey(key) || !cells.containsKey(key)) {
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
                        join(component, o[0], last);
                    }
                }
            }
        }
        int[] choice = new int[open.size()];
        long[] budget = {2_000_000};
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int r = 0; r < open.size(); r++) {
            components.computeIfAbsent(find(component, r), x -> new ArrayList<>()).add(r);
        }
        long[][] only = new long[open.size()][];
        List<Set<Integer>> seen = new ArrayList<>();
        for (int r = 0; r < open.size(); r++) {
            seen.add(new LinkedHashSet<>());
        }
        for (List<Integer> rows : components.values()) {
            List<int[]> solutions = new ArrayList<>();
            long[] local = {Math.max(1, budget[0] / components.size())};
            search(rows, 0, choice, relevant, lastRow, openIndex, solutions, local);
            // Cut short (out of steps, or more readings than are kept), the readings found are not all
            // there are: only a row with one reading of its own is then known.
            boolean complete = local[0] > 0 && solutions.size() <= MAX_SOLUTIONS;
            for (int r : rows) {
                for (int[] sol : solutions) {
                    seen.get(r).add(sol[r]);
                }
                Set<Integer> distinct = seen.get(r);
                if (complete && distinct.size() == 1) {
                    only[r] = open.get(r).options.get(distinct.iterator().next());
                } else if (!complete && !solutions.isEmpty() && open.get(r).options.size() == 1) {
                    only[r] = open.get(r).options.get(0);
                }
            }
        }
        for (int r = 0; r < open.size(); r++) {
            Open o = open.get(r);
            Set<Integer> distinct = seen.get(r);
            if (only[r] != null && hasBlank(only[r])) {
                unreadRow(o.spec, o.location, o.slots.size()); // blanks, but where is a guess
            } else if (only[r] != null) {
                long[] v = only[r];
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
                unknown(o.spec.keys(), o.origin == Origin.GLUE ? ImportIssue.GLUED_AMBIGUOUS : ImportIssue.CELL_COUNT);
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

    private static final int MAX_SOLUTIONS = 50;

    private static int find(int[] parent, int r) {
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    private static void join(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    // Every choice of one option per row of a component that keeps the relations, each relation
    // checked once the last of its open rows is chosen.
    private void search(List<Integer> rows, int at, int[] choice, List<Arithmetic> relevant, List<Integer> lastRow,
            Map<CellKey, int[]> openIndex, List<int[]> solutions, long[] budget) {
        if (budget[0]-- <= 0 || solutions.size() > MAX_SOLUTIONS) {
            return;
        }
        if (at == rows.size()) {
            solutions.add(choice.clone());
            return;
        }
        int r = rows.get(at);
        for (int c = 0; c < open.get(r).options.size(); c++) {
            choice[r] = c;
            boolean ok = true;
            for (int i = 0; i < relevant.size() && ok; i++) {
                if (lastRow.get(i) == r) {
                    ok = holds(relevant.get(i), choice, openIndex);
                }
            }
            if (ok) {
                search(rows, at + 1, choice, relevant, lastRow, openIndex, solutions, budget);
            }
            if (budget[0] <= 0) {
                return;
            }
        }
    }

    private boolean holds(Arithmetic a, int[] choice, Map<CellKey, int[]> openIndex) {
        long terms = sum(a.terms(), choice, openIndex);
        return a.atLeastZero() ? terms >= 0 : terms == sum(a.totals(), choice, openIndex);
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

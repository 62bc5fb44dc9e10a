package io.github.nianbao.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table region as one stream: the folded text of all labels, in source order, with
 * the groups of value cells anchored at the positions where they were printed. Labels are found in
 * the text by {@link #find}; each group belongs to the label printed before it, however the label
 * was wrapped, split across pages or interleaved with a vertically printed group label.
 */
final class LabelStream {

    /** One value cell: where it was printed and what it says. */
    record Slot(Piece piece, CellText value) {
        boolean isEmpty() {
            return value.kind() == CellText.Kind.BLANK;
        }
    }

    /** The value cells printed together after a label, on one source row. */
    static final class Group {
        final int anchor;
        final boolean cellular;
        final int page;
        final List<Slot> slots = new ArrayList<>();

        Group(int anchor, boolean cellular, int page) {
            this.anchor = anchor;
            this.cellular = cellular;
            this.page = page;
        }

        boolean onlyEmpty() {
            return slots.stream().allMatch(Slot::isEmpty);
        }
    }

    /** A label found in the stream: folded positions {@code [start, end)} and the edit cost. */
    record Match(int start, int end, int cost) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Piece> originPiece = new ArrayList<>();
    private final List<Integer> originOffset = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();

    /** An annotation printed in its own token after a value. */
    record Annotation(Slot slot, Piece piece) {
    }

    LabelStream(List<SourceRow> rows) {
        for (SourceRow row : rows) {
            if (row.isContent()) {
                add(row);
            }
        }
    }

    private void add(SourceRow row) {
        Group open = null;
        boolean textSeen = false;
        List<Slot> leading = new ArrayList<>();
        for (Piece piece : row.pieces()) {
            if (piece.spanCopy()) {
                continue;
            }
            if (piece.isEmpty()) {
                if (open == null && textSeen) {
                    open = new Group(text.length(), row.cellular(), row.page());
                }
                if (open != null) {
                    open.slots.add(new Slot(piece, CellText.parse("")));
                } else {
                    leading.add(new Slot(piece, CellText.parse("")));
                }
                continue;
            }
            CellText value = CellText.parse(piece.text());
            if (value.isValue()) {
                if (open == null) {
                    open = new Group(text.length(), row.cellular(), row.page());
                    if (!textSeen) {
                        // A row of values only (table 四): its leading empty cells are blank values.
                        open.slots.addAll(leading);
                    }
                }
                open.slots.add(new Slot(piece, value));
                continue;
            }
            if (CellText.isAnnotation(piece.text()) && open != null && !open.slots.isEmpty()
                    && !open.slots.get(open.slots.size() - 1).isEmpty()) {
                annotations.add(new Annotation(open.slots.get(open.slots.size() - 1), piece));
                continue;
            }
            for (Piece part : Glue.separate(piece)) {
                CellText v = CellText.parse(part.text());
                if (v.kind() == CellText.Kind.NUMBER) {
                    if (open == null) {
                        open = new Group(text.length(), row.cellular(), row.page());
                    }
                    open.slots.add(new Slot(part, v));
                } else {
                    open = close(open, false);
                    appendText(part);
                    textSeen = true;
                }
            }
        }
        if (open == null && !textSeen && leading.size() >= 2 && row.pieces().stream().allMatch(p -> p.htmlPath() != null)) {
            // A document table row of empty cells only (the values row of a blank table 四): its blank cells.
            open = new Group(text.length(), row.cellular(), row.page());
            open.slots.addAll(leading);
        }
        close(open, true);
    }

    // Empty cells between two labels of one row are merged label cells, not blank values.
    private Group close(Group open, boolean endOfRow) {
        if (open != null && !open.slots.isEmpty() && (endOfRow || !open.onlyEmpty())) {
            groups.add(open);
        }
        return null;
    }

    private void appendText(Piece piece) {
        Fold.Folded f = Fold.fold(piece.text());
        for (int i = 0; i < f.text().length(); i++) {
            text.append(f.text().charAt(i));
            originPiece.add(piece);
            originOffset.add(f.origin()[i]);
        }
    }

    String text() {
        return text.toString();
    }

    List<Group> groups() {
        return groups;
    }

    List<Annotation> annotations() {
        return annotations;
    }

    /** {@return the source location of folded position {@code i}} */
    SourceLocation location(int i) {
        if (originPiece.isEmpty()) {
            return null;
        }
        int k = Math.max(0, Math.min(i, originPiece.size() - 1));
        return originPiece.get(k).location(originOffset.get(k));
    }

    /** {@return the source text behind folded positions {@code [start, end)}} */
    String sourceText(int start, int end) {
        StringBuilder sb = new StringBuilder();
        Piece last = null;
        int lastOffset = -1;
        for (int i = start; i < end && i < originPiece.size(); i++) {
            Piece p = originPiece.get(i);
            int o = originOffset.get(i);
            if (p == last && o == lastOffset) {
                continue;
            }
            sb.appendCodePoint(p.text().codePointAt(o));
            last = p;
            lastOffset = o;
        }
        return sb.toString();
    }

    /**
     * Finds {@code pattern} (folded) in the stream at or after {@code from}: the occurrence of least
     * edit distance (extra characters in the stream, missing or changed characters of the pattern),
     * the earliest among equals.
     *
     * @return the match, or null when none costs at most {@code maxCost}
     */
    Match find(String pattern, int from, int maxCost) {
        int m = pattern.length();
        int n = text.length() - from;
        if (m == 0 || n <= 0) {
            return null;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
            prevStart[i] = from;
        }
        Match best = null;
        for (int j = 1; j <= n; j++) {
            char c = text.charAt(from + j - 1);
            cur[0] = 0;
            curStart[0] = from + j;
            for (int i = 1; i <= m; i++) {
                int sub = prev[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int del = cur[i - 1] + 1;
                int ins = prev[i] + 1;
                int v = sub;
                int s = i == 1 ? from + j - 1 : prevStart[i - 1];
                if (del < v) {
                    v = del;
                    s = curStart[i - 1];
                }
                if (ins < v) {
                    v = ins;
                    s = prevStart[i];
                }
                cur[i] = v;
                curStart[i] = s;
            }
            if (cur[m] <= maxCost && (best == null || cur[m] < best.cost())) {
                best = new Match(curStart[m], from + j, cur[m]);
                if (cur[m] == 0) {
                    break;
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            t = prevStart;
            prevStart = curStart;
            curStart = t;
        }
        return best;
    }

    static int maxCost(int length) {
        return length <= 3 ? 0 : length <= 6 ? 1 : (int) (length * 0.3);
    }
}

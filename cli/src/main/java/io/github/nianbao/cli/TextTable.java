package io.github.nianbao.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal, Chinese included.
 */
final class TextTable {

    // The last column is never padded; its rule stops at a reasonable width.
    static final int RULE_MAX = 40;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int[] maxWidths;

    TextTable(List<String> header, int... maxWidths) {
        this.header = header;
        this.maxWidths = maxWidths;
    }

    TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + header.size());
        }
        rows.add(cells);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void appendTo(StringBuilder out, String indent) {
        int columns = header.size();
        int[] widths = new int[columns];
        // Each cell is fitted and measured once; the widths then serve both alignment and padding.
        List<String[]> all = new ArrayList<>(rows.size() + 1);
        List<int[]> allWidths = new ArrayList<>(rows.size() + 1);
        String[] head = header.toArray(new String[0]);
        int[] headWidths = new int[columns];
        for (int i = 0; i < columns; i++) {
            headWidths[i] = DisplayWidth.of(head[i]);
        }
        all.add(head);
        allWidths.add(headWidths);
        for (List<String> r : rows) {
            String[] fitted = new String[columns];
            int[] w = new int[columns];
            for (int i = 0; i < columns; i++) {
                int max = i < maxWidths.length && maxWidths[i] > 0 ? maxWidths[i] : Integer.MAX_VALUE;
                String cell = r.get(i);
                int width = DisplayWidth.of(cell);
                if (width > max) {
                    cell = DisplayWidth.fit(cell, max);
                    width = DisplayWidth.of(cell);
                }
                fitted[i] = cell;
                w[i] = width;
            }
            all.add(fitted);
            allWidths.add(w);
        }
        for (int[] w : allWidths) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], w[i]);
            }
        }
        StringBuilder line = new StringBuilder();
        for (int n = 0; n < all.size(); n++) {
            String[] r = all.get(n);
            int[] w = allWidths.get(n);
            line.setLength(0);
            line.append(indent);
            for (int i = 0; i < columns; i++) {
                if (i == columns - 1) {
                    line.append(r[i]);
                } else {
                    DisplayWidth.appendPadded(line, r[i], w[i], widths[i] + 2);
                }
            }
            int end = line.length();
            while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            out.append(line, 0, end).append('\n');
            if (n == 0) {
                out.append(indent);
                for (int i = 0; i < widths.length; i++) {
                    out.append("-".repeat(i == widths.length - 1 ? Math.min(widths[i], RULE_MAX) : widths[i])).append(i == widths.length - 1 ? "" : "  ");
                }
                out.append('\n');
            }
        }
    }
}

package io.github.nianbao.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal, Chinese included.
 */
final class TextTable {

    // The last column is never padded; its rule stops at a reasonable width.
    private static final int RULE_MAX = 40;

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
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> r : rows) {
            List<String> fitted = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                int max = i < maxWidths.length && maxWidths[i] > 0 ? maxWidths[i] : Integer.MAX_VALUE;
                fitted.add(DisplayWidth.fit(r.get(i), max));
            }
            all.add(fitted);
        }
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(r.get(i)));
            }
        }
        for (int n = 0; n < all.size(); n++) {
            List<String> r = all.get(n);
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.size(); i++) {
                line.append(i == r.size() - 1 ? r.get(i) : DisplayWidth.pad(r.get(i), widths[i] + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (n == 0) {
                StringBuilder rule = new StringBuilder(indent);
                for (int i = 0; i < widths.length; i++) {
                    rule.append("-".repeat(i == widths.length - 1 ? Math.min(widths[i], RULE_MAX) : widths[i])).append(i == widths.length - 1 ? "" : "  ");
                }
                out.append(rule).append('\n');
            }
        }
    }
}

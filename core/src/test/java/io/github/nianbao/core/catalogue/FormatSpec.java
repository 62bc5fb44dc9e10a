package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the normative labels out of FORMAT.md (a byte-for-byte copy in the test resources), so the
 * catalogue is compared with the specification itself rather than with a second hand-typed list.
 */
final class FormatSpec {

    /** A row of a markdown table: its cells, trimmed. */
    record Row(List<String> cells) {
        String get(int i) {
            return cells.get(i);
        }
    }

    private final List<String> lines;

    private FormatSpec(List<String> lines) {
        this.lines = lines;
    }

    static FormatSpec load() {
        try (InputStream in = FormatSpec.class.getResourceAsStream("/spec/FORMAT.md")) {
            return new FormatSpec(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text. */
    String text() {
        return String.join("\n", lines);
    }

    /** The data rows of the first markdown table after the heading that starts with {@code heading}. */
    List<Row> tableAfter(String heading) {
        int i = 0;
        while (!lines.get(i).startsWith(heading)) {
            i++;
        }
        while (!lines.get(i).startsWith("|")) {
            i++;
        }
        i += 2; // header and separator
        List<Row> rows = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(c.trim());
            }
            rows.add(new Row(cells));
        }
        return rows;
    }

    /** The second markdown table after {@code heading}. */
    List<Row> secondTableAfter(String heading) {
        int i = 0;
        while (!lines.get(i).startsWith(heading)) {
            i++;
        }
        while (!lines.get(i).startsWith("|")) {
            i++;
        }
        while (lines.get(i).startsWith("|")) {
            i++;
        }
        return new FormatSpec(lines.subList(i, lines.size())).tableAfter("");
    }

    static List<String> dotted(String cell) {
        return List.of(cell.split(" · "));
    }

    /** Table 二 per edition: block label to (columns, rows). */
    Map<Edition, Map<String, List<List<String>>>> disclosureBlocks() {
        Map<Edition, Map<String, List<List<String>>>> out = new EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            Map<String, List<List<String>>> blocks = new LinkedHashMap<>();
            for (Row r : tableAfter("### 3." + (e == Edition.V2021 ? "1" : "2"))) {
                blocks.put(r.get(0), List.of(dotted(r.get(1)), dotted(r.get(2))));
            }
            out.put(e, blocks);
        }
        return out;
    }
}

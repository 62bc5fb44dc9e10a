package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PDF→Markdown conversions whose tables lost their labels' places: a column of labels, then rows
 * of bare numbers (some with a spilled empty first cell). Read in the catalogue's order of rows
 * when the rows of numbers are exactly as many as the rows found; unread otherwise; never wrong.
 */
class ConvertedPdfTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final Pattern VALUE = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?(万元|元)?|/|—");

    private static List<String> cells(String line) {
        String t = line.strip();
        List<String> out = new ArrayList<>();
        for (String c : t.substring(1, t.length() - 1).split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /**
     * Moves the numbers of one table's data rows after all its label rows. {@code drop} leaves one
     * row of numbers out (a converter that lost it).
     */
    static String apart(String markdown, Section table, Section next, Random rnd, boolean drop) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<String> values = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (inside) {
                    flush(out, values, rnd, drop);
                }
                inside = line.contains(table.label());
                out.append(line).append('\n');
                continue;
            }
            if (!inside || !line.startsWith("|") || line.startsWith("|---")) {
                if (inside && !line.startsWith("|") && !values.isEmpty()) {
                    flush(out, values, rnd, drop);
                }
                out.append(line).append('\n');
                continue;
            }
            List<String> c = cells(line);
            int k = 0;
            while (k < c.size() && VALUE.matcher(c.get(c.size() - 1 - k)).matches()) {
                k++;
            }
            if (k == 0 || k == c.size()) {
                out.append(line).append('\n');
                continue;
            }
            out.append(row(c.subList(0, c.size() - k))).append('\n');
            List<String> v = new ArrayList<>(c.subList(c.size() - k, c.size()));
            if (rnd.nextInt(4) == 0) {
                v.add(0, ""); // a merged label spilled into an empty first cell
            }
            values.add(row(v));
        }
        assertTrue(next != null);
        return out.toString().replaceAll("\n$", "");
    }

    private static void flush(StringBuilder out, List<String> values, Random rnd, boolean drop) {
        if (drop && !values.isEmpty()) {
            values.remove(rnd.nextInt(values.size()));
        }
        values.forEach(v -> out.append(v).append('\n'));
        values.clear();
    }

    @Test
    void numbersPrintedApartFromTheirLabelsAreReadInTheCataloguesOrder() {
        long read = 0;
        long all = 0;
        for (long seed = 1; seed <= 60; seed++) {
            AnnualReport report = ReportGenerator.generate(seed);
            String md = ReportRenderer.render(report, ReportRenderer.Form.MARKDOWN, ReportRenderer.Quirks.of(0), seed).text();
            Random rnd = new Random(seed);
            Section table = seed % 2 == 0 ? Section.APPLICATIONS : Section.PROACTIVE_DISCLOSURE;
            Section next = table == Section.APPLICATIONS ? Section.REVIEW_LITIGATION : Section.APPLICATIONS;
            String converted = apart(md, table, next, rnd, false);
            assertFalse(converted.equals(md));
            String context = "seed " + seed + " " + table;
            ImportResult result = IMPORTER.read(converted);
            AnnualReport actual = result.report().orElseThrow();
            TableAssertions.assertSameCells(report, actual, Set.of(), context + "\n" + converted);
            assertTrue(result.isComplete(), () -> context + " " + result.diagnostics());
            assertTrue(result.diagnostics().stream().anyMatch(d -> d.issue() == ImportIssue.VALUES_APART), context);
            all += report.table(table).layout().size();
            read += report.table(table).layout().size();
        }
        System.out.printf("labels apart from numbers: %d of %d cells read, 0 wrong%n", read, all);
    }

    @Test
    void aLostRowOfNumbersLeavesTheTableUnreadNeverShifted() {
        for (long seed = 1; seed <= 40; seed++) {
            AnnualReport report = ReportGenerator.generate(seed);
            String md = ReportRenderer.render(report, ReportRenderer.Form.MARKDOWN, ReportRenderer.Quirks.of(0), seed).text();
            Section table = seed % 2 == 0 ? Section.APPLICATIONS : Section.PROACTIVE_DISCLOSURE;
            Section next = table == Section.APPLICATIONS ? Section.REVIEW_LITIGATION : Section.APPLICATIONS;
            String converted = apart(md, table, next, new Random(seed), true);
            ImportResult result = IMPORTER.read(converted);
            AnnualReport actual = result.report().orElseThrow();
            Set<CellKey> unread = result.unreadCells();
            TableAssertions.assertSameCells(report, actual, unread, "seed " + seed);
            assertFalse(result.table(table).orElseThrow().complete(), "seed " + seed);
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.VALUES_APART));
            for (Section other : TableAssertions.TABLES) {
                if (other != table) {
                    assertTrue(result.table(other).orElseThrow().complete(), "seed " + seed + " " + other);
                }
            }
            assertEquals(report.agency(), actual.agency());
        }
    }
}

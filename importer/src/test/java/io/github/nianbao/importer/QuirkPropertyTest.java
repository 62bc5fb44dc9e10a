package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The acceptance of issue 13 §2: valid reports of samples' generator, 2,000 of each edition, each
 * rendered in one quirk of REAL-WORLD.md, imported, and compared cell by cell with the generated
 * report: no imported cell ever differs from it; a cell is either right or unknown. The unknown
 * cells are exactly {@link ImportResult#unreadCells()}. The fraction of cells read is printed per
 * quirk (one line each).
 */
class QuirkPropertyTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final io.github.nianbao.samples.generator.ReportGenerator VALID =
            io.github.nianbao.samples.generator.ReportGenerator.standard();
    private static final int PER_EDITION = 2_000;

    /** The quirks, each a way of printing a report, with the report the print stands for. */
    enum Quirk {
        /** Tab-separated page text, whitespace runs varying, merged label cells spilled (8-value rows). */
        PAGE_TEXT_SPILLED(ReportRenderer.Form.PAGE_TEXT, 1),
        /** pdftotext -layout: labels wrapped over lines, the vertical 三、本年度办理结果, page breaks and numbers. */
        LAYOUT_LABELS_APART(ReportRenderer.Form.LAYOUT_TEXT, 2 | 4),
        /** Laid out with zeros printed blank and "/" or "—" for not applicable. */
        LAYOUT_BLANKS(ReportRenderer.Form.LAYOUT_TEXT, 8),
        /** Cells glued: rows of table 三 and a block of table 四 printed without separators. */
        PAGE_TEXT_GLUED(ReportRenderer.Form.PAGE_TEXT, 16),
        /** Glued, laid out. */
        LAYOUT_GLUED(ReportRenderer.Form.LAYOUT_TEXT, 16 | 1),
        /** Markdown of 7 to 10 cells a row, spilled cells, separator rows inside, full-width digits, traditional labels. */
        MARKDOWN(ReportRenderer.Form.MARKDOWN, 1 | 4 | 32 | 64),
        /** Markdown with blanks and glued cells. */
        MARKDOWN_GLUED(ReportRenderer.Form.MARKDOWN, 8 | 16),
        /** HTML with rowspan/colspan, {@code &nbsp;}, wrapped labels ({@code <br>}), chrome and annotations. */
        HTML_SPANS(ReportRenderer.Form.HTML, 1 | 2 | 8 | 128),
        /** HTML with glued cells, full-width digits and traditional labels. */
        HTML_GLUED(ReportRenderer.Form.HTML, 16 | 32 | 64),
        /** Every quirk at once, in page text. */
        PAGE_TEXT_ALL(ReportRenderer.Form.PAGE_TEXT, ReportRenderer.Quirks.ALL),
        /** Table 四 flattened into one run of its 15 numbers. */
        TABLE_FOUR_ONE_RUN(ReportRenderer.Form.PAGE_TEXT, 0),
        /** Table 二's rows glued, signs inside the runs (行政处罚1200-5300) and money (政府集中采购4212345678.90元). */
        SIGNS_AND_MONEY_GLUED(ReportRenderer.Form.PAGE_TEXT, 0),
        /** A whole report on one line: chrome, headings inside the line, every table a run of labels and digits. */
        ONE_LINE(ReportRenderer.Form.PAGE_TEXT, 0);

        final ReportRenderer.Form form;
        final int bits;

        Quirk(ReportRenderer.Form form, int bits) {
            this.form = form;
            this.bits = bits;
        }

        // Printed without separators, a blank leaves no trace: those prints stand for the report with its blanks as 0.
        boolean glues() {
            return this == TABLE_FOUR_ONE_RUN || this == SIGNS_AND_MONEY_GLUED || this == ONE_LINE;
        }
    }

    record Printed(String text, AnnualReport expected) {
    }

    static Printed print(AnnualReport generated, Quirk quirk, long seed) {
        AnnualReport report = quirk.glues() ? OneLineTextTest.zerosForBlanks(generated) : generated;
        if (quirk == Quirk.ONE_LINE) {
            return new Printed(OneLineTextTest.oneLine(report, seed, seed % 2 == 0), report);
        }
        ReportRenderer.Rendered r = ReportRenderer.render(report, quirk.form, ReportRenderer.Quirks.of(quirk.bits), seed);
        String text = r.text();
        if (quirk == Quirk.TABLE_FOUR_ONE_RUN) {
            text = glueLines(text, line -> line.split("\t", -1).length >= 15 && line.matches("[\\d\\t ]+"));
        } else if (quirk == Quirk.SIGNS_AND_MONEY_GLUED) {
            List<String> labels = new ArrayList<>();
            for (DisclosureRow row : DisclosureRow.values()) {
                labels.add(row.label() + "\t");
            }
            text = glueLines(text, line -> labels.stream().anyMatch(line::startsWith));
        }
        return new Printed(text, r.expected());
    }

    // The lines chosen with their tabs removed: the label and the values run together.
    private static String glueLines(String text, java.util.function.Predicate<String> which) {
        StringBuilder sb = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            sb.append(which.test(line) ? line.replace("\t", "").replace(" ", "") : line).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    @Test
    void noImportedCellEverDiffersFromTheGeneratedOne() {
        Map<Quirk, long[]> counts = new EnumMap<>(Quirk.class); // reports, cells read, cells
        List<String> wrong = new ArrayList<>();
        int quirks = Quirk.values().length;
        int n = 0;
        for (Edition edition : Edition.values()) {
            for (int i = 0; i < PER_EDITION; i++) {
                long seed = edition.ordinal() * 1_000_000L + i;
                Quirk quirk = Quirk.values()[i % quirks];
                AnnualReport generated = VALID.valid(io.github.nianbao.samples.generator.ReportGenerator.random(seed), edition);
                Printed p = print(generated, quirk, seed);
                ImportResult result = IMPORTER.read(p.text());
                long[] c = counts.computeIfAbsent(quirk, q -> new long[3]);
                c[0]++;
                n++;
                int cells = 0;
                for (Section s : TableAssertions.TABLES) {
                    cells += p.expected().table(s).layout().size();
                }
                c[2] += cells;
                if (result.report().isEmpty()) {
                    continue; // nothing read, nothing wrong
                }
                AnnualReport actual = result.report().get();
                Set<CellKey> unknown = new LinkedHashSet<>();
                for (Section s : TableAssertions.TABLES) {
                    if (actual.table(s).layout() != p.expected().table(s).layout()) {
                        wrong.add(quirk + " seed " + seed + ": table " + s.key() + " read in the form of " + actual.table(s).layout().edition());
                        continue;
                    }
                    for (CellKey k : actual.table(s).layout().cells()) {
                        Cell got = actual.cell(k);
                        if (got.isUnknown()) {
                            unknown.add(k);
                        } else if (!got.equals(p.expected().cell(k))) {
                            wrong.add(quirk + " seed " + seed + ": " + k + " read " + got + " for " + p.expected().cell(k));
                        } else {
                            c[1]++;
                        }
                    }
                }
                assertEquals(unknown, result.unreadCells(), () -> quirk + " seed " + seed + ": unknown cells are the unread cells");
            }
        }
        for (Map.Entry<Quirk, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            System.out.printf("quirk %-22s %4d reports: %6.2f %% of cells read, 0 wrong%n", e.getKey(), c[0], 100.0 * c[1] / c[2]);
        }
        System.out.println("quirks: " + n + " reports (" + PER_EDITION + " per edition), " + wrong.size() + " wrong cells");
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " wrong cells:\n  " + String.join("\n  ", wrong.subList(0, Math.min(40, wrong.size()))));
        }
    }
}

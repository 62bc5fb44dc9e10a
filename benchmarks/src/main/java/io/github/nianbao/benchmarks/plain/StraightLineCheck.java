package io.github.nianbao.benchmarks.plain;

import static io.github.nianbao.benchmarks.plain.PlainReport.isNumber;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The practical floor: the relations of {@link BaselineRule} written out by hand over a
 * {@link PlainReport}, as a team would code them for speed. Positions are constants (taken once
 * from the catalogue's layouts, which is what hard-coded indices would be, without repeating a
 * label); blank or not-applicable terms count as 0 and a total that holds no number is not assessed,
 * as FORMAT.md §7 says. Plain {@code long} arithmetic: unlike the rules engine, an overflowing sum
 * goes unnoticed. Stateless and thread-safe; the sink is the caller's.
 */
public final class StraightLineCheck {

    /** Table numbers recorded with each finding. */
    static final int REPORT = 0;
    static final int T2 = 2;
    static final int T3 = 3;
    static final int T4 = 4;

    private static final int COLUMNS = Applicant.values().length;
    private static final int TOTAL_COLUMN = Applicant.TOTAL.ordinal();
    private static final int T4_BLOCK = ReviewColumn.values().length;
    private static final int T4_TOTAL = ReviewColumn.TOTAL.ordinal();

    // Table 二, per edition: the signed cells, the (上一年项目数量, 本年增/减) pairs and the
    // (本年新公开数量, 对外公开总数量) pairs, as positions in printed order.
    private static final boolean[] SIGNED_2019 = signed(Edition.V2019);
    private static final boolean[] SIGNED_2021 = signed(Edition.V2021);
    private static final int AMOUNT_2019 = amount(Edition.V2019);
    private static final int AMOUNT_2021 = amount(Edition.V2021);
    private static final int[] ITEMS_2019 = pairs(DisclosureColumn.PREVIOUS_YEAR_ITEMS, DisclosureColumn.CHANGE);
    private static final int[] PUBLISHED_2019 = pairs(DisclosureColumn.NEWLY_PUBLISHED, DisclosureColumn.TOTAL_PUBLISHED);

    static {
        // The row arithmetic below relies on table 三's printed order: 一, 二, the result rows, （七）总计, 四.
        for (Edition form : Edition.values()) {
            List<CatalogueEntry> rows = Layout.of(Section.APPLICATIONS, form).rows();
            int n = rows.size();
            if (rows.get(0) != ApplicationRow.NEWLY_RECEIVED || rows.get(1) != ApplicationRow.CARRIED_OVER
                    || rows.get(n - 2) != ApplicationRow.TOTAL_HANDLED || rows.get(n - 1) != ApplicationRow.CARRIED_FORWARD) {
                throw new IllegalStateException("table 三 of " + form + " is not in the order this check assumes");
            }
        }
    }

    private StraightLineCheck() {
    }

    /**
     * Checks a report.
     *
     * @param r the report
     * @param currentYear the current calendar year, for YEAR-RANGE
     * @param sink receives the findings; cleared first
     * @return the number of findings
     */
    public static int check(PlainReport r, int currentYear, FindingSink sink) {
        sink.clear();
        if (r.v2019 != (r.reportYear < Edition.V2021.firstReportYear())) {
            sink.add(BaselineRule.EDITION_YEAR, REPORT, 0);
        }
        if (r.reportYear < Edition.V2019.firstReportYear() || r.reportYear > currentYear) {
            sink.add(BaselineRule.YEAR_RANGE, REPORT, 0);
        }
        disclosure(r, sink);
        applications(r.applications, sink);
        review(r.review, sink);
        return sink.size();
    }

    private static void disclosure(PlainReport r, FindingSink sink) {
        long[] d = r.disclosure;
        boolean[] signed = r.v2019 ? SIGNED_2019 : SIGNED_2021;
        for (int i = 0; i < d.length; i++) {
            if (!signed[i] && isNumber(d[i]) && d[i] < 0) {
                sink.add(BaselineRule.NON_NEGATIVE, T2, i);
            }
        }
        if (r.amount != null) {
            int at = r.v2019 ? AMOUNT_2019 : AMOUNT_2021;
            if (r.amount.signum() < 0) {
                sink.add(BaselineRule.NON_NEGATIVE, T2, at);
            }
            if (r.amountInWanYuan && r.amount.scale() > 6) {
                sink.add(BaselineRule.FEE_PRECISION, T2, at);
            }
        }
        if (r.v2019) {
            for (int p = 0; p < ITEMS_2019.length; p += 2) {
                long items = d[ITEMS_2019[p]];
                long change = d[ITEMS_2019[p + 1]];
                if (isNumber(items) && isNumber(change) && items + change < 0) {
                    sink.add(BaselineRule.T2_2019_ITEMS, T2, ITEMS_2019[p + 1]);
                }
            }
            for (int p = 0; p < PUBLISHED_2019.length; p += 2) {
                long published = d[PUBLISHED_2019[p]];
                long total = d[PUBLISHED_2019[p + 1]];
                if (isNumber(published) && isNumber(total) && published > total) {
                    sink.add(BaselineRule.T2_2019_PUBLISHED, T2, PUBLISHED_2019[p]);
                }
            }
        }
    }

    private static void applications(long[] a, FindingSink sink) {
        int rows = a.length / COLUMNS;
        int totalRow = (rows - 2) * COLUMNS;
        int forwardRow = (rows - 1) * COLUMNS;
        for (int i = 0; i < a.length; i++) {
            long v = a[i];
            if (!isNumber(v)) {
                sink.add(BaselineRule.MISSING_CELL, T3, i);
            } else if (v < 0) {
                sink.add(BaselineRule.NON_NEGATIVE, T3, i);
            }
        }
        for (int c = 0; c < COLUMNS; c++) {
            long total = a[totalRow + c];
            if (!isNumber(total)) {
                continue;
            }
            if (n(a[c]) + n(a[COLUMNS + c]) - n(a[forwardRow + c]) != total) {
                sink.add(BaselineRule.T3_LEDGER, T3, totalRow + c);
            }
            long handled = 0;
            for (int row = 2 * COLUMNS + c; row < totalRow; row += COLUMNS) {
                handled += n(a[row]);
            }
            if (handled != total) {
                sink.add(BaselineRule.T3_OUTCOMES, T3, totalRow + c);
            }
        }
        for (int row = 0; row < a.length; row += COLUMNS) {
            long total = a[row + TOTAL_COLUMN];
            if (!isNumber(total)) {
                continue;
            }
            long sum = 0;
            for (int c = 0; c < TOTAL_COLUMN; c++) {
                sum += n(a[row + c]);
            }
            if (sum != total) {
                sink.add(BaselineRule.T3_ROW_TOTAL, T3, row + TOTAL_COLUMN);
            }
        }
    }

    private static void review(long[] t, FindingSink sink) {
        for (int i = 0; i < t.length; i++) {
            long v = t[i];
            if (!isNumber(v)) {
                sink.add(BaselineRule.MISSING_CELL, T4, i);
            } else if (v < 0) {
                sink.add(BaselineRule.NON_NEGATIVE, T4, i);
            }
        }
        for (int block = 0; block < t.length; block += T4_BLOCK) {
            long total = t[block + T4_TOTAL];
            if (isNumber(total) && n(t[block]) + n(t[block + 1]) + n(t[block + 2]) + n(t[block + 3]) != total) {
                sink.add(BaselineRule.T4_TOTAL, T4, block + T4_TOTAL);
            }
        }
    }

    // A term that holds no number counts as 0.
    private static long n(long cell) {
        return isNumber(cell) ? cell : 0;
    }

    private static boolean[] signed(Edition edition) {
        List<CellKey> cells = Layout.of(Section.PROACTIVE_DISCLOSURE, edition).cells();
        boolean[] signed = new boolean[cells.size()];
        for (CellKey k : cells) {
            signed[k.index()] = k.kind() == CellKind.SIGNED_COUNT;
        }
        return signed;
    }

    // Each edition's table 二 has one money cell.
    private static int amount(Edition edition) {
        for (CellKey k : Layout.of(Section.PROACTIVE_DISCLOSURE, edition).cells()) {
            if (k.kind() == CellKind.AMOUNT) {
                return k.index();
            }
        }
        throw new IllegalStateException("table 二 of " + edition + " has no money cell");
    }

    private static int[] pairs(DisclosureColumn first, DisclosureColumn second) {
        Layout layout = Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2019);
        List<Integer> positions = new ArrayList<>();
        for (CatalogueEntry row : layout.rows()) {
            var a = layout.find(row, first);
            var b = layout.find(row, second);
            if (a.isPresent() && b.isPresent()) {
                positions.add(a.get().index());
                positions.add(b.get().index());
            }
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }
}

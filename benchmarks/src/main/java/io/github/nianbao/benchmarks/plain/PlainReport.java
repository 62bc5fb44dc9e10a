package io.github.nianbao.benchmarks.plain;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.Table;
import java.math.BigDecimal;

/**
 * A report as a hand-written check would hold it: plain {@code long} arrays in the printed order of
 * each table, with two sentinel values for the cells that hold no number. Mutable, no checks.
 * {@link #of(AnnualReport)} converts a model report, outside any measured code.
 */
public final class PlainReport {

    /** A blank cell. */
    public static final long BLANK = Long.MIN_VALUE;
    /** A not-applicable cell. */
    public static final long NOT_APPLICABLE = Long.MIN_VALUE + 1;

    /** The report year. */
    public int reportYear;
    /** Whether the report follows V2019 (else V2021). */
    public boolean v2019;
    /** Whether table 三 has the V2019 form (23 rows); a V2021 report may, as a hybrid. */
    public boolean applicationsV2019;
    /** Table 二's cells in printed order; the money cell holds {@link #BLANK} here, its value is {@link #amount}. */
    public long[] disclosure;
    /** Table 二's money cell (V2021 本年收费金额, V2019 采购总金额), or {@code null} when it holds no number. */
    public BigDecimal amount;
    /** Whether {@link #amount} is in 万元. */
    public boolean amountInWanYuan;
    /** Table 三's cells, rows of seven in printed order. */
    public long[] applications;
    /** Table 四's fifteen cells in printed order. */
    public long[] review;

    /** Creates an empty mirror. */
    public PlainReport() {
    }

    /**
     * Tells whether a cell holds a number.
     *
     * @param cell a cell value
     * @return whether it is neither {@link #BLANK} nor {@link #NOT_APPLICABLE}
     */
    public static boolean isNumber(long cell) {
        return cell > NOT_APPLICABLE;
    }

    /**
     * Converts a report.
     *
     * @param report the report
     * @return its plain mirror
     */
    public static PlainReport of(AnnualReport report) {
        PlainReport p = new PlainReport();
        p.reportYear = report.reportYear();
        p.v2019 = report.edition() == Edition.V2019;
        p.applicationsV2019 = report.applications().edition() == Edition.V2019;
        p.disclosure = counts(report.proactiveDisclosure());
        for (Cell c : report.proactiveDisclosure().cells()) {
            if (c instanceof Amount a && a.isNumber()) {
                p.amount = a.value();
                p.amountInWanYuan = a.unit() == MoneyUnit.WAN_YUAN;
            }
        }
        p.applications = counts(report.applications());
        p.review = counts(report.reviewLitigation());
        return p;
    }

    private static long[] counts(Table table) {
        long[] values = new long[table.layout().size()];
        for (int i = 0; i < values.length; i++) {
            Cell c = table.cellAt(i);
            values[i] = c.isBlank() || c instanceof Amount ? BLANK
                    : c.isNotApplicable() ? NOT_APPLICABLE : ((Count) c).value();
        }
        return values;
    }
}

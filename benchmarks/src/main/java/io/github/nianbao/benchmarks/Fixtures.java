package io.github.nianbao.benchmarks;

import io.github.nianbao.benchmarks.plain.FindingSink;
import io.github.nianbao.benchmarks.plain.PlainReport;
import io.github.nianbao.benchmarks.plain.StraightLineCheck;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.samples.generator.ReportGenerator;
import java.time.Year;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The reports the benchmarks measure, the same in every run: a clean valid report per edition, and
 * the same report with cells changed until it has about {@link #TARGET_FINDINGS} findings.
 */
public final class Fixtures {

    /** The number of findings the broken report has at least. */
    public static final int TARGET_FINDINGS = 20;
    /** The current year, for the YEAR-RANGE check. */
    public static final int CURRENT_YEAR = Year.now().getValue();

    private static final long MUTATION_SEED = 8;

    private Fixtures() {
    }

    /** What a benchmark report is like. */
    public enum Kind {
        /** Valid, with no finding at all. */
        VALID,
        /** About {@link #TARGET_FINDINGS} findings, made by changing cells of the valid report. */
        FINDINGS
    }

    /**
     * Returns a benchmark report.
     *
     * @param edition the edition
     * @param kind valid or with findings
     * @return the report
     */
    public static AnnualReport report(Edition edition, Kind kind) {
        return kind == Kind.VALID ? valid(edition) : withFindings(edition);
    }

    /**
     * Returns the first generated report of the edition (seeds 1, 2, …) with no finding at all: the
     * generator prints some zeros as blanks, which are findings of their own.
     *
     * @param edition the edition
     * @return the report
     */
    public static AnnualReport valid(Edition edition) {
        FindingSink sink = new FindingSink();
        for (long seed = 1; seed < 10_000; seed++) {
            AnnualReport r = ReportGenerator.standard().valid(ReportGenerator.random(seed), edition);
            if (StraightLineCheck.check(PlainReport.of(r), CURRENT_YEAR, sink) == 0) {
                return r;
            }
        }
        throw new IllegalStateException("no clean " + edition + " report in 10,000 seeds");
    }

    /**
     * Returns the valid report with cells changed until the straight-line check counts at least
     * {@link #TARGET_FINDINGS} findings: mostly table 三 (breaking row totals, the ledger and the
     * outcomes), some table 四 totals, some negative table 二 counts.
     *
     * @param edition the edition
     * @return the report
     */
    public static AnnualReport withFindings(Edition edition) {
        AnnualReport report = valid(edition);
        RandomGenerator random = ReportGenerator.random(MUTATION_SEED);
        FindingSink sink = new FindingSink();
        while (StraightLineCheck.check(PlainReport.of(report), CURRENT_YEAR, sink) < TARGET_FINDINGS) {
            int dice = random.nextInt(10);
            Section section = dice < 7 ? Section.APPLICATIONS : dice < 9 ? Section.REVIEW_LITIGATION : Section.PROACTIVE_DISCLOSURE;
            Table table = report.table(section);
            List<CellKey> keys = table.layout().cells();
            CellKey key = keys.get(random.nextInt(keys.size()));
            if (key.kind() != CellKind.COUNT || !table.cell(key).isNumber()) {
                continue;
            }
            long value = ((Count) table.cell(key)).value();
            // Table 二 has no sums here, so it gets a negative count; elsewhere a sum breaks.
            Count changed = Count.of(section == Section.PROACTIVE_DISCLOSURE ? -1 - value : value + 1 + random.nextInt(5));
            report = switch (section) {
                case APPLICATIONS -> report.withApplications((ApplicationTable) table.withCell(key, changed));
                case REVIEW_LITIGATION -> report.withReviewLitigation((ReviewLitigationTable) table.withCell(key, changed));
                default -> report.withProactiveDisclosure((ProactiveDisclosure) table.withCell(key, changed));
            };
        }
        return report;
    }
}

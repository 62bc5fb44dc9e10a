package io.github.nianbao.benchmarks;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import io.github.nianbao.validation.localisation.ErrorLocator;
import io.github.nianbao.validation.localisation.LikelyCause;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the likely cause (issue 16 §1) per broken report: {@link ErrorLocator#locate} alone,
 * and validation with and without {@code likelyCauses(true)}. Target: at most 1 ms per broken report.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LikelyCauseBenchmark {

    /** The edition of the report. */
    @Param({"V2019", "V2021"})
    public Edition edition;

    /** What is broken. */
    @Param({"TYPO", "SWAP", "STALE_TOTALS", "FINDINGS"})
    public Broken broken;

    /** The faults benchmarked. */
    public enum Broken {
        /** One cell of table 三 printed with two digits transposed (or one digit off): one cell, one explanation. */
        TYPO,
        /** Two cells of a table 三 row exchanged: two cells, many explanations of that size. */
        SWAP,
        /** Two table 四 totals left at 0, as 洪泽区 2023 printed them: two groups of one cell. */
        STALE_TOTALS,
        /** The benchmarks' report with about 20 findings (many cells changed; the search may be cut). */
        FINDINGS
    }

    private AnnualReport report;
    private ErrorLocator locator;
    private ReportValidator plain;
    private ReportValidator explaining;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public LikelyCauseBenchmark() {
    }

    /** Builds the broken report and checks that it has something to explain. */
    @Setup
    public void setUp() {
        AnnualReport valid = Fixtures.valid(edition);
        Layout t3 = valid.applications().layout();
        report = switch (broken) {
            case TYPO -> {
                CellKey k = t3.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON);
                long v = ((Count) valid.cell(k)).valueOr(0);
                yield set(valid, k, Count.of(v >= 10 ? Long.parseLong(new StringBuilder(Long.toString(v)).reverse().toString()) + 10 : v + 10));
            }
            case SWAP -> {
                CellKey a = t3.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON);
                CellKey b = t3.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.COMMERCIAL_ENTERPRISE);
                Count va = (Count) valid.cell(a);
                Count vb = (Count) valid.cell(b);
                yield set(set(valid, a, vb.isNumber() ? vb : Count.of(0)), b, va);
            }
            case STALE_TOTALS -> {
                Layout t4 = valid.reviewLitigation().layout();
                AnnualReport r = set(valid, t4.cell(ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), Count.of(0));
                CellKey upheld = t4.cell(ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD);
                yield set(r, upheld, Count.of(((Count) r.cell(upheld)).valueOr(0) + 3));
            }
            case FINDINGS -> Fixtures.withFindings(edition);
        };
        locator = ErrorLocator.standard();
        plain = ReportValidator.standard();
        explaining = ReportValidator.builder().likelyCauses(true).build();
        List<LikelyCause> causes = locator.locate(report);
        if (causes.isEmpty()) {
            throw new IllegalStateException("nothing broken in " + edition + " " + broken);
        }
        System.out.println("\n" + edition + " " + broken + ": " + causes);
    }

    private static AnnualReport set(AnnualReport r, CellKey key, Count value) {
        return key.table() == Section.APPLICATIONS
                ? r.withApplications((ApplicationTable) r.applications().withCell(key, value))
                : r.withReviewLitigation((ReviewLitigationTable) r.reviewLitigation().withCell(key, value));
    }

    /** {@return the likely causes alone} */
    @Benchmark
    public List<LikelyCause> locate() {
        return locator.locate(report);
    }

    /** {@return validation with the likely causes} */
    @Benchmark
    public ValidationResult validateWithLikelyCauses() {
        return explaining.validate(report);
    }

    /** {@return plain validation, the reference} */
    @Benchmark
    public ValidationResult validatePlain() {
        return plain.validate(report);
    }
}

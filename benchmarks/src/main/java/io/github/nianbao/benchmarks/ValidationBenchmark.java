package io.github.nianbao.benchmarks;

import io.github.nianbao.benchmarks.bean.BeanValidationBaseline;
import io.github.nianbao.benchmarks.bean.ReportBean;
import io.github.nianbao.benchmarks.plain.FindingSink;
import io.github.nianbao.benchmarks.plain.PlainReport;
import io.github.nianbao.benchmarks.plain.StraightLineCheck;
import io.github.nianbao.benchmarks.pojo.PojoJson;
import io.github.nianbao.benchmarks.report.ComparedWith;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.benchmarks.plain.BaselineRule;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validation of one full report, nianbao next to its two baselines in the same run: the
 * hand-written straight-line check (the floor) and Hibernate Validator on a plain bean. Each
 * representation is built from the same report in setup; only the check is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    /** The edition of the report. */
    @Param({"V2019", "V2021"})
    public Edition edition;

    /** A clean report, or one with about 20 findings. */
    @Param({"VALID", "FINDINGS"})
    public Fixtures.Kind kind;

    private AnnualReport report;
    private PlainReport plain;
    private FindingSink sink;
    private BeanValidationBaseline beanValidation;
    private ReportBean bean;
    private ReportValidator validator;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public ValidationBenchmark() {
    }

    /**
     * Builds the report and its mirrors, and checks that both baselines and the rules engine see the
     * same findings (the engine's in the baselines' terms: {@link EngineAgreement}).
     */
    @Setup
    public void setUp() {
        report = Fixtures.report(edition, kind);
        plain = PlainReport.of(report);
        sink = new FindingSink();
        beanValidation = new BeanValidationBaseline();
        bean = beanValidation.mirror(report, new PojoJson());
        int floor = StraightLineCheck.check(plain, Fixtures.CURRENT_YEAR, sink);
        int violations = beanValidation.validate(bean).size();
        if (floor != violations) {
            throw new IllegalStateException("the baselines disagree on " + edition + " " + kind
                    + ": straight-line " + floor + " findings, Bean Validation " + violations);
        }
        validator = ReportValidator.standard();
        Map<BaselineRule, Integer> expected = EngineAgreement.floor(sink);
        Map<BaselineRule, Integer> engine = EngineAgreement.engine(validator.validate(report));
        if (!expected.equals(engine)) {
            throw new IllegalStateException("the rules engine disagrees with the baselines on " + edition + " " + kind
                    + ": baselines " + expected + ", engine " + engine);
        }
    }

    /** Closes the validator factory. */
    @TearDown
    public void tearDown() {
        beanValidation.close();
    }

    /**
     * The floor: relations written out by hand over {@code long} arrays.
     *
     * @return the number of findings
     */
    @Benchmark
    public int baselineStraightLine() {
        return StraightLineCheck.check(plain, Fixtures.CURRENT_YEAR, sink);
    }

    /**
     * Hibernate Validator on a plain bean, messages interpolated (it always does).
     *
     * @return the violations
     */
    @Benchmark
    @ComparedWith("baselineStraightLine")
    public Set<? extends ConstraintViolation<?>> baselineBeanValidation() {
        return beanValidation.validate(bean);
    }

    /**
     * The rules engine: every finding with its cells and message arguments, no message text.
     *
     * @return the result
     */
    @Benchmark
    @ComparedWith(value = "baselineStraightLine", atMost = 3)
    @ComparedWith(value = "baselineBeanValidation", atMost = 0.1)
    public ValidationResult nianbaoValidate() {
        return validator.validate(report);
    }

    /**
     * The rules engine with every finding's message formatted in Chinese, as Hibernate Validator
     * always does.
     *
     * @param bh receives the messages
     */
    @Benchmark
    @ComparedWith(value = "baselineStraightLine", atMost = 3)
    @ComparedWith(value = "baselineBeanValidation", atMost = 0.1)
    public void nianbaoValidateFormatted(Blackhole bh) {
        for (Finding f : validator.validate(report).findings()) {
            bh.consume(f.message(Locale.SIMPLIFIED_CHINESE));
        }
    }
}

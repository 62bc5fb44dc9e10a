package io.github.nianbao.samples.quicktheories;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.samples.generator.InvalidReport;
import io.github.nianbao.samples.generator.Mutation;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.samples.generator.ReportPair;
import io.github.nianbao.serialization.ReportJson;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories sources of generated reports: valid reports of either edition, broken reports that
 * know their findings, and pairs of consecutive years. Each wraps {@link ReportGenerator}, drawing
 * every random number from QuickTheories, so that a failing case shrinks: QuickTheories shrinks the
 * numbers drawn toward 0, and the generator turns smaller numbers into smaller counts, fewer
 * applicants and the first choices. Failing reports are shown as their canonical JSON.
 *
 * <pre>{@code
 * qt().forAll(ReportSources.invalidReports(Edition.V2021))
 *     .check(c -> c.matches(c.validate(ReportValidator.standard())));
 * }</pre>
 */
public final class ReportSources {

    private static final ReportJson JSON = ReportJson.create();

    private ReportSources() {
    }

    /**
     * Adapts a QuickTheories randomness source to a {@link RandomGenerator}: the way to wrap any
     * generator of this library, or your own, that takes a random source.
     *
     * @param in the randomness source QuickTheories passes to {@link Gen#generate}
     * @return a random generator that draws every number from {@code in}
     */
    public static RandomGenerator randomGenerator(RandomnessSource in) {
        Objects.requireNonNull(in, "in");
        return () -> in.next(Constraint.none());
    }

    /**
     * Wraps a plain function of a random source as a QuickTheories source.
     *
     * @param <T> what the function generates
     * @param generator the function
     * @return the source
     */
    public static <T> Gen<T> of(Function<RandomGenerator, T> generator) {
        Objects.requireNonNull(generator, "generator");
        return in -> generator.apply(randomGenerator(in));
    }

    /** {@return valid reports of either edition, as {@link ReportGenerator#valid(RandomGenerator)}} */
    public static Gen<AnnualReport> reports() {
        return of(ReportGenerator.standard()::valid).describedAs(ReportSources::json);
    }

    /**
     * Returns valid reports of one edition.
     *
     * @param edition the edition
     * @return the source
     */
    public static Gen<AnnualReport> reports(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return of(random -> ReportGenerator.standard().valid(random, edition)).describedAs(ReportSources::json);
    }

    /** {@return broken reports of either edition, each with a random mutation and its expected findings} */
    public static Gen<InvalidReport> invalidReports() {
        return of(ReportGenerator.standard()::invalid).describedAs(ReportSources::describe);
    }

    /**
     * Returns broken reports of one edition, with every mutation that applies to it.
     *
     * @param edition the edition of the (current) report
     * @return the source
     */
    public static Gen<InvalidReport> invalidReports(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return of(random -> ReportGenerator.standard().invalid(random, edition)).describedAs(ReportSources::describe);
    }

    /**
     * Returns broken reports of one edition and one mutation.
     *
     * @param edition the edition of the (current) report
     * @param mutation the mutation, which must apply to the edition
     * @return the source
     * @throws IllegalArgumentException if the mutation does not apply to the edition
     */
    public static Gen<InvalidReport> invalidReports(Edition edition, Mutation mutation) {
        if (!mutation.appliesTo(edition)) {
            throw new IllegalArgumentException(mutation + " does not apply to " + edition + " reports");
        }
        return of(random -> ReportGenerator.standard().invalid(random, edition, mutation)).describedAs(ReportSources::describe);
    }

    /**
     * Returns consistent reports of one agency for two consecutive years.
     *
     * @param currentEdition the edition of the current year's report
     * @return the source
     */
    public static Gen<ReportPair> pairs(Edition currentEdition) {
        Objects.requireNonNull(currentEdition, "currentEdition");
        return of(random -> ReportGenerator.standard().pair(random, currentEdition))
                .describedAs(p -> "previous " + json(p.previous()) + "\ncurrent " + json(p.current()));
    }

    /**
     * Returns pairs of reports broken by a cross-year mutation.
     *
     * @param currentEdition the edition of the current year's report
     * @return the source
     */
    public static Gen<InvalidReport> invalidPairs(Edition currentEdition) {
        Objects.requireNonNull(currentEdition, "currentEdition");
        return of(random -> ReportGenerator.standard().invalidPair(random, currentEdition)).describedAs(ReportSources::describe);
    }

    private static String json(AnnualReport report) {
        return JSON.encode(report);
    }

    private static String describe(InvalidReport c) {
        StringBuilder sb = new StringBuilder(c.toString()).append("\nreport ").append(json(c.report()));
        c.previousYear().ifPresent(p -> sb.append("\nprevious ").append(json(p)));
        return sb.toString();
    }
}

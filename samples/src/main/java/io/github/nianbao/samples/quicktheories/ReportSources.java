package io.github.nianbao.samples.quicktheories;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.samples.generator.InvalidReport;
import io.github.nianbao.samples.generator.Mutation;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.samples.generator.ReportPair;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * applicants and the first choices.
 *
 * <p>A falsifying value is described in one line — edition, year, agency, the mutation and its
 * change if any, a few figures of tables 三 and 四 — and the path of a file holding the report's
 * full canonical JSON, so that a failing property prints a few hundred bytes per value, not the
 * 170 KB of a large report. The files are written when QuickTheories describes a value, once per
 * distinct report, under {@code java.io.tmpdir}{@code /nianbao-samples/}, named by a hash of the
 * JSON; {@link io.github.nianbao.serialization.ReportJson#decode(String)} reads them back.
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
     * <p>QuickTheories records each number drawn with its range and shrinks a failing case by
     * moving one recorded number at a time toward 0 (uniformly between 0 and its value) and
     * replaying the record. So that a smaller recorded number gives a smaller value, each bounded
     * draw is one number in exactly its range — {@code nextInt(6)} draws from 0 to 5,
     * {@code nextDouble()} one of 2<sup>53</sup> steps — not the remainder of a 64-bit number,
     * whose shrinking would jump about the range.
     *
     * @param in the randomness source QuickTheories passes to {@link Gen#generate}
     * @return a random generator that draws every number from {@code in}
     */
    public static RandomGenerator randomGenerator(RandomnessSource in) {
        return new Drawn(in);
    }

    /** Every draw one recorded number, in the range asked for, shrinking toward the range's lower end. */
    private static final class Drawn implements RandomGenerator {

        private static final long DOUBLE_STEPS = 1L << 53;
        private final RandomnessSource in;

        Drawn(RandomnessSource in) {
            this.in = Objects.requireNonNull(in, "in");
        }

        @Override
        public long nextLong() {
            return in.next(Constraint.none());
        }

        @Override
        public int nextInt() {
            return (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
        }

        @Override
        public boolean nextBoolean() {
            return in.next(Constraint.zeroToOne()) == 1;
        }

        @Override
        public double nextDouble() {
            return in.next(Constraint.between(0, DOUBLE_STEPS - 1)) * 0x1.0p-53;
        }

        @Override
        public int nextInt(int bound) {
            if (bound <= 0) {
                throw new IllegalArgumentException("bound must be positive: " + bound);
            }
            return (int) in.next(Constraint.between(0, bound - 1L));
        }

        @Override
        public int nextInt(int origin, int bound) {
            if (origin >= bound) {
                throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound);
            }
            return (int) in.next(Constraint.between(origin, bound - 1L));
        }

        @Override
        public long nextLong(long bound) {
            if (bound <= 0) {
                throw new IllegalArgumentException("bound must be positive: " + bound);
            }
            return in.next(Constraint.between(0, bound - 1));
        }

        @Override
        public long nextLong(long origin, long bound) {
            if (origin >= bound) {
                throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound);
            }
            return in.next(Constraint.between(origin, bound - 1));
        }
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
        return of(ReportGenerator.standard()::valid).describedAs(ReportSources::describe);
    }

    /**
     * Returns valid reports of one edition.
     *
     * @param edition the edition
     * @return the source
     */
    public static Gen<AnnualReport> reports(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return of(random -> ReportGenerator.standard().valid(random, edition)).describedAs(ReportSources::describe);
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
                .describedAs(p -> describe(p.current()) + "; previous year " + describe(p.previous()));
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

    /** Where the full JSON of falsifying values goes. */
    static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"), "nianbao-samples");

    /**
     * One line: edition, year, agency and the totals of table 三 (new, carried over, handled,
     * carried forward) and 四 (cases per block), then where the full JSON is.
     */
    static String describe(AnnualReport report) {
        ApplicationTable t3 = report.applications();
        ReviewLitigationTable t4 = report.reviewLitigation();
        StringBuilder sb = new StringBuilder().append(report.edition()).append(' ').append(report.reportYear()).append(' ')
                .append(report.agency()).append(" [table 三 totals: new ").append(figure(t3.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL)))
                .append(", carried over ").append(figure(t3.cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL)))
                .append(", handled ").append(figure(t3.cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL)))
                .append(", carried forward ").append(figure(t3.cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL)))
                .append("; table 四 totals:");
        for (ReviewBlock block : ReviewBlock.values()) {
            sb.append(' ').append(figure(t4.cell(block, ReviewColumn.TOTAL)));
        }
        return sb.append("] JSON ").append(file(report)).toString();
    }

    private static String describe(InvalidReport c) {
        StringBuilder sb = new StringBuilder().append(c.mutation()).append(" (").append(c.change()).append("), ")
                .append(c.expected().size()).append(" finding(s) expected, of ").append(describe(c.report()));
        c.previousYear().ifPresent(p -> sb.append("; previous year ").append(describe(p)));
        return sb.toString();
    }

    private static String figure(Count count) {
        return count.isNumber() ? Long.toString(count.value()) : count.toString();
    }

    /** The report's canonical JSON in a file named by its hash, written once; the path, or why there is none. */
    private static String file(AnnualReport report) {
        byte[] json = JSON.encode(report).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            Path file = DIRECTORY.resolve(HexFormat.of().formatHex(hash, 0, 12) + ".json");
            if (!Files.exists(file)) {
                Files.createDirectories(DIRECTORY);
                // Written beside and moved, so that a test running in parallel never reads half a file.
                Path partial = Files.createTempFile(DIRECTORY, "partial-", ".tmp");
                Files.write(partial, json);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return file.toString();
        } catch (IOException | NoSuchAlgorithmException e) {
            return "(full JSON not written: " + e + ")";
        }
    }
}

package io.github.nianbao.samples.generator;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Group;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.TableBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;


/**
 * Generates realistic reports that are valid by construction: every relation of the format that a
 * validator treats as an error holds. Deterministic for a given random source, framework-neutral
 * (a plain function of a {@link RandomGenerator}), immutable and thread-safe.
 *
 * <p>Magnitudes follow the issuer's {@link Scale}; small values and the edges 0 and 1 come more
 * often than their share; zeros are sometimes printed as blanks in the organisation columns of
 * table 三, as real reports do; narratives are Chinese text that restates the tables.
 *
 * <p>Besides single reports it generates {@linkplain #pair pairs} of consecutive years that agree
 * with each other, and {@linkplain #invalid(RandomGenerator, Edition, Mutation) broken reports}: a
 * valid report or pair with one {@link Mutation}, carrying exactly the findings the standard
 * validator must produce.
 */
public final class ReportGenerator {

    /** The random algorithm behind {@link #random(long)}: stable across JDKs, so seeds reproduce. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private static final int COLUMNS = Applicant.values().length;

    private static final ReportGenerator STANDARD = new ReportGenerator(2025);

    private final int lastReportYear;

    private ReportGenerator(int lastReportYear) {
        this.lastReportYear = lastReportYear;
    }

    /** {@return the generator for report years 2019 to 2025} */
    public static ReportGenerator standard() {
        return STANDARD;
    }

    /**
     * Returns a generator whose reports cover years up to {@code lastReportYear}.
     *
     * @param lastReportYear the latest report year to generate, 2021 or later
     * @return the generator
     */
    public static ReportGenerator upToYear(int lastReportYear) {
        if (lastReportYear < Edition.V2021.firstReportYear()) {
            throw new IllegalArgumentException("the last report year must be " + Edition.V2021.firstReportYear() + " or later");
        }
        return new ReportGenerator(lastReportYear);
    }

    /**
     * Returns the random source this library uses for a seed.
     *
     * @param seed the seed
     * @return a new random source; the same seed gives the same sequence on every JDK
     */
    public static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }

    /**
     * Generates a valid report of a random edition and scale.
     *
     * @param random the random source
     * @return the report
     */
    public AnnualReport valid(RandomGenerator random) {
        Edition edition = random.nextBoolean() ? Edition.V2019 : Edition.V2021;
        return valid(random, edition);
    }

    /**
     * Generates a valid report of one edition, of a random scale.
     *
     * @param random the random source
     * @param edition the edition
     * @return the report
     */
    public AnnualReport valid(RandomGenerator random, Edition edition) {
        Draw draw = new Draw(random);
        Scale scale = draw.pick(List.of(Scale.values()));
        return valid(random, edition, scale);
    }

    /**
     * Generates a valid report.
     *
     * @param random the random source
     * @param edition the edition
     * @param scale the issuer's scale
     * @return the report
     */
    public AnnualReport valid(RandomGenerator random, Edition edition, Scale scale) {
        Draw draw = new Draw(random);
        int year = (int) draw.between(edition.firstReportYear(), edition.lastReportYear().orElse(lastReportYear));
        Issuer issuer = Issuer.draw(draw, scale);
        return report(draw, issuer, year, edition, scale, null);
    }

    /**
     * Generates the reports of one agency for two consecutive years, consistent across the years:
     * what the previous year carried forward is what the current year carried over, and item and
     * document stocks follow the changes reported.
     *
     * @param random the random source
     * @param currentEdition the edition of the current year's report; the previous year may be V2019 when this is V2021
     * @return the pair
     */
    public ReportPair pair(RandomGenerator random, Edition currentEdition) {
        Draw draw = new Draw(random);
        return pair(draw, currentEdition, draw.pick(List.of(Scale.values())), Edition.V2019.firstReportYear() + 1);
    }

    /**
     * Generates one agency's reports for consecutive years, each consistent with the one before it
     * (as {@link #pair} is), in the edition of its year: a series across 2020 → 2021 changes edition.
     *
     * @param random the random source
     * @param firstYear the first report year, 2019 or later
     * @param years how many years, at least 1
     * @return the reports, oldest first
     */
    public List<AnnualReport> series(RandomGenerator random, int firstYear, int years) {
        if (firstYear < Edition.V2019.firstReportYear() || years < 1 || firstYear + years - 1 > lastReportYear) {
            throw new IllegalArgumentException("years " + firstYear + " + " + years + " outside 2019–" + lastReportYear);
        }
        Draw draw = new Draw(random);
        Scale scale = draw.pick(List.of(Scale.values()));
        Issuer issuer = Issuer.draw(draw, scale);
        List<AnnualReport> out = new java.util.ArrayList<>();
        AnnualReport previous = null;
        for (int year = firstYear; year < firstYear + years; year++) {
            previous = report(draw, issuer, year, Edition.forReportYear(year), scale, previous);
            out.add(previous);
        }
        return List.copyOf(out);
    }

    private ReportPair pair(Draw draw, Edition currentEdition, Scale scale, int firstYear) {
        int first = Math.max(currentEdition.firstReportYear(), firstYear);
        int year = (int) draw.between(first, currentEdition.lastReportYear().orElse(lastReportYear));
        Issuer issuer = Issuer.draw(draw, scale);
        AnnualReport previous = report(draw, issuer, year - 1, Edition.forReportYear(year - 1), scale, null);
        AnnualReport current = report(draw, issuer, year, currentEdition, scale, previous);
        return new ReportPair(previous, current);
    }

    /**
     * Generates a broken report of a random edition: a valid report with one random mutation that
     * applies to its edition.
     *
     * @param random the random source
     * @return the case, with the findings it must produce
     */
    public InvalidReport invalid(RandomGenerator random) {
        return invalid(random, random.nextBoolean() ? Edition.V2019 : Edition.V2021);
    }

    /**
     * Generates a broken report of one edition, with a random mutation that applies to it
     * (cross-year mutations included).
     *
     * @param random the random source
     * @param edition the edition of the (current) report
     * @return the case, with the findings it must produce
     */
    public InvalidReport invalid(RandomGenerator random, Edition edition) {
        List<Mutation> mutations = Mutation.applicableTo(edition);
        return invalid(random, edition, mutations.get(random.nextInt(mutations.size())));
    }

    /**
     * Generates a broken pair of reports of one agency: a consistent {@link #pair pair} with one
     * random cross-year mutation.
     *
     * @param random the random source
     * @param currentEdition the edition of the current year's report
     * @return the case; its {@link InvalidReport#previousYear()} is present
     */
    public InvalidReport invalidPair(RandomGenerator random, Edition currentEdition) {
        List<Mutation> mutations = Mutation.applicableTo(currentEdition).stream().filter(Mutation::isCrossYear).toList();
        return invalid(random, currentEdition, mutations.get(random.nextInt(mutations.size())));
    }

    /**
     * Generates a broken report: a valid report (or pair, for a {@linkplain Mutation#isCrossYear()
     * cross-year} mutation) of a random scale with one mutation applied.
     *
     * @param random the random source
     * @param edition the edition of the (current) report
     * @param mutation the mutation
     * @return the case, with the findings it must produce
     * @throws IllegalArgumentException if the mutation does not apply to the edition
     */
    public InvalidReport invalid(RandomGenerator random, Edition edition, Mutation mutation) {
        if (!mutation.appliesTo(edition)) {
            throw new IllegalArgumentException(mutation + " does not apply to " + edition + " reports");
        }
        Draw draw = new Draw(random);
        // Stock across years needs two V2021 reports: the current year is 2022 or later.
        int firstYear = mutation == Mutation.STOCK_ACROSS_YEARS ? Edition.V2021.firstReportYear() + 1 : Edition.V2019.firstReportYear() + 1;
        for (int attempt = 0; ; attempt++) {
            Scale scale = draw.pick(List.of(Scale.values()));
            InvalidReport result;
            if (mutation.isCrossYear()) {
                ReportPair pair = pair(draw, edition, scale, firstYear);
                result = Mutator.apply(mutation, draw, pair.current(), pair.previous(), lastReportYear);
            } else {
                result = Mutator.apply(mutation, draw, valid(random, edition, scale), null, lastReportYear);
            }
            if (result != null) {
                return result;
            }
            // A report with nothing to mutate that way (all cells equal, say): draw another.
            if (attempt > 10_000) {
                throw new IllegalStateException("no report to apply " + mutation + " to");
            }
        }
    }

    private AnnualReport report(Draw draw, Issuer issuer, int year, Edition edition, Scale scale, AnnualReport previous) {
        ApplicationTable applications = applications(draw, edition, scale, previous);
        ReviewLitigationTable review = reviewLitigation(draw, edition, scale);
        ProactiveDisclosure disclosure = edition == Edition.V2019
                ? disclosure2019(draw, scale, previous) : disclosure2021(draw, scale, previous);
        ReportMetadata metadata = ReportMetadata.builder()
                .agency(issuer.name())
                .reportYear(year)
                .edition(edition)
                .administrativeLevel(scale.level())
                .divisionCode(issuer.divisionCode())
                .build();
        NarrativeWriter writer = new NarrativeWriter(draw, issuer, year, previous == null ? ""
                : previous.overview().text() + previous.problems().text() + previous.otherMatters().text());
        return AnnualReport.builder()
                .metadata(metadata)
                .overview(writer.overview(edition, applications, review, disclosure))
                .proactiveDisclosure(disclosure)
                .applications(applications)
                .reviewLitigation(review)
                .problems(writer.problems())
                .otherMatters(writer.otherMatters(edition))
                .build();
    }

    // Table 三: per applicant column, new + carried over = handled + carried forward, handled split
    // over the result rows; 总计 is the sum of the applicant columns.
    private static ApplicationTable applications(Draw draw, Edition edition, Scale scale, AnnualReport previous) {
        Layout layout = Layout.of(Section.APPLICATIONS, edition);
        List<ApplicationRow> results = new ArrayList<>();
        for (CatalogueEntry row : layout.rows()) {
            if (isResult((ApplicationRow) row)) {
                results.add((ApplicationRow) row);
            }
        }
        int[] weights = new int[results.size()];
        for (int i = 0; i < weights.length; i++) {
            ApplicationRow r = results.get(i);
            // Every row draws its weight, so that the draws after it stay in place whatever it is.
            long other = draw.between(-9, 5); // the other result rows: weight 0 two times in three, else 1 to 5
            weights[i] = r == ApplicationRow.DISCLOSED ? 40 : r == ApplicationRow.NOT_HELD ? 20
                    : r == ApplicationRow.PARTIALLY_DISCLOSED ? 10 : (int) Math.max(0, other);
        }
        long[][] values = new long[layout.rows().size()][COLUMNS];
        int total = Applicant.TOTAL.ordinal();
        // Many townships, and some larger bodies, receive no application in a year.
        boolean quiet = draw.chance(scale == Scale.TOWNSHIP ? 40 : 8);
        for (Applicant a : Applicant.values()) {
            if (a == Applicant.TOTAL) {
                continue;
            }
            long typical = a == Applicant.NATURAL_PERSON ? scale.typicalApplications() : Math.max(1, scale.typicalApplications() / 20);
            // Each draw is made whatever the branch (see Draw): a shrunk draw leaves the others in place.
            long drawn = draw.count(typical);
            long received = quiet ? 0 : drawn;
            long carriedOver;
            if (previous != null) {
                carriedOver = previous.applications().cell(ApplicationRow.CARRIED_FORWARD, a).valueOr(0);
            } else {
                boolean none = draw.chance(70);
                long some = draw.count(Math.max(1, typical / 10));
                carriedOver = none ? 0 : some;
            }
            long open = received + carriedOver;
            boolean allHandled = draw.chance(60);
            long some = draw.between(0, Math.max(0, open / 5));
            long forward = open == 0 || allHandled ? 0 : some;
            long handled = open - forward;
            long[] split = draw.split(handled, weights);
            set(values, layout, ApplicationRow.NEWLY_RECEIVED, a, received);
            set(values, layout, ApplicationRow.CARRIED_OVER, a, carriedOver);
            for (int i = 0; i < split.length; i++) {
                set(values, layout, results.get(i), a, split[i]);
            }
            set(values, layout, ApplicationRow.TOTAL_HANDLED, a, handled);
            set(values, layout, ApplicationRow.CARRIED_FORWARD, a, forward);
        }
        for (long[] row : values) {
            row[total] = Arrays.stream(row, 0, total).sum();
        }
        TableBuilder<ApplicationTable, ApplicationRow, Applicant> builder = ApplicationTable.builder(edition).values(values);
        if (draw.chance(20)) {
            // Zeros printed as blanks in the organisation columns, as many published tables do.
            for (CellKey k : layout.cells()) {
                if (k.column() != Applicant.NATURAL_PERSON && k.column() != Applicant.TOTAL
                        && values[k.index() / COLUMNS][k.index() % COLUMNS] == 0) {
                    builder.set(k, Count.BLANK);
                }
            }
        }
        return builder.build();
    }

    private static boolean isResult(ApplicationRow row) {
        return row != ApplicationRow.TOTAL_HANDLED && row.parent().isPresent()
                && (row.parent().get() == Group.RESULTS || row.parent().get().parent().orElse(null) == Group.RESULTS);
    }

    private static void set(long[][] values, Layout layout, ApplicationRow row, Applicant a, long value) {
        values[layout.cell(row, a).index() / COLUMNS][a.ordinal()] = value;
    }

    // Table 四: each block's 总计 is the sum of its four outcomes.
    private static ReviewLitigationTable reviewLitigation(Draw draw, Edition edition, Scale scale) {
        TableBuilder<ReviewLitigationTable, ReviewBlock, ReviewColumn> builder = ReviewLitigationTable.builder(edition);
        long typical = Math.max(1, scale.typicalApplications() / 15);
        for (ReviewBlock block : ReviewBlock.values()) {
            long[] outcomes = new long[5];
            for (int i = 0; i < 4; i++) {
                boolean none = draw.chance(50);
                long some = draw.count(typical);
                outcomes[i] = none ? 0 : some;
            }
            outcomes[4] = outcomes[0] + outcomes[1] + outcomes[2] + outcomes[3];
            builder.row(block, outcomes);
        }
        return builder.build();
    }

    private static ProactiveDisclosure disclosure2021(Draw draw, Scale scale, AnnualReport previous) {
        TableBuilder<ProactiveDisclosure, DisclosureRow, DisclosureColumn> b = ProactiveDisclosure.builder(Edition.V2021);
        boolean makesRules = scale == Scale.MUNICIPAL || scale == Scale.PROVINCIAL;
        for (DisclosureRow row : List.of(DisclosureRow.REGULATIONS, DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS)) {
            // The same draws whether the body makes rules or not (its scale shrinks too).
            boolean notApplicable = draw.chance(50);
            long issued = draw.count(row == DisclosureRow.REGULATIONS ? 3 : 20);
            long someStock = draw.count(60); // drawn even when the previous year gives it: its edition follows the drawn year
            long stockBefore = previousStock(previous, row).orElse(someStock);
            boolean noneRepealed = draw.chance(60);
            long someRepealed = draw.between(0, stockBefore);
            if (row == DisclosureRow.REGULATIONS && !makesRules) {
                b.row(row, notApplicable ? new Count[] {Count.NOT_APPLICABLE, Count.NOT_APPLICABLE, Count.NOT_APPLICABLE}
                        : new Count[] {Count.of(0), Count.of(0), Count.of(0)});
                continue;
            }
            long repealed = noneRepealed ? 0 : someRepealed;
            b.row(row, issued, repealed, stockBefore + issued - repealed);
        }
        for (DisclosureRow row : List.of(DisclosureRow.LICENSING, DisclosureRow.PENALTIES, DisclosureRow.COERCION)) {
            b.set(row, DisclosureColumn.DECISIONS_THIS_YEAR, draw.count(scale.typicalDecisions()));
        }
        b.set(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT,
                Amount.of(BigDecimal.valueOf(draw.count(scale.typicalDecisions() * 10), draw.random().nextInt(7)), MoneyUnit.WAN_YUAN));
        return b.build();
    }

    private static OptionalLong previousStock(AnnualReport previous, DisclosureRow row) {
        if (previous == null || previous.edition() != Edition.V2021) {
            return OptionalLong.empty();
        }
        Count stock = (Count) previous.proactiveDisclosure().cell(row, DisclosureColumn.IN_FORCE);
        return stock.isNumber() ? OptionalLong.of(stock.value()) : OptionalLong.empty();
    }

    private static ProactiveDisclosure disclosure2019(Draw draw, Scale scale, AnnualReport previous) {
        TableBuilder<ProactiveDisclosure, DisclosureRow, DisclosureColumn> b = ProactiveDisclosure.builder(Edition.V2019);
        for (DisclosureRow row : List.of(DisclosureRow.REGULATIONS, DisclosureRow.NORMATIVE_DOCUMENTS)) {
            long made = draw.count(row == DisclosureRow.REGULATIONS ? 3 : 20);
            long published = draw.between(0, made);
            b.row(row, made, published, published + draw.count(60));
        }
        for (DisclosureRow row : List.of(DisclosureRow.LICENSING, DisclosureRow.OTHER_MANAGEMENT_SERVICES,
                DisclosureRow.PENALTIES, DisclosureRow.COERCION, DisclosureRow.FEES)) {
            long someItems = draw.count(row == DisclosureRow.FEES ? 10 : 300); // drawn always, as someStock above
            long before = previous != null && previous.edition() == Edition.V2019 ? previousItems(previous, row) : someItems;
            // 本年增/减 is signed, but never takes the item count below zero.
            boolean grows = draw.chance(50);
            long growth = draw.count(40);
            long fall = draw.between(0, before);
            long change = grows ? growth : -fall;
            if (row == DisclosureRow.FEES) {
                b.row(row, before, change);
            } else {
                b.row(row, before, change, draw.count(scale.typicalDecisions()));
            }
        }
        MoneyUnit unit = draw.chance(50) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        b.row(DisclosureRow.PROCUREMENT, Count.of(draw.count(30)),
                Amount.of(BigDecimal.valueOf(draw.count(scale.typicalDecisions() * 100), unit == MoneyUnit.YUAN ? 2 : 4), unit));
        return b.build();
    }

    private static long previousItems(AnnualReport previous, DisclosureRow row) {
        ProactiveDisclosure t = previous.proactiveDisclosure();
        return t.count(row, DisclosureColumn.PREVIOUS_YEAR_ITEMS).valueOr(0) + t.count(row, DisclosureColumn.CHANGE).valueOr(0);
    }

    @Override
    public String toString() {
        return "ReportGenerator[years " + Edition.V2019.firstReportYear() + "–" + lastReportYear + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportGenerator g && g.lastReportYear == lastReportYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lastReportYear);
    }
}

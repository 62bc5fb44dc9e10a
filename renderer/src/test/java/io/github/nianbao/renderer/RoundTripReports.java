package io.github.nianbao.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.samples.generator.ReportGenerator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The reports of the round-trip tests: generated valid reports of one edition (every fourth V2021
 * report a hybrid, with the V2019 table 三 of another generated report), then with cells changed at
 * random to blank, to not applicable ("/") and to large values (counts of up to 19 digits, negative
 * ones in the signed V2019 columns, amounts of up to 24 digits with up to 8 decimals and trailing
 * zeros, in either unit). The tables' arithmetic does not survive that, and need not: a rendering
 * prints what the report holds.
 */
final class RoundTripReports {

    /** Where the round-trip seeds start; report {@code i} of an edition uses seed {@code BASE + i}. */
    static final long BASE = 20_260_000;

    private RoundTripReports() {
    }

    static AnnualReport report(Edition edition, long seed) {
        RandomGenerator random = ReportGenerator.random(seed);
        AnnualReport r = ReportGenerator.standard().valid(random, edition);
        if (edition == Edition.V2021 && random.nextInt(4) == 0) {
            r = r.withApplications(ReportGenerator.standard().valid(random, Edition.V2019).applications());
        }
        return r.withProactiveDisclosure((ProactiveDisclosure) perturb(r.proactiveDisclosure(), random))
                .withApplications((ApplicationTable) perturb(r.applications(), random))
                .withReviewLitigation((ReviewLitigationTable) perturb(r.reviewLitigation(), random));
    }

    private static Table perturb(Table t, RandomGenerator random) {
        Table out = t;
        for (CellKey k : t.layout().cells()) {
            int dice = random.nextInt(40);
            Cell replacement = switch (dice) {
                case 0, 1 -> k.kind() == CellKind.AMOUNT ? Amount.BLANK : Count.BLANK;
                case 2 -> k.kind() == CellKind.AMOUNT ? Amount.NOT_APPLICABLE : Count.NOT_APPLICABLE;
                case 3 -> large(k, random);
                default -> null;
            };
            if (replacement != null) {
                out = out.withCell(k, replacement);
            }
        }
        return out;
    }

    private static Cell large(CellKey k, RandomGenerator random) {
        if (k.kind() == CellKind.AMOUNT) {
            int digits = 1 + random.nextInt(24);
            BigInteger unscaled = new BigInteger(digits * 4, random instanceof java.util.Random r ? r : new java.util.Random(random.nextLong()))
                    .mod(BigInteger.TEN.pow(digits));
            BigDecimal value = new BigDecimal(unscaled, random.nextInt(9));
            return Amount.of(value, random.nextBoolean() ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN);
        }
        long v = random.nextLong(1, Long.MAX_VALUE);
        // From 1 to 19 digits.
        v = v / (long) Math.pow(10, random.nextInt(19));
        return Count.of(k.kind() == CellKind.SIGNED_COUNT && random.nextBoolean() ? -v : v);
    }

    /**
     * Compares what the importer read with the original: metadata as printed (agency, year,
     * edition, hybrid), every cell, every narrative block.
     *
     * @return the differences, empty when the two agree
     */
    static List<String> differences(AnnualReport expected, AnnualReport actual) {
        List<String> d = new ArrayList<>();
        if (!expected.agency().equals(actual.agency())) {
            d.add("agency " + expected.agency() + " read as " + actual.agency());
        }
        if (expected.reportYear() != actual.reportYear()) {
            d.add("year " + expected.reportYear() + " read as " + actual.reportYear());
        }
        if (expected.edition() != actual.edition() || expected.isHybrid() != actual.isHybrid()) {
            d.add("edition " + expected.edition() + (expected.isHybrid() ? " hybrid" : "") + " read as " + actual.edition()
                    + (actual.isHybrid() ? " hybrid" : ""));
            return d;
        }
        for (Section s : Section.values()) {
            if (s.isTable()) {
                Table e = expected.table(s);
                Table a = actual.table(s);
                for (CellKey k : e.layout().cells()) {
                    if (!e.cell(k).equals(a.cell(k))) {
                        d.add(k + " " + e.cell(k) + " read as " + a.cell(k));
                    }
                }
            } else if (!expected.narrative(s).equals(actual.narrative(s))) {
                d.add(s.key() + " " + expected.narrative(s).blocks() + " read as " + actual.narrative(s).blocks());
            }
        }
        return d;
    }

    static void assertNoFailures(List<String> failures, int reports) {
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
                () -> failures.size() + " of " + reports + " reports did not come back equal");
    }
}

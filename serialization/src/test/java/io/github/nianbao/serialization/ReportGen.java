package io.github.nianbao.serialization;

import io.github.nianbao.core.AdministrativeLevel;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.core.table.TableBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generates reports of both editions (and hybrids) with all four cell states (unknown cells in about
 * half of the reports, so that documents of both format versions come out), unknown cells with and
 * without a reason, extreme counts, money with many decimals and text with every kind of character
 * JSON must escape.
 */
final class ReportGen {

    private static final Gen<Integer> PERCENT = Generate.range(0, 99);
    private static final Gen<Long> ANY_LONG = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
    private static final Gen<Long> SMALL = Generate.longRange(0, 2000);
    private static final Gen<Integer> SCALE = Generate.range(0, 18);
    private static final Gen<Integer> CODE_POINT_KIND = Generate.range(0, 5);

    private ReportGen() {
    }

    static Gen<AnnualReport> reports() {
        return ReportGen::report;
    }

    static AnnualReport report(RandomnessSource in) {
        Edition edition = PERCENT.generate(in) < 50 ? Edition.V2019 : Edition.V2021;
        Edition form = edition == Edition.V2021 && PERCENT.generate(in) < 25 ? Edition.V2019 : edition;
        int year = edition == Edition.V2019 ? Generate.range(2019, 2020).generate(in) : Generate.range(2021, 2035).generate(in);
        ReportMetadata.Builder m = ReportMetadata.builder().agency(text(in, 30)).reportYear(year).edition(edition);
        if (PERCENT.generate(in) < 60) {
            m.publicationDate(LocalDate.of(year + 1, Generate.range(1, 12).generate(in), Generate.range(1, 28).generate(in)));
        }
        if (PERCENT.generate(in) < 60) {
            m.administrativeLevel(Generate.enumValues(AdministrativeLevel.class).generate(in));
        }
        if (PERCENT.generate(in) < 60) {
            m.divisionCode(String.format("%06d", Generate.range(0, 999_999).generate(in)));
        }
        // Percent of cells unknown: none in half of the reports (version-1 documents), else a few or many.
        int unknown = PERCENT.generate(in) < 50 ? 0 : PERCENT.generate(in) < 70 ? 3 : 40;
        return AnnualReport.builder()
                .metadata(m.build())
                .overview(narrative(in))
                .proactiveDisclosure(fill(in, ProactiveDisclosure.builder(edition), unknown))
                .applications(fill(in, ApplicationTable.builder(form), unknown))
                .reviewLitigation(fill(in, ReviewLitigationTable.builder(edition), unknown))
                .problems(narrative(in))
                .otherMatters(narrative(in))
                .build();
    }

    private static <T extends Table> T fill(RandomnessSource in, TableBuilder<T, ?, ?> builder, int unknownPercent) {
        for (CellKey key : builder.build().layout().cells()) {
            builder.set(key, PERCENT.generate(in) < unknownPercent ? unknown(in, key) : cell(in, key));
        }
        return builder.build();
    }

    // The codes the importer gives, and every character and length a reason may have.
    private static final String[] REASONS = {"GLUED_AMBIGUOUS", "CELL_UNREADABLE", "CELL_COUNT", "x", "a.b-c_9", "Z".repeat(64)};
    private static final String REASON_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.";

    static Cell unknown(RandomnessSource in, CellKey key) {
        boolean amount = key.kind() == CellKind.AMOUNT;
        int p = PERCENT.generate(in);
        String reason;
        if (p < 30) {
            reason = null;
        } else if (p < 70) {
            reason = REASONS[Generate.range(0, REASONS.length - 1).generate(in)];
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = Generate.range(1, 64).generate(in); i < n; i++) {
                sb.append(REASON_CHARACTERS.charAt(Generate.range(0, REASON_CHARACTERS.length() - 1).generate(in)));
            }
            reason = sb.toString();
        }
        return amount ? Amount.unknown(reason) : Count.unknown(reason);
    }

    static Cell cell(RandomnessSource in, CellKey key) {
        int p = PERCENT.generate(in);
        boolean amount = key.kind() == CellKind.AMOUNT;
        if (p < 15) {
            return amount ? Amount.BLANK : Count.BLANK;
        }
        if (p < 25) {
            return amount ? Amount.NOT_APPLICABLE : Count.NOT_APPLICABLE;
        }
        if (amount) {
            BigInteger unscaled = BigInteger.valueOf(ANY_LONG.generate(in));
            if (PERCENT.generate(in) < 30) {
                unscaled = unscaled.multiply(BigInteger.valueOf(ANY_LONG.generate(in)));
            }
            MoneyUnit unit = Generate.enumValues(MoneyUnit.class).generate(in);
            return Amount.of(new BigDecimal(unscaled, SCALE.generate(in)), unit);
        }
        return Count.of(p < 35 ? ANY_LONG.generate(in) : SMALL.generate(in) - (p < 40 ? 1000 : 0));
    }

    private static Narrative narrative(RandomnessSource in) {
        int n = Generate.range(0, 4).generate(in);
        List<NarrativeBlock> blocks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            blocks.add(PERCENT.generate(in) < 30 ? NarrativeBlock.heading(text(in, 20)) : NarrativeBlock.paragraph(text(in, 200)));
        }
        return Narrative.of(blocks);
    }

    // Chinese, ASCII, JSON escapes (quotes, backslash, slash, controls) and supplementary characters.
    static String text(RandomnessSource in, int max) {
        int n = Generate.range(0, max).generate(in);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (CODE_POINT_KIND.generate(in)) {
                case 0 -> Generate.range(0x4E00, 0x9FA5).generate(in);
                case 1 -> Generate.range(0x20, 0x7E).generate(in);
                case 2 -> "\"\\/\n\t\r\u0000\u001f\u2028".codePointAt(Generate.range(0, 8).generate(in));
                case 3 -> Generate.range(0x3000, 0x303F).generate(in);
                case 4 -> Generate.range(0x1F600, 0x1F64F).generate(in);
                default -> Generate.range(0xFF01, 0xFF5E).generate(in);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}

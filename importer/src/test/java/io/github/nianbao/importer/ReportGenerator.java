package io.github.nianbao.importer;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureColumn;
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
import java.util.List;
import java.util.Random;

/**
 * Random reports whose tables keep their arithmetic (row totals, ledger, outcomes, table-四
 * totals), of both editions and the hybrid, with signed V2019 changes and amounts in both units.
 */
final class ReportGenerator {

    private static final List<String> AGENCIES = List.of("灵秀镇人民政府", "淮安市洪泽区人民政府", "淮安市人民政府",
            "某某县人民政府", "某某市教育局", "某某街道办事处");

    private ReportGenerator() {
    }

    static AnnualReport generate(long seed) {
        Random rnd = new Random(seed);
        int year = 2019 + rnd.nextInt(7);
        Edition edition = Edition.forReportYear(year);
        Edition form3 = edition == Edition.V2021 && rnd.nextInt(4) == 0 ? Edition.V2019 : edition;
        return AnnualReport.builder()
                .metadata(ReportMetadata.of(AGENCIES.get(rnd.nextInt(AGENCIES.size())), year, edition))
                .overview(Narrative.builder().paragraph(year + "年，本机关认真贯彻落实《条例》。")
                        .heading("（一）主动公开情况").paragraph("全年主动公开政府信息" + rnd.nextInt(5000) + "条。").build())
                .proactiveDisclosure(disclosure(edition, rnd))
                .applications(applications(form3, rnd))
                .reviewLitigation(review(edition, rnd))
                .problems(Narrative.of("工作中还存在一些不足。", "下一步将继续改进。"))
                .otherMatters(Narrative.of("全年收取信息处理费" + rnd.nextInt(100) + "元。"))
                .build();
    }

    static long small(Random rnd) {
        int r = rnd.nextInt(10);
        return r < 5 ? 0 : r < 8 ? 1 + rnd.nextInt(9) : r < 9 ? 10 + rnd.nextInt(90) : 100 + rnd.nextInt(5000);
    }

    private static ProactiveDisclosure disclosure(Edition edition, Random rnd) {
        TableBuilder<ProactiveDisclosure, ?, ?> b = ProactiveDisclosure.builder(edition);
        for (CellKey key : Layout.of(Section.PROACTIVE_DISCLOSURE, edition).cells()) {
            if (key.kind() == CellKind.AMOUNT) {
                boolean wan = key.column() == DisclosureColumn.FEE_AMOUNT || rnd.nextBoolean();
                BigDecimal v = BigDecimal.valueOf(rnd.nextInt(1_000_000), rnd.nextInt(4));
                b.set(key, Amount.of(v, wan ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN));
            } else if (key.kind() == CellKind.SIGNED_COUNT) {
                b.set(key, Count.of(small(rnd) * (rnd.nextBoolean() ? -1 : 1)));
            } else {
                b.set(key, Count.of(rnd.nextInt(3) == 0 ? 100_000 + rnd.nextInt(5_000_000) : small(rnd)));
            }
        }
        return b.build();
    }

    private static ApplicationTable applications(Edition form, Random rnd) {
        Layout layout = Layout.of(Section.APPLICATIONS, form);
        TableBuilder<ApplicationTable, ApplicationRow, Applicant> b = ApplicationTable.builder(form);
        long[] newly = new long[7];
        long[] over = new long[7];
        long[] handled = new long[7];
        long[] forward = new long[7];
        for (CatalogueEntry entry : layout.rows()) {
            ApplicationRow row = (ApplicationRow) entry;
            if (row.parent().isEmpty() || row == ApplicationRow.TOTAL_HANDLED) {
                continue;
            }
            long sum = 0;
            for (Applicant a : Applicant.values()) {
                if (a == Applicant.TOTAL) {
                    continue;
                }
                long v = a == Applicant.NATURAL_PERSON ? small(rnd) : (rnd.nextInt(5) == 0 ? small(rnd) : 0);
                b.set(row, a, v);
                handled[a.ordinal()] += v;
                sum += v;
            }
            b.set(row, Applicant.TOTAL, sum);
            handled[6] += sum;
        }
        for (int c = 0; c < 6; c++) {
            forward[c] = rnd.nextInt(3) == 0 ? small(rnd) : 0;
            over[c] = rnd.nextInt(3) == 0 ? Math.min(small(rnd), handled[c] + forward[c]) : 0;
            newly[c] = handled[c] + forward[c] - over[c];
            forward[6] += forward[c];
            over[6] += over[c];
            newly[6] += newly[c];
        }
        for (Applicant a : Applicant.values()) {
            int c = a.ordinal();
            b.set(ApplicationRow.NEWLY_RECEIVED, a, newly[c]);
            b.set(ApplicationRow.CARRIED_OVER, a, over[c]);
            b.set(ApplicationRow.TOTAL_HANDLED, a, handled[c]);
            b.set(ApplicationRow.CARRIED_FORWARD, a, forward[c]);
        }
        return b.build();
    }

    private static ReviewLitigationTable review(Edition edition, Random rnd) {
        TableBuilder<ReviewLitigationTable, ReviewBlock, ReviewColumn> b = ReviewLitigationTable.builder(edition);
        for (ReviewBlock block : ReviewBlock.values()) {
            long sum = 0;
            for (ReviewColumn c : ReviewColumn.values()) {
                if (c != ReviewColumn.TOTAL) {
                    long v = small(rnd);
                    b.set(block, c, v);
                    sum += v;
                }
            }
            b.set(block, ReviewColumn.TOTAL, sum);
        }
        return b.build();
    }
}

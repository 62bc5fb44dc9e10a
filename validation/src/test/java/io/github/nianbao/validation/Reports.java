package io.github.nianbao.validation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.core.table.TableBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/** Reports for tests: clean ones with known numbers, and random ones that are valid by construction. */
final class Reports {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC);
    static final ReportValidator VALIDATOR = ReportValidator.builder().clock(CLOCK).build();
    static final String AGENCY = "某某市某某区人民政府办公室";

    private Reports() {
    }

    static int yearOf(Edition edition) {
        return edition == Edition.V2019 ? 2020 : 2023;
    }

    static Layout layout(Section table, Edition form) {
        return Layout.of(table, form);
    }

    static CellKey t3(Edition form, ApplicationRow row, Applicant column) {
        return Layout.of(Section.APPLICATIONS, form).cell(row, column);
    }

    static CellKey t4(Edition form, ReviewBlock block, ReviewColumn column) {
        return Layout.of(Section.REVIEW_LITIGATION, form).cell(block, column);
    }

    static CellKey t2(Edition form, DisclosureRow row, DisclosureColumn column) {
        return Layout.of(Section.PROACTIVE_DISCLOSURE, form).cell(row, column);
    }

    /** A report with every cell a number and every relation holding: the standard validator finds nothing. */
    static AnnualReport clean(Edition edition) {
        return report(edition, yearOf(edition), AGENCY,
                applications(edition, new long[] {12, 3, 1, 0, 2, 1}, new long[] {2, 1, 0, 0, 0, 0}, new long[] {1, 0, 0, 0, 1, 0}),
                ReviewLitigationTable.of(edition, 2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1),
                disclosure(edition));
    }

    static AnnualReport report(Edition edition, int year, String agency, ApplicationTable applications,
            ReviewLitigationTable review, ProactiveDisclosure disclosure) {
        return AnnualReport.builder()
                .metadata(ReportMetadata.of(agency, year, edition))
                .overview(Narrative.of("本年度政府信息公开工作平稳有序。"))
                .proactiveDisclosure(disclosure)
                .applications(applications)
                .reviewLitigation(review)
                .problems(Narrative.of("存在的问题是公开内容不够全面；改进措施是加强培训。"))
                .otherMatters(Narrative.of(edition == Edition.V2021 ? "本年度未收取信息处理费。" : "无其他需要报告的事项。"))
                .build();
    }

    /**
     * Table 三 whose applicant columns take the given newly received, carried-over and carried-forward
     * counts; what was handled is split between 予以公开 and 部分公开; 总计 is the sum of each row.
     */
    static ApplicationTable applications(Edition form, long[] newly, long[] carriedOver, long[] forward) {
        TableBuilder<ApplicationTable, ApplicationRow, Applicant> b = ApplicationTable.builder(form).allZero();
        Layout layout = Layout.of(Section.APPLICATIONS, form);
        long[][] values = new long[layout.rows().size()][Applicant.values().length];
        List<CatalogueEntry> rows = layout.rows();
        for (int j = 0; j < 6; j++) {
            long handled = newly[j] + carriedOver[j] - forward[j];
            long partly = handled / 3;
            values[rows.indexOf(ApplicationRow.NEWLY_RECEIVED)][j] = newly[j];
            values[rows.indexOf(ApplicationRow.CARRIED_OVER)][j] = carriedOver[j];
            values[rows.indexOf(ApplicationRow.DISCLOSED)][j] = handled - partly;
            values[rows.indexOf(ApplicationRow.PARTIALLY_DISCLOSED)][j] = partly;
            values[rows.indexOf(ApplicationRow.TOTAL_HANDLED)][j] = handled;
            values[rows.indexOf(ApplicationRow.CARRIED_FORWARD)][j] = forward[j];
        }
        for (long[] row : values) {
            for (int j = 0; j < 6; j++) {
                row[6] += row[j];
            }
        }
        return b.values(values).build();
    }

    static ProactiveDisclosure disclosure(Edition edition) {
        TableBuilder<ProactiveDisclosure, DisclosureRow, DisclosureColumn> b = ProactiveDisclosure.builder(edition);
        if (edition == Edition.V2021) {
            b.row(DisclosureRow.REGULATIONS, 0, 0, 3)
                    .row(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 2, 1, 15)
                    .row(DisclosureRow.LICENSING, 120)
                    .row(DisclosureRow.PENALTIES, 30)
                    .row(DisclosureRow.COERCION, 2)
                    .set(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Amount.of("0.5", MoneyUnit.WAN_YUAN));
        } else {
            b.row(DisclosureRow.REGULATIONS, 0, 0, 3)
                    .row(DisclosureRow.NORMATIVE_DOCUMENTS, 2, 2, 15)
                    .row(DisclosureRow.LICENSING, 40, -2, 120)
                    .row(DisclosureRow.OTHER_MANAGEMENT_SERVICES, 5, 1, 30)
                    .row(DisclosureRow.PENALTIES, 10, 0, 30)
                    .row(DisclosureRow.COERCION, 3, 0, 2)
                    .row(DisclosureRow.FEES, 2, 0)
                    .set(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS, Count.of(4))
                    .set(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT, Amount.of("251000", MoneyUnit.YUAN));
        }
        return b.build();
    }

    /** Last year's clean report. */
    static AnnualReport previous(Edition edition) {
        return clean(edition).withMetadata(ReportMetadata.of(AGENCY, yearOf(edition) - 1, edition));
    }

    /** This year's report that keeps every cross-year relation with {@link #previous(Edition)}, carrying over the given counts. */
    static AnnualReport following(Edition edition, long[] carriedOver) {
        AnnualReport current = clean(edition).withApplications(applications(edition, new long[] {12, 3, 1, 0, 2, 1},
                carriedOver, new long[] {1, 0, 0, 0, 1, 0}));
        TableBuilder<ProactiveDisclosure, DisclosureRow, DisclosureColumn> t2 = current.proactiveDisclosure().toBuilder();
        if (edition == Edition.V2019) {
            t2.row(DisclosureRow.LICENSING, 38, -2, 120).row(DisclosureRow.OTHER_MANAGEMENT_SERVICES, 6, 1, 30);
        } else {
            t2.row(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 2, 1, 16);
        }
        return current.withProactiveDisclosure(t2.build());
    }

    /** {@link #following(Edition, long[])} with exactly what last year carried forward. */
    static AnnualReport following(Edition edition) {
        return following(edition, new long[] {1, 0, 0, 0, 1, 0});
    }

    /** Returns a copy of the report with one cell replaced. */
    static AnnualReport with(AnnualReport report, CellKey key, Cell value) {
        Table changed = report.table(key.table()).withCell(key, value);
        return switch (key.table()) {
            case PROACTIVE_DISCLOSURE -> report.withProactiveDisclosure((ProactiveDisclosure) changed);
            case APPLICATIONS -> report.withApplications((ApplicationTable) changed);
            case REVIEW_LITIGATION -> report.withReviewLitigation((ReviewLitigationTable) changed);
            default -> throw new IllegalArgumentException();
        };
    }

    static AnnualReport with(AnnualReport report, CellKey key, long value) {
        return with(report, key, Count.of(value));
    }

    static long count(AnnualReport report, CellKey key) {
        return ((Count) report.cell(key)).value();
    }

    static AnnualReport plus(AnnualReport report, CellKey key, long delta) {
        return with(report, key, count(report, key) + delta);
    }

    // ---- random reports, valid by construction ----

    /** A random report of an edition whose every relation holds; numbers small, no blanks. */
    static AnnualReport random(Random r, Edition edition) {
        return random(r, edition, yearOf(edition), null);
    }

    /**
     * A random valid report; if {@code previous} is given, one that also keeps every cross-year
     * relation with it (same edition forms assumed for table 二 relations).
     */
    static AnnualReport random(Random r, Edition edition, int year, AnnualReport previous) {
        Edition form = edition == Edition.V2021 && r.nextInt(5) == 0 ? Edition.V2019 : edition; // hybrids too
        Layout t3 = Layout.of(Section.APPLICATIONS, form);
        List<CatalogueEntry> rows = t3.rows();
        long[][] values = new long[rows.size()][7];
        List<CatalogueEntry> results = rows.stream()
                .filter(row -> row.parent().isPresent() && row != ApplicationRow.TOTAL_HANDLED).toList();
        for (int j = 0; j < 6; j++) {
            long handled = 0;
            for (CatalogueEntry row : results) {
                long v = r.nextInt(4) == 0 ? r.nextInt(30) : 0;
                values[rows.indexOf(row)][j] = v;
                handled += v;
            }
            long forward = r.nextInt(6);
            long carried = previous != null
                    ? ((Count) previous.applications().cell(previous.applications().layout()
                            .cell(ApplicationRow.CARRIED_FORWARD, Applicant.values()[j]))).value()
                    : r.nextInt((int) Math.min(handled + forward, 20) + 1);
            if (carried > handled + forward) { // keep 一 (newly received) at least 0
                long deficit = carried - forward - handled;
                values[rows.indexOf(ApplicationRow.DISCLOSED)][j] += deficit;
                handled += deficit;
            }
            values[rows.indexOf(ApplicationRow.TOTAL_HANDLED)][j] = handled;
            values[rows.indexOf(ApplicationRow.CARRIED_OVER)][j] = carried;
            values[rows.indexOf(ApplicationRow.CARRIED_FORWARD)][j] = forward;
            values[rows.indexOf(ApplicationRow.NEWLY_RECEIVED)][j] = handled + forward - carried;
        }
        for (long[] row : values) {
            row[6] = 0;
            for (int j = 0; j < 6; j++) {
                row[6] += row[j];
            }
        }
        long[] review = new long[15];
        for (int block = 0; block < 3; block++) {
            for (int c = 0; c < 4; c++) {
                review[block * 5 + c] = r.nextInt(3) == 0 ? r.nextInt(12) : 0;
                review[block * 5 + 4] += review[block * 5 + c];
            }
        }
        return report(edition, year, AGENCY, ApplicationTable.of(form, values),
                ReviewLitigationTable.of(edition, review), randomDisclosure(r, edition, previous));
    }

    private static ProactiveDisclosure randomDisclosure(Random r, Edition edition, AnnualReport previous) {
        TableBuilder<ProactiveDisclosure, DisclosureRow, DisclosureColumn> b = ProactiveDisclosure.builder(edition);
        Layout layout = Layout.of(Section.PROACTIVE_DISCLOSURE, edition);
        ProactiveDisclosure before = previous == null ? null : previous.proactiveDisclosure();
        boolean sameForm = before != null && before.edition() == edition;
        for (CatalogueEntry entry : layout.rows()) {
            DisclosureRow row = (DisclosureRow) entry;
            if (edition == Edition.V2021) {
                if (layout.find(row, DisclosureColumn.IN_FORCE).isPresent()) {
                    long issued = r.nextInt(10);
                    long stock = sameForm ? before.count(row, DisclosureColumn.IN_FORCE).value() : r.nextInt(50);
                    long repealed = r.nextInt((int) Math.min(stock + issued, 10) + 1);
                    b.row(row, issued, repealed, stock + issued - repealed);
                } else if (row == DisclosureRow.FEES) {
                    b.set(row, DisclosureColumn.FEE_AMOUNT, Amount.of(java.math.BigDecimal.valueOf(r.nextInt(10_000_000), r.nextInt(7)), MoneyUnit.WAN_YUAN));
                } else {
                    b.row(row, r.nextInt(500));
                }
            } else {
                if (row.block() == io.github.nianbao.core.catalogue.DisclosureBlock.ITEM_1) {
                    long total = r.nextInt(80);
                    b.row(row, r.nextInt(10), r.nextInt((int) total + 1), total);
                } else if (layout.find(row, DisclosureColumn.CHANGE).isPresent()) {
                    long items = sameForm
                            ? before.count(row, DisclosureColumn.PREVIOUS_YEAR_ITEMS).value() + before.count(row, DisclosureColumn.CHANGE).value()
                            : r.nextInt(60);
                    long change = r.nextInt((int) items + 20) - items; // never below -items
                    if (layout.find(row, DisclosureColumn.DECISIONS).isPresent()) {
                        b.row(row, items, change, r.nextInt(300));
                    } else {
                        b.row(row, items, change);
                    }
                } else {
                    b.set(row, DisclosureColumn.PROCUREMENT_ITEMS, Count.of(r.nextInt(9)))
                            .set(row, DisclosureColumn.PROCUREMENT_AMOUNT, Amount.of(java.math.BigDecimal.valueOf(r.nextInt(1_000_000), 2), MoneyUnit.YUAN));
                }
            }
        }
        return b.build();
    }
}

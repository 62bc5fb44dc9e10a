package io.github.nianbao.samples;

import io.github.nianbao.core.AdministrativeLevel;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
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
import java.util.List;

/**
 * One made-up report per edition in which every row of every table holds numbers that are not all
 * 0, and every relation of the format holds: a sample that exercises every cell, unlike the
 * published reports, whose tables are mostly zeros.
 */
final class SyntheticReports {

    /** Made up; no body has this name. */
    static final String AGENCY = "示例市人民政府";

    private SyntheticReports() {
    }

    static AnnualReport build(Edition edition) {
        int year = edition == Edition.V2019 ? 2020 : 2024;
        return AnnualReport.builder()
                .metadata(ReportMetadata.builder().agency(AGENCY).reportYear(year).edition(edition)
                        .administrativeLevel(AdministrativeLevel.MUNICIPAL).divisionCode("999900").build())
                .overview(overview(edition, year))
                .proactiveDisclosure(edition == Edition.V2019 ? disclosure2019() : disclosure2021())
                .applications(applications(edition))
                .reviewLitigation(reviewLitigation(edition))
                .problems(Narrative.of(
                        "政策解读的质量仍需提升，个别部门解读内容简单、形式单一；依申请公开答复的规范性有待加强。",
                        "下一步，将健全工作机制，定期组织业务培训，探索多元参与的解读模式，积极回应企业和群众关切。"))
                .otherMatters(Narrative.of(edition == Edition.V2019
                        ? year + "年未发生需要专门报告的其他事项。"
                        : year + "年，严格落实《政府信息公开信息处理费管理办法》，全年收取信息处理费1200元。"))
                .build();
    }

    private static Narrative overview(Edition edition, int year) {
        Narrative.Builder b = Narrative.builder()
                .paragraph(year + "年，" + AGENCY + "全面贯彻落实《中华人民共和国政府信息公开条例》，本报告所有数据均为示例。")
                .heading("（一）主动公开")
                .paragraph("通过政府门户网站主动公开各类政府信息，及时发布政策文件及其解读。")
                .heading("（二）依申请公开")
                .paragraph("畅通依申请公开受理渠道，规范办理流程，均在法定期限内答复。")
                .heading("（三）政府信息管理")
                .paragraph("落实“先审查、后公开”原则，规范保密审查程序。");
        if (edition == Edition.V2021) {
            b.heading("（四）政府信息公开平台建设").paragraph("加强政府网站和政务新媒体日常管理。")
                    .heading("（五）监督保障").paragraph("将政务公开工作纳入绩效考核，定期开展专项检查。");
        }
        return b.build();
    }

    private static ProactiveDisclosure disclosure2019() {
        return ProactiveDisclosure.builder(Edition.V2019)
                .row(DisclosureRow.REGULATIONS, 2, 2, 30)
                .row(DisclosureRow.NORMATIVE_DOCUMENTS, 15, 12, 120)
                .row(DisclosureRow.LICENSING, 120, 8, 3456)
                .row(DisclosureRow.OTHER_MANAGEMENT_SERVICES, 45, -3, 210)
                .row(DisclosureRow.PENALTIES, 60, 5, 789)
                .row(DisclosureRow.COERCION, 12, -2, 34)
                .row(DisclosureRow.FEES, 9, -1)
                .row(DisclosureRow.PROCUREMENT, Count.of(23), Amount.of("1856300.50", MoneyUnit.YUAN))
                .build();
    }

    private static ProactiveDisclosure disclosure2021() {
        return ProactiveDisclosure.builder(Edition.V2021)
                .row(DisclosureRow.REGULATIONS, 2, 1, 15)
                .row(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 12, 4, 86)
                .row(DisclosureRow.LICENSING, 12345)
                .row(DisclosureRow.PENALTIES, 5678)
                .row(DisclosureRow.COERCION, 89)
                .set(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Amount.of("356.287100", MoneyUnit.WAN_YUAN))
                .build();
    }

    // Per applicant column: the result rows hold small distinct numbers, （七）总计 their sum; 二 and
    // 四 are fixed, and 一 follows from the ledger. 总计 adds up the six applicant columns.
    private static ApplicationTable applications(Edition edition) {
        Layout layout = Layout.of(Section.APPLICATIONS, edition);
        List<CatalogueEntry> rows = layout.rows();
        long[][] values = new long[rows.size()][Applicant.values().length];
        int totalColumn = Applicant.TOTAL.ordinal();
        for (int c = 0; c < totalColumn; c++) {
            long handled = 0;
            int result = 0;
            for (int r = 0; r < rows.size(); r++) {
                CatalogueEntry row = rows.get(r);
                if (row != ApplicationRow.TOTAL_HANDLED && isResult(row)) {
                    values[r][c] = result++ % 5 + c + 1;
                    handled += values[r][c];
                }
            }
            long carriedOver = c + 2;
            long carriedForward = c + 3;
            values[rows.indexOf(ApplicationRow.TOTAL_HANDLED)][c] = handled;
            values[rows.indexOf(ApplicationRow.CARRIED_OVER)][c] = carriedOver;
            values[rows.indexOf(ApplicationRow.CARRIED_FORWARD)][c] = carriedForward;
            values[rows.indexOf(ApplicationRow.NEWLY_RECEIVED)][c] = handled + carriedForward - carriedOver;
        }
        for (long[] row : values) {
            for (int c = 0; c < totalColumn; c++) {
                row[totalColumn] += row[c];
            }
        }
        return ApplicationTable.of(edition, values);
    }

    private static boolean isResult(CatalogueEntry row) {
        for (var p = row.parent(); p.isPresent(); p = p.get().parent()) {
            if (p.get() == Group.RESULTS) {
                return true;
            }
        }
        return false;
    }

    private static ReviewLitigationTable reviewLitigation(Edition edition) {
        TableBuilder<ReviewLitigationTable, ReviewBlock, ReviewColumn> b = ReviewLitigationTable.builder(edition);
        for (ReviewBlock block : ReviewBlock.values()) {
            long n = block.ordinal() + 1;
            b.row(block, n, n + 1, 1, n + 2, n + n + 1 + 1 + n + 2);
        }
        return b.build();
    }
}

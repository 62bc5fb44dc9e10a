package io.github.nianbao.samples.generator;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the narrative sections: the sub-headings real reports use, and paragraphs that restate
 * the tables' figures in the usual phrasing, at the length real reports have.
 *
 * <p>The figures paragraphs state the report's own tables: applications received (新收, or 共受理
 * counting what was carried over), carried over, handled, carried forward, disclosed and partially
 * disclosed, reconsiderations and lawsuits with outcomes (or that there were none) and, in the
 * V2021 table 二, normative documents issued, repealed and in force. They are functions of the
 * tables only (no draw), so that a mutation of the tables can restate them ({@link #restate}).
 */
final class NarrativeWriter {

    /** What a section says when it says nothing. */
    static final String NOTHING = "无。";
    /** Section 六 with nothing to report, and no word about fees. */
    static final String NOTHING_ELSE = "本年度无其他需要报告的事项。";
    /** Appended to a body's name, it names another body: its office. */
    static final String OFFICE = "办公室";

    private static final List<String> WORK = List.of(
            "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，不断完善政府信息公开制度。",
            "加强政府网站和政务新媒体日常管理，运用第三方检测平台实行常态化监测，严格执行信息发布审核制度。",
            "落实“先审查、后公开”“一事一审”工作原则，规范保密审查程序，从严把好政治关、法律关、政策关、保密关、文字关。",
            "优化主动公开目录，及时调整栏目设置，确保公开信息及时、准确、规范，着力为群众提供看得懂、找得到、用得上的政府信息。",
            "畅通依申请公开受理渠道，规范办理流程，加强与申请人的沟通，提高答复的及时性和针对性。",
            "将政务公开工作纳入绩效考核，定期开展专项检查，及时督促整改发现的问题，并组织业务培训，提升工作人员能力水平。",
            "围绕优化营商环境、乡村振兴、社会救助等重点领域，细化公开清单，主动回应社会关切。",
            "健全政策解读机制，坚持解读材料与政策文件同步组织、同步审签、同步部署，丰富图解、视频等解读形式。",
            "推进基层政务公开标准化规范化建设，在便民服务中心设置政务公开专区，提供查阅、咨询等服务。",
            "规范政府信息公开指南和目录，按季度更新机构职能、办事指南和联系方式，方便群众查询。",
            "组织召开新闻发布会和政策吹风会，邀请部门负责人解读重要政策，及时发布权威信息。",
            "开展政府开放日活动，邀请人大代表、政协委员和群众代表走进机关，听取意见建议。");
    private static final List<String> PROBLEMS = List.of(
            "政策解读的质量仍需提升，个别单位解读内容简单、形式单一。",
            "政务公开队伍建设还需加强，存在人员配备不足、兼职多、流动性大的问题。",
            "主动公开的深度和广度还有待拓展，公众参与的渠道仍不够丰富。",
            "依申请公开答复的规范性有待提高，个别答复文书说理不够充分。",
            "政务新媒体运维管理还需加强，部分账号更新不及时、互动回应不够。",
            "基层政务公开专区作用发挥不充分，群众知晓率和使用率不高。");
    private static final List<String> IMPROVEMENTS = List.of(
            "下一步，将着力提升政策解读质效，探索多元参与的解读模式，积极回应企业和群众关切。",
            "下一步，将健全工作机制，定期组织业务培训，全面提升政务公开工作队伍水平。",
            "下一步，将进一步梳理公开重点领域，拓展公开渠道，增强公开实效。",
            "下一步，将编制依申请公开答复文书模板，加强疑难申请会商研判，提升答复质量。",
            "下一步，将完善政务新媒体管理制度，落实专人维护，提高信息发布和互动回应水平。",
            "下一步，将推动政务公开专区提档升级，加大宣传引导，方便群众查询和使用政府信息。");

    private final Draw draw;
    private final Issuer issuer;
    private final int year;
    /** The text of last year's report, whose sentences this year's does not repeat ("" when there is none). */
    private final String lastYear;

    NarrativeWriter(Draw draw, Issuer issuer, int year, String lastYear) {
        this.draw = draw;
        this.issuer = issuer;
        this.year = year;
        this.lastYear = lastYear;
    }

    // A sentence of the pool that last year's report did not print: an agency rewrites its report
    // each year (COPIED-TEXT finds one that does not). The pools are larger than a report's picks.
    private String pick(List<String> pool) {
        List<String> fresh = pool.stream().filter(s -> !lastYear.contains(s)).toList();
        return draw.pick(fresh.isEmpty() ? pool : fresh);
    }

    Narrative overview(Edition edition, ApplicationTable applications, ReviewLitigationTable review,
            ProactiveDisclosure disclosure) {
        Narrative.Builder b = Narrative.builder();
        b.paragraph(year + "年，" + issuer.name() + pick(WORK));
        b.heading("（一）主动公开");
        b.paragraph(year + "年，" + issuer.place() + "通过政府门户网站主动公开各类政府信息" + draw.count(2000) + "条。" + pick(WORK));
        documents(year, disclosure).ifPresent(b::paragraph);
        b.heading("（二）依申请公开");
        b.paragraph(applications(year, applications));
        b.paragraph(reviewLitigation(year, review));
        b.heading("（三）政府信息管理");
        b.paragraph(pick(WORK) + pick(WORK));
        if (edition == Edition.V2021) {
            b.heading("（四）政府信息公开平台建设");
            b.paragraph(pick(WORK));
            b.heading("（五）监督保障");
            b.paragraph(pick(WORK));
        }
        return b.build();
    }

    /**
     * Restates the figures of a report's narrative after its tables changed: each figures paragraph
     * written for the tables of {@code before} is replaced by the one for the tables of {@code after}.
     *
     * @return {@code after} with its overview restating its own tables
     */
    static AnnualReport restate(AnnualReport before, AnnualReport after) {
        int year = before.reportYear();
        List<String> was = figures(year, before);
        List<String> now = figures(year, after);
        List<NarrativeBlock> blocks = new ArrayList<>(after.overview().blocks());
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            int k = was.indexOf(blocks.get(i).text());
            if (k >= 0 && blocks.get(i).kind() == NarrativeBlock.Kind.PARAGRAPH && !was.get(k).equals(now.get(k))) {
                blocks.set(i, NarrativeBlock.paragraph(now.get(k)));
                changed = true;
            }
        }
        return changed ? after.withOverview(Narrative.of(blocks)) : after;
    }

    private static List<String> figures(int year, AnnualReport report) {
        return List.of(documents(year, report.proactiveDisclosure()).orElse("\u0000"),
                applications(year, report.applications()), reviewLitigation(year, report.reviewLitigation()));
    }

    private static long value(Table table, CatalogueEntry row, CatalogueEntry column) {
        Cell c = table.cell(table.layout().cell(row, column));
        return c instanceof Count n ? n.valueOr(0) : 0;
    }

    // Three phrasings, picked by the figures (not drawn): 新收 with 上年结转 said apart; 共受理
    // counting what was carried over; 收到 with the outcomes 予以公开 and 部分公开.
    static String applications(int year, ApplicationTable t) {
        long received = value(t, ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL);
        long over = value(t, ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
        long handled = value(t, ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL);
        long forward = value(t, ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL);
        long disclosed = value(t, ApplicationRow.DISCLOSED, Applicant.TOTAL);
        long partly = value(t, ApplicationRow.PARTIALLY_DISCLOSED, Applicant.TOTAL);
        if (received == 0 && over == 0) {
            return year + "年未收到政府信息公开申请。";
        }
        return switch ((int) Math.floorMod(received + handled + year, 3L)) {
            case 0 -> year + "年共新收政府信息公开申请" + received + "件，办结" + handled + "件，结转下年度继续办理" + forward
                    + "件，均在法定期限内答复。" + (over > 0 ? "另有上年结转申请" + over + "件。" : "");
            case 1 -> year + "年共受理政府信息公开申请" + (received + over) + "件（含上年结转" + over + "件），办结" + handled
                    + "件，" + forward + "件结转下年度继续办理。";
            default -> year + "年收到政府信息公开申请" + received + "件，其中予以公开" + disclosed + "件、部分公开" + partly
                    + "件，全年办结" + handled + "件。";
        };
    }

    private static String reviewLitigation(int year, ReviewLitigationTable t) {
        long review = value(t, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL);
        long direct = value(t, ReviewBlock.DIRECT_LITIGATION, ReviewColumn.TOTAL);
        long after = value(t, ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL);
        if (review == 0 && direct + after == 0) {
            return year + "年未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。";
        }
        return "因政府信息公开被申请行政复议" + review + "件，其中结果维持"
                + value(t, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD) + "件、结果纠正"
                + value(t, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.CORRECTED) + "件；被提起行政诉讼" + (direct + after)
                + "件，其中未经复议直接起诉" + direct + "件、复议后起诉" + after + "件。";
    }

    private static java.util.Optional<String> documents(int year, ProactiveDisclosure t) {
        DisclosureRow row = DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS;
        if (t.layout().find(row, DisclosureColumn.ISSUED).isEmpty()) {
            return java.util.Optional.empty(); // V2019 table 二 counts documents made and published
        }
        String word = row.label();
        return java.util.Optional.of(year + "年制发" + word + value(t, row, DisclosureColumn.ISSUED) + "件、废止" + word
                + value(t, row, DisclosureColumn.REPEALED) + "件，现行有效" + word + value(t, row, DisclosureColumn.IN_FORCE) + "件。");
    }

    Narrative problems() {
        return Narrative.builder()
                .paragraph(year + "年，" + issuer.place() + "政府信息公开工作取得一定成效，但仍存在一些不足：" + pick(PROBLEMS) + pick(PROBLEMS))
                .paragraph(pick(IMPROVEMENTS))
                .build();
    }

    Narrative otherMatters(Edition edition) {
        if (edition == Edition.V2019) {
            return Narrative.of(NOTHING_ELSE);
        }
        boolean none = draw.chance(70);
        long some = draw.count(5000);
        long fee = none ? 0 : some; // both drawn, so that the draws after them stay in place
        return Narrative.of(year + "年，严格落实《政府信息公开信息处理费管理办法》，全年收取信息处理费" + fee + "元。");
    }

}

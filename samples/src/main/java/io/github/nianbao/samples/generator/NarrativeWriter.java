package io.github.nianbao.samples.generator;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import java.util.List;

/**
 * Writes the narrative sections: the sub-headings real reports use, and paragraphs that restate
 * the tables' figures in the usual phrasing, at the length real reports have.
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
            "将政务公开工作纳入绩效考核，定期开展专项检查，及时督促整改发现的问题，并组织业务培训，提升工作人员能力水平。");
    private static final List<String> PROBLEMS = List.of(
            "政策解读的质量仍需提升，个别单位解读内容简单、形式单一。",
            "政务公开队伍建设还需加强，存在人员配备不足、兼职多、流动性大的问题。",
            "主动公开的深度和广度还有待拓展，公众参与的渠道仍不够丰富。");
    private static final List<String> IMPROVEMENTS = List.of(
            "下一步，将着力提升政策解读质效，探索多元参与的解读模式，积极回应企业和群众关切。",
            "下一步，将健全工作机制，定期组织业务培训，全面提升政务公开工作队伍水平。",
            "下一步，将进一步梳理公开重点领域，拓展公开渠道，增强公开实效。");

    private final Draw draw;
    private final Issuer issuer;
    private final int year;

    NarrativeWriter(Draw draw, Issuer issuer, int year) {
        this.draw = draw;
        this.issuer = issuer;
        this.year = year;
    }

    Narrative overview(Edition edition, ApplicationTable applications, ProactiveDisclosure disclosure) {
        long received = applications.newlyReceived().total().valueOr(0);
        long handled = applications.totalHandled().total().valueOr(0);
        long forward = applications.carriedForward().total().valueOr(0);
        Narrative.Builder b = Narrative.builder();
        b.paragraph(year + "年，" + issuer.name() + draw.pick(WORK));
        b.heading("（一）主动公开");
        b.paragraph(year + "年，" + issuer.place() + "通过政府门户网站主动公开各类政府信息" + draw.count(2000) + "条。" + draw.pick(WORK));
        b.heading("（二）依申请公开");
        b.paragraph(year + "年共新收政府信息公开申请" + received + "件，办结" + handled + "件，结转下年度继续办理" + forward + "件，均在法定期限内答复。");
        b.heading("（三）政府信息管理");
        b.paragraph(draw.pick(WORK) + draw.pick(WORK));
        if (edition == Edition.V2021) {
            b.heading("（四）政府信息公开平台建设");
            b.paragraph(draw.pick(WORK));
            b.heading("（五）监督保障");
            b.paragraph(draw.pick(WORK));
        }
        return b.build();
    }

    Narrative problems() {
        return Narrative.builder()
                .paragraph(year + "年，" + issuer.place() + "政府信息公开工作取得一定成效，但仍存在一些不足：" + draw.pick(PROBLEMS) + draw.pick(PROBLEMS))
                .paragraph(draw.pick(IMPROVEMENTS))
                .build();
    }

    Narrative otherMatters(Edition edition) {
        if (edition == Edition.V2019) {
            return Narrative.of(NOTHING_ELSE);
        }
        long fee = draw.chance(70) ? 0 : draw.count(5000);
        return Narrative.of(year + "年，严格落实《政府信息公开信息处理费管理办法》，全年收取信息处理费" + fee + "元。");
    }

}

package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A whole report on one line, as page scrapes give it: valid generated reports (samples'
 * generator) rendered as page text,
 * then every line break and every cell separator removed (cells glue into runs of digits), page
 * chrome before and after, the title inside the chrome or in a scraper's header lines. Headings are
 * found inside the line; no imported cell ever differs from the generated one: each is read or
 * unread. The fraction read is printed per table.
 */
class OneLineTextTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final String TAIL = "政府信息公开工作年度报告";
    private static final io.github.nianbao.samples.generator.ReportGenerator VALID =
            io.github.nianbao.samples.generator.ReportGenerator.standard();

    /**
     * The report with its blank cells printed 0: on a line without separators a blank cell leaves no
     * trace at all, so no reader can tell it from glued digits (a known limit: such a row may be
     * split in a way its arithmetic allows). A blank counts as 0 in every relation, so the report
     * stays valid.
     */
    static AnnualReport zerosForBlanks(AnnualReport r) {
        return r.withProactiveDisclosure((io.github.nianbao.core.table.ProactiveDisclosure) zeros(r.proactiveDisclosure()))
                .withApplications((io.github.nianbao.core.table.ApplicationTable) zeros(r.applications()))
                .withReviewLitigation((io.github.nianbao.core.table.ReviewLitigationTable) zeros(r.reviewLitigation()));
    }

    private static io.github.nianbao.core.table.Table zeros(io.github.nianbao.core.table.Table t) {
        io.github.nianbao.core.table.Table out = t;
        for (CellKey k : t.layout().cells()) {
            if (t.cell(k).isBlank()) {
                out = out.withCell(k, k.kind() == io.github.nianbao.core.catalogue.CellKind.AMOUNT
                        ? io.github.nianbao.core.cell.Amount.of(java.math.BigDecimal.ZERO,
                                k.column() == io.github.nianbao.core.catalogue.DisclosureColumn.FEE_AMOUNT
                                        ? io.github.nianbao.core.cell.MoneyUnit.WAN_YUAN : io.github.nianbao.core.cell.MoneyUnit.YUAN)
                        : Count.of(0));
            }
        }
        return out;
    }

    static String oneLine(AnnualReport report, long seed, boolean header) {
        String text = ReportRenderer.render(report, ReportRenderer.Form.PAGE_TEXT, ReportRenderer.Quirks.of(0), seed).text();
        String title = report.agency() + " " + report.reportYear() + "年" + TAIL;
        assertTrue(text.startsWith(title));
        String body = text.substring(title.length()).replace("\t", "").replace("\r", "").replace("\n", "");
        String fullTitle = report.agency() + report.reportYear() + "年度" + TAIL;
        int next = report.reportYear() + 1;
        String line = "当前位置： 首页政务公开最新文件部门文件 " + fullTitle + " 时间：" + next + "-01-06 14:31 微信 微博 QQ空间 "
                + body + " " + report.agency() + " " + next + "年1月2日 来源：" + report.agency() + " 附件下载";
        return header ? "标题: " + fullTitle + "\n发布时间: " + next + "-01-06 14:31\n发布机构: " + report.agency()
                + "\n==================== 正文 ====================\n" + line : line;
    }

    @Test
    void noCellOfAReportOnOneLineDiffersFromTheGeneratedOne() {
        Map<Section, long[]> counts = new EnumMap<>(Section.class); // read, all
        int reports = 0;
        for (long seed = 1; seed <= 300; seed++) {
            // Valid reports (every ERROR rule holds): the arithmetic that splits glued runs holds in them.
            AnnualReport report = zerosForBlanks(VALID.valid(io.github.nianbao.samples.generator.ReportGenerator.random(seed)));
            String page = oneLine(report, seed, seed % 2 == 0);
            assertTrue(page.lines().count() <= 5);
            String context = "seed " + seed;
            ImportResult result = IMPORTER.read(page);
            AnnualReport actual = result.report().orElseThrow(() -> new AssertionError(context + " " + result.diagnostics() + "\n" + page));
            assertEquals(report.agency(), actual.agency(), context);
            assertEquals(report.reportYear(), actual.reportYear(), context);
            assertEquals(report.edition(), actual.edition(), context);
            assertEquals(report.isHybrid(), actual.isHybrid(), () -> context + "\n" + page);
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.SECTION_MISSING), () -> context + " " + result.diagnostics());
            Set<CellKey> unread = result.unreadCells();
            TableAssertions.assertSameCells(report, actual, unread, context + "\n" + page);
            for (CellKey k : unread) {
                assertTrue(!actual.cell(k).isNumber(), k::toString);
            }
            for (Section s : TableAssertions.TABLES) {
                long[] c = counts.computeIfAbsent(s, x -> new long[2]);
                int n = report.table(s).layout().size();
                c[0] += n - result.table(s).orElseThrow().unreadCells().size();
                c[1] += n;
            }
            reports++;
        }
        StringBuilder sb = new StringBuilder("one-line page text, " + reports + " reports, 0 wrong cells; read:");
        counts.forEach((s, c) -> sb.append(String.format(" table %s %d/%d (%.1f %%)", s.key(), c[0], c[1], 100.0 * c[0] / c[1])));
        System.out.println(sb);
    }
}

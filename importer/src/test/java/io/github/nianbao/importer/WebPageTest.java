package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A generated report rendered as HTML and put into a whole government web page: site header,
 * navigation, breadcrumbs, a side bar of other reports' titles (one of 2018), share buttons,
 * attachments, footer, scripts; and another whole report hidden on the page in every way a page
 * hides content. The report is read as if it stood alone: every cell as generated.
 */
class WebPageTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final String TAIL = "政府信息公开工作年度报告";

    // The body of a rendered HTML report.
    private static String body(AnnualReport report, int quirks, long seed) {
        String html = ReportRenderer.render(report, ReportRenderer.Form.HTML, ReportRenderer.Quirks.of(quirks), seed).text();
        int start = html.indexOf("<body>") + "<body>".length();
        return html.substring(start, html.lastIndexOf("</body>"));
    }

    private static ReportRenderer.Rendered rendered(AnnualReport report, int quirks, long seed) {
        return ReportRenderer.render(report, ReportRenderer.Form.HTML, ReportRenderer.Quirks.of(quirks), seed);
    }

    /** Wraps an article into a page; {@code decoy} is another report's body, hidden in every way. */
    static String page(AnnualReport report, String article, String decoy, boolean articleTitleMeta, boolean h1) {
        String title = report.reportYear() + "年度" + report.agency() + TAIL;
        int next = report.reportYear() + 1;
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
                + "<title>" + title + "_某某市人民政府门户网站</title>\n"
                + (articleTitleMeta ? "<meta name=\"ArticleTitle\" content=\"" + title + "\">\n" : "")
                + "<meta name=\"PubDate\" content=\"" + next + "-01-25 10:00\">\n<meta name=\"ContentSource\" content=\"" + report.agency() + "\">\n"
                + "<style>.hide-box{display:none} #popup { visibility : hidden } p.print-only{display:none;}</style>\n"
                + "<script>var t = '一、总体情况 二、主动公开政府信息情况'; document.write('<table><tr><td>行政许可</td><td>9</td></tr></table>');</script>\n"
                + "</head><body>\n"
                + "<div class=\"top\"><a href=\"/\">首页</a> | <a>无障碍</a> | <a>长者模式</a> <span>" + next + "年1月25日 星期六</span></div>\n"
                + "<div class=\"header\"><div class=\"logo\"><h1 class=\"site\">某某市人民政府</h1></div>"
                + "<ul class=\"nav\"><li><a>首页</a></li><li><a>要闻动态</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li></ul>"
                + "<form><input name=\"q\" value=\"一、总体情况\"><button>搜索</button></form></div>\n"
                + "<div class=\"crumb\">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府信息公开年报</a></div>\n"
                + "<div class=\"side\"><h3>相关文章</h3><ul><li><a>某某区2018年" + TAIL + "</a></li><li><a>某某县"
                + report.reportYear() + "年" + TAIL + "</a></li></ul></div>\n"
                + "<div class=\"main\">" + (h1 ? "<h1 class=\"title\">" + title + "</h1>" : "<div class=\"title\">" + title + "</div>")
                + "<div class=\"info\">发布时间：" + next + "-01-25 来源：" + report.agency() + " 浏览次数：1234 字体：[大 中 小]</div>\n"
                + "<div class=\"share\">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>\n"
                + "<div class=\"article-content TRS_Editor\">\n" + article + "\n</div>\n"
                + "<div class=\"attach\">附件下载</div><div class=\"tools\">【打印本页】【关闭窗口】</div>"
                + "<p class=\"print-only\">" + decoyText(decoy) + "</p></div>\n"
                + "<template>" + decoy + "</template>\n"
                + "<noscript>" + decoy + "</noscript>\n"
                + "<div hidden>" + decoy + "</div>\n"
                + "<div style=\"color:red; display: none\">" + decoy + "</div>\n"
                + "<div class=\"hide-box\">" + decoy + "</div>\n"
                + "<div id=\"popup\">" + decoy + "</div>\n"
                + "<svg width=\"10\" height=\"10\"><text>四、政府信息公开行政复议、行政诉讼情况 1 2 3 4 10</text></svg>\n"
                + "<div class=\"footer\"><p>主办：某某市人民政府办公室 承办：某某市大数据管理局</p><p>网站标识码：3208000001 苏ICP备05009221号</p>"
                + "<script>var _hmt = _hmt || []; /* 三、收到和处理政府信息公开申请情况 */</script></div>\n"
                + "</body></html>\n";
    }

    private static String decoyText(String decoy) {
        return decoy.replaceAll("<[^>]+>", " ");
    }

    @Test
    void theReportInsideAWholePageIsReadAsIfItStoodAlone() {
        int pages = 0;
        long cells = 0;
        long read = 0;
        for (long seed = 1; seed <= 40; seed++) {
            AnnualReport report = ReportGenerator.generate(seed);
            AnnualReport decoy = ReportGenerator.generate(seed + 1000);
            int quirks = (int) (seed % 3 == 0 ? seed * 37 % 256 : 0);
            ReportRenderer.Rendered r = rendered(report, quirks, seed);
            String article = body(report, quirks, seed);
            String page = page(report, article, body(decoy, 0, seed), seed % 2 == 0, seed % 4 != 1);
            String context = "seed " + seed + " quirks " + quirks;
            ImportResult result = IMPORTER.read(page);
            AnnualReport actual = result.report().orElseThrow(() -> new AssertionError(context + " " + result.diagnostics()));
            AnnualReport expected = r.expected();
            assertEquals(SourceFormat.HTML, result.format());
            assertEquals(expected.agency(), actual.agency(), context);
            assertEquals(expected.reportYear(), actual.reportYear(), context);
            assertEquals(expected.edition(), actual.edition(), context);
            assertEquals(Optional.of(LocalDate.of(expected.reportYear() + 1, 1, 25)), actual.metadata().publicationDate(), context);
            Set<CellKey> unread = result.unreadCells();
            TableAssertions.assertSameCells(expected, actual, unread, context);
            assertTrue(r.atRisk().containsAll(unread), () -> context + ": unread " + unread);
            // The same article on a page of its own reads the same.
            ImportResult alone = IMPORTER.read(r.text());
            assertEquals(alone.report().orElseThrow().withMetadata(actual.metadata()), actual, context);
            assertEquals(alone.unreadCells(), unread, context);
            pages++;
            int n = expected.proactiveDisclosure().layout().size() + expected.applications().layout().size()
                    + expected.reviewLitigation().layout().size();
            cells += n;
            read += n - unread.size();
        }
        System.out.printf("whole web pages: %d pages, %d of %d cells read (%.1f %%), 0 wrong%n", pages, read, cells, 100.0 * read / cells);
        assertTrue(read > cells * 0.95, read + " of " + cells);
    }

    @Test
    void hiddenHtmlAloneIsNoReport() {
        AnnualReport decoy = ReportGenerator.generate(7);
        String hidden = body(decoy, 0, 7);
        for (String page : List.of("<html><body><template>" + hidden + "</template></body></html>",
                "<html><body><noscript>" + hidden + "</noscript></body></html>",
                "<html><body><div hidden=\"hidden\">" + hidden + "</div></body></html>",
                "<html><body><div style=\"DISPLAY:NONE\">" + hidden + "</div></body></html>",
                "<html><head><style>.x { display: none }</style></head><body><section class=\"a x\">" + hidden + "</section></body></html>",
                "<html><body><svg><foreignObject>" + hidden + "</foreignObject></svg></body></html>",
                "<html><head><script>document.write(`" + hidden + "`)</script></head><body><p>正文</p></body></html>")) {
            ImportResult result = IMPORTER.read(page);
            assertTrue(result.report().isEmpty(), page.substring(0, 60));
            assertEquals(List.of(ImportIssue.NOT_A_REPORT), result.diagnostics().stream().map(ImportDiagnostic::issue).toList(),
                    page.substring(0, 60));
        }
    }

    @Test
    void hiddenCellsInsideAVisibleTableAreNotRead() {
        AnnualReport report = ReportGenerator.generate(11);
        String article = body(report, 0, 11);
        // A hidden digit inside a cell, a hidden row: the page shows the table without them.
        String tampered = article.replaceFirst("<td>(\\d+)</td>", "<td>$1<span style=\"display:none\">9</span></td>")
                .replaceFirst("</tbody>", "<tr style=\"display:none\"><td>行政许可</td><td>999</td><td>999</td><td>999</td></tr></tbody>");
        assertTrue(!tampered.equals(article));
        ImportResult result = IMPORTER.read(page(report, tampered, "", true, true));
        TableAssertions.assertSameCells(report, result.report().orElseThrow(), Set.of(), "hidden cells");
        assertTrue(result.isComplete());
    }
}

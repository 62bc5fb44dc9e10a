package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.ReportMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Generated reports rendered with their title in each variant of REAL-WORLD.md (year first, 年度,
 * split over two lines mid-word, abbreviated agencies, a scraper's header lines, the page's
 * {@code <title>}, {@code <meta name="ArticleTitle">}, {@code <h1>}) read back with the same
 * metadata and every cell as generated; years before 2019 are refused.
 */
class TitleVariantsTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final String TAIL = "政府信息公开工作年度报告";

    private record Variant(String name, ReportRenderer.Form form, UnaryOperator<String> title, String pageHeader) {
    }

    private static List<Variant> variants(AnnualReport r) {
        String a = r.agency();
        int y = r.reportYear();
        String printed = a + " " + y + "年" + TAIL;
        List<Variant> v = new ArrayList<>();
        ReportRenderer.Form text = ReportRenderer.Form.PAGE_TEXT;
        v.add(new Variant("year first", text, t -> y + "年" + a + TAIL, ""));
        v.add(new Variant("年度", text, t -> a + y + "年度" + TAIL, ""));
        v.add(new Variant("year first 年度", text, t -> y + "年度" + a + TAIL, ""));
        v.add(new Variant("split mid-word", text, t -> y + " 年" + a + "政府信息公开工作\n年度报告", ""));
        v.add(new Variant("markdown heading, year first", ReportRenderer.Form.MARKDOWN, t -> "# " + y + "年" + a + TAIL, ""));
        v.add(new Variant("scraper header", text, t -> "", "标题: " + a + y + "年度" + TAIL + "\n发布时间: " + (y + 1)
                + "-01-20 09:30\n文号: \n发布机构: " + a + "\n原文链接: https://www.example.gov.cn/art/" + (y + 1) + "/1/20/1.html\n"
                + "==================== 正文 ====================\n"));
        v.add(new Variant("scraper header, no agency in the title", text, t -> "", "标题: " + y + "年度" + TAIL
                + "\n发布时间: " + (y + 1) + "-01-20 09:30\n发布机构: " + a + "\n==== 正文 ====\n"));
        v.add(new Variant("<title> with the site's name", ReportRenderer.Form.HTML, t -> "", "<title>" + a + y + "年" + TAIL
                + "_某某市人民政府门户网站</title>"));
        v.add(new Variant("<title> with the site's name after ' - '", ReportRenderer.Form.HTML, t -> "", "<title>" + y + "年" + a
                + TAIL + " - 某某网</title>"));
        v.add(new Variant("<meta name=ArticleTitle>", ReportRenderer.Form.HTML, t -> "", "<title>某某市人民政府门户网站</title>"
                + "<meta name=\"ArticleTitle\" content=\"" + y + "年度" + a + TAIL + "\"><meta name=\"PubDate\" content=\""
                + (y + 1) + "-01-20 09:30\">"));
        v.add(new Variant("<h1>", ReportRenderer.Form.HTML, t -> t, "<title>某某市人民政府门户网站</title>"));
        v.add(new Variant("page date before the report", text, t -> t + "\n发布日期：" + (y + 1) + "年1月20日  来源：某某  字号：大 中 小", ""));
        assertTrue(v.stream().allMatch(x -> x.form() != text || !x.name().isEmpty()));
        assertTrue(printed.contains(a));
        return v;
    }

    // Renders the report, replaces its title and adds the page's header lines.
    private static String page(AnnualReport report, Variant v, long seed) {
        String text = ReportRenderer.render(report, v.form(), ReportRenderer.Quirks.of(0), seed).text();
        String tail = report.reportYear() + "年" + TAIL;
        switch (v.form()) {
            case HTML -> {
                String h1 = "<h1>" + report.agency() + " " + tail + "</h1>";
                assertTrue(text.contains(h1), text);
                text = text.replace(h1, v.title().apply(h1))
                        .replaceFirst("<title>[^<]*</title>", java.util.regex.Matcher.quoteReplacement(v.pageHeader()));
            }
            case MARKDOWN -> {
                String title = "# " + report.agency() + tail;
                assertTrue(text.startsWith(title), text);
                text = v.pageHeader() + v.title().apply(title) + text.substring(title.length());
            }
            default -> {
                String title = report.agency() + " " + tail;
                assertTrue(text.startsWith(title), text);
                text = v.pageHeader() + v.title().apply(title) + text.substring(title.length());
            }
        }
        return text;
    }

    @Test
    void everyTitleVariantGivesTheMetadataAndTheCells() {
        List<String> agencies = List.of("某某市科委", "某某区政府办", "平潭综合实验区旅游与文化体育局", "淮安市洪泽区人民政府");
        int checked = 0;
        for (long seed = 1; seed <= 12; seed++) {
            AnnualReport generated = ReportGenerator.generate(seed);
            AnnualReport base = generated.withMetadata(ReportMetadata.of(agencies.get((int) (seed % agencies.size())),
                    generated.reportYear(), generated.edition()));
            for (Variant v : variants(base)) {
                String page = page(base, v, seed);
                String context = v.name() + " seed " + seed;
                ImportResult result = IMPORTER.read(page);
                AnnualReport read = result.report().orElseThrow(() -> new AssertionError(context + ": " + result.diagnostics() + "\n" + page));
                assertEquals(base.agency(), read.agency(), context);
                assertEquals(base.reportYear(), read.reportYear(), context);
                assertEquals(base.edition(), read.edition(), context);
                assertEquals(base.isHybrid(), read.isHybrid(), context);
                TableAssertions.assertSameCells(base, read, Set.of(), context);
                assertTrue(result.isComplete(), context);
                boolean dated = v.pageHeader().contains("发布时间") || v.pageHeader().contains("PubDate") || v.name().startsWith("page date");
                assertEquals(dated ? Optional.of(LocalDate.of(base.reportYear() + 1, 1, 20)) : Optional.empty(),
                        read.metadata().publicationDate(), context);
                checked++;
            }
        }
        System.out.println("title variants: " + checked + " pages read with the generated metadata and cells");
    }

    @Test
    void aTitleSplitOverTwoLinesIsNotPartOfTheOverview() {
        AnnualReport base = ReportGenerator.generate(3);
        Variant split = variants(base).stream().filter(v -> v.name().equals("split mid-word")).findFirst().orElseThrow();
        ImportResult result = IMPORTER.read(page(base, split, 3));
        assertEquals(base.overview(), result.report().orElseThrow().overview());
    }

    @Test
    void yearsBeforeTheFormatAreRefusedAndNothingIsHalfRead() {
        AnnualReport base = ReportGenerator.generate(5);
        String text = ReportRenderer.render(base, ReportRenderer.Form.PAGE_TEXT, ReportRenderer.Quirks.of(0), 5).text();
        String title = base.agency() + " " + base.reportYear() + "年" + TAIL;
        for (String old : List.of(base.agency() + "2018年" + TAIL, "2017年" + base.agency() + TAIL, base.agency() + "2018年度" + TAIL,
                "2016年度" + base.agency() + TAIL, "标题: " + base.agency() + "2018年度" + TAIL + "\n发布时间: 2019-01-20\n==== 正文 ====")) {
            ImportResult result = IMPORTER.read(text.replace(title, old));
            assertTrue(result.report().isEmpty(), old);
            assertEquals(List.of(ImportIssue.YEAR_UNSUPPORTED), result.diagnostics().stream().map(ImportDiagnostic::issue).toList(), old);
            assertEquals(List.of(), result.tables());
            ImportDiagnostic d = result.diagnostics().get(0);
            assertTrue(d.message(java.util.Locale.ENGLISH).contains("before 2019"), d::toString);
        }
    }
}

package io.github.nianbao.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.samples.SampleReports;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, acceptance: the HTML page is well-formed (jsoup parses it without a single error), has
 * no scripts, and its tables have the official grids with merged header cells; text is escaped.
 */
class HtmlDocumentTest {

    private static final ReportRenderer RENDERER = ReportRenderer.create();

    private static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(html, "", parser);
        ParseErrorList errors = parser.getErrors();
        assertEquals(List.of(), errors.stream().map(Object::toString).toList());
        return doc;
    }

    // The width of each row of a table once rowspan and colspan are laid out.
    private static Set<Integer> widths(Element table) {
        List<Element> rows = table.select("tr");
        boolean[][] taken = new boolean[rows.size()][64];
        Set<Integer> widths = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                while (taken[r][c]) {
                    c++;
                }
                int rs = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
                int cs = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                for (int dr = 0; dr < rs; dr++) {
                    for (int dc = 0; dc < cs; dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                c += cs;
            }
            int w = 0;
            while (taken[r][w]) {
                w++;
            }
            widths.add(w);
        }
        return widths;
    }

    @Test
    void pagesAreWellFormedWithTheOfficialGrids() {
        for (AnnualReport r : DocxDocumentTest.reports()) {
            Document doc = parse(RENDERER.html(r));
            assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
            assertTrue(doc.select("script, link, iframe, object, embed, img").isEmpty());
            assertTrue(doc.getAllElements().stream().allMatch(e -> e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on"))));
            List<Element> tables = doc.select("table");
            assertEquals(3, tables.size());
            assertEquals(Set.of(4), widths(tables.get(0)));
            assertEquals(Set.of(10), widths(tables.get(1)));
            assertEquals(Set.of(15), widths(tables.get(2)));
            Element ledger = tables.get(1).selectFirst("th");
            assertEquals(Section.LEDGER_NOTE, ledger.text());
            assertEquals("3", ledger.attr("rowspan"));
            assertEquals("3", ledger.attr("colspan"));
            assertEquals(ReviewBlock.ADMINISTRATIVE_REVIEW.label(), tables.get(2).selectFirst("th").text());
            assertEquals("5", tables.get(2).selectFirst("th").attr("colspan"));
            assertEquals(6, doc.select("h2").size());
        }
    }

    @Test
    void cellsPrintAsTheyShouldAndUnknownOnesAreListed() {
        Document doc = parse(RENDERER.html(DocxDocumentTest.withOddCells(SampleReports.synthetic(Edition.V2021))));
        List<String> review = doc.select("table").get(2).select("td").stream().map(Element::text).toList();
        assertEquals(List.of("", "/", "0", "1234567890123456789", "?"), review.subList(0, 5));
        List<String> listed = doc.select("ul.unknown-cells li").stream().map(Element::text).toList();
        assertEquals(List.of(ReviewBlock.ADMINISTRATIVE_REVIEW.label() + " › " + ReviewColumn.TOTAL.label() + "（原因：GLUED_AMBIGUOUS）"), listed);
        assertEquals("7730.2800", doc.select("table").get(0).select("tr").last().selectFirst("td").text());
        // English notes when asked.
        Document en = parse(RENDERER.withLocale(Locale.ENGLISH).html(DocxDocumentTest.withOddCells(SampleReports.synthetic(Edition.V2021))));
        assertTrue(en.selectFirst("p.unknown-cells").text().startsWith("Note:"));
    }

    /**
     * The renderer's added words follow the language rule of {@link MessageLanguage}: a page in the
     * locale asked for equals the page in the language the rule picks; {@link ReportRenderer#create()}
     * is the Chinese one.
     */
    @ParameterizedTest
    @CsvSource({"en, ENGLISH", "en-US, ENGLISH", "en-GB, ENGLISH", "zh-CN, CHINESE", "zh-TW, CHINESE", "'', CHINESE",
            "fr, CHINESE"})
    void theNotesFollowTheLanguageRule(String tag, MessageLanguage expected) {
        AnnualReport report = DocxDocumentTest.withOddCells(SampleReports.synthetic(Edition.V2021));
        String page = RENDERER.withLocale(Locale.forLanguageTag(tag)).html(report);
        assertEquals(RENDERER.withLocale(expected.locale()).html(report), page);
        assertNotEquals(RENDERER.withLocale(Locale.ENGLISH).html(report), RENDERER.html(report));
        assertEquals(RENDERER.withLocale(Locale.SIMPLIFIED_CHINESE).html(report), RENDERER.html(report));
        assertThrows(NullPointerException.class, () -> RENDERER.withLocale(null));
    }

    @Test
    void everythingIsEscaped() {
        String agency = "某<script>alert('x')</script>&\"局";
        String text = "a < b & c > d \"q\" 'r' </p><script>x()</script>\u0001";
        AnnualReport r = AnnualReport.builder().metadata(ReportMetadata.of(agency, 2023, Edition.V2021))
                .overview(Narrative.builder().heading("<h1>标题</h1>").paragraph(text).build()).build();
        Document doc = parse(RENDERER.html(r));
        assertTrue(doc.select("script").isEmpty());
        assertTrue(doc.selectFirst("h1").text().startsWith(agency));
        assertEquals("<h1>标题</h1>", doc.selectFirst("h3").text());
        // The control character a page cannot hold prints as U+FFFD; the rest is as written.
        assertEquals(text.replace('\u0001', '\ufffd'), doc.select("p").first().text());
    }
}

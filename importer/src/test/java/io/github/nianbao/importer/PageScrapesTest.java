package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureBlock;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two page scrapes of ../shared/reports (a whole web page on one line, with a scraper's header
 * lines): every cell the importer reads equals the published cell of {@code expected/*.json},
 * checked against the published HTML page; every other cell is unread, never a guessed number.
 */
class PageScrapesTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();

    @ParameterizedTest
    @ValueSource(strings = {"2019-pingtan-lvwenti-ju", "2019-pingtan-shijianju"})
    void everyReadCellIsThePublishedOne(String name) throws IOException {
        TestResources.sameAsShared("published/" + name + ".txt", "reports/" + name + ".txt");
        TestResources.sameAsShared("published/" + name + ".json", "reports/expected/" + name + ".json");
        @SuppressWarnings("unchecked")
        Map<String, Object> truth = (Map<String, Object>) TestResources.json(TestResources.text("published/" + name + ".json"));
        ImportResult result = IMPORTER.read(TestResources.bytes("published/" + name + ".txt"));
        AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertEquals(truth.get("agency"), report.agency());
        assertEquals(((BigDecimal) truth.get("year")).intValue(), report.reportYear());
        assertEquals(Edition.valueOf((String) truth.get("edition")), report.edition());
        assertFalse(report.isHybrid());

        Map<CellKey, Cell> expected = expected(truth);
        assertEquals(22 + 161 + 15, expected.size(), "every cell of a V2019 report has its published value");
        Set<CellKey> unread = result.unreadCells();
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Map.Entry<CellKey, Cell> e : expected.entrySet()) {
            Cell actual = report.cell(e.getKey());
            if (unread.contains(e.getKey())) {
                assertFalse(actual.isNumber(), () -> e.getKey() + " is unread but holds " + actual);
                continue;
            }
            read++;
            if (!e.getValue().equals(actual)) {
                wrong.add(e.getKey().path() + ": published " + e.getValue() + ", read " + actual);
            }
        }
        System.out.printf("%s: %d of %d cells read, %d unread, %d wrong%n", name, read, expected.size(), unread.size(), wrong.size());
        assertEquals(List.of(), wrong);
        assertEquals(expected.size(), read + unread.size());
        // Table 三 and table 四 are glued runs the table's arithmetic splits one way only: all read.
        assertTrue(result.table(Section.APPLICATIONS).orElseThrow().complete(), () -> result.table(Section.APPLICATIONS).toString());
        assertTrue(result.table(Section.REVIEW_LITIGATION).orElseThrow().complete());
        // Every unread cell is named by an error.
        for (CellKey k : unread) {
            assertTrue(result.diagnostics(Severity.ERROR).stream()
                    .anyMatch(d -> d.path().map(p -> k.path().startsWith(p)).orElse(false)), () -> "no error names " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-pingtan-lvwenti-ju", "2019-pingtan-shijianju"})
    void theScraperHeaderGivesTitleAndDateAndIsNotPartOfTheReport(String name) {
        ImportResult result = IMPORTER.read(TestResources.bytes("published/" + name + ".txt"));
        AnnualReport report = result.report().orElseThrow();
        LocalDate published = name.contains("lvwenti") ? LocalDate.of(2020, 1, 6) : LocalDate.of(2020, 1, 13);
        assertEquals(java.util.Optional.of(published), report.metadata().publicationDate());
        // All six sections found inside the one line; the header lines are no text outside them.
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.issue() == ImportIssue.SECTION_MISSING), result::toString);
        String overview = report.overview().blocks().get(0).text();
        assertTrue(overview.startsWith("2019年，"), overview);
        assertFalse(overview.contains("原文链接"));
        String other = report.otherMatters().blocks().get(0).text();
        assertTrue(other.startsWith(name.contains("lvwenti") ? "没有需要说明" : "无其他"), other);
        // The page's chrome after the report (来源：… 附件下载) is not part of it; the signature is.
        assertFalse(other.contains("附件下载") || other.contains("来源："), other);
        assertTrue(other.contains(report.agency()), other);
    }

    // The published cells: table2 by block, row and column label; table3 by row id in layout order; table4 in order.
    @SuppressWarnings("unchecked")
    private static Map<CellKey, Cell> expected(Map<String, Object> truth) {
        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        Layout l2 = Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2019);
        Map<String, Object> t2 = (Map<String, Object>) truth.get("table2");
        for (Map.Entry<String, Object> block : t2.entrySet()) {
            DisclosureBlock b = byLabel(DisclosureBlock.values(), block.getKey());
            for (Map.Entry<String, Object> row : ((Map<String, Object>) block.getValue()).entrySet()) {
                DisclosureRow r = byLabel(DisclosureRow.values(), row.getKey());
                assertEquals(b, r.block());
                Map<String, Object> columns = (Map<String, Object>) row.getValue();
                for (Map.Entry<String, Object> column : columns.entrySet()) {
                    if (column.getKey().equals("unit")) {
                        continue;
                    }
                    DisclosureColumn c = byLabel(DisclosureColumn.values(), column.getKey());
                    CellKey key = l2.cell(r, c);
                    Object v = column.getValue();
                    if (v instanceof String amount) {
                        MoneyUnit unit = java.util.Arrays.stream(MoneyUnit.values())
                                .filter(u -> u.symbol().equals(columns.get("unit"))).findFirst().orElseThrow();
                        cells.put(key, Amount.of(amount, unit));
                    } else {
                        cells.put(key, v == null ? Count.BLANK : Count.of(((BigDecimal) v).longValueExact()));
                    }
                }
            }
        }
        Layout l3 = Layout.of(Section.APPLICATIONS, Edition.V2019);
        List<CatalogueEntry> rows = l3.rows();
        Map<String, Object> t3 = (Map<String, Object>) truth.get("table3");
        assertEquals(rows.size(), t3.size());
        int i = 0;
        for (Object values : t3.values()) {
            List<CellKey> keys = l3.row(rows.get(i++));
            List<Object> v = (List<Object>) values;
            for (int j = 0; j < keys.size(); j++) {
                cells.put(keys.get(j), v.get(j) == null ? Count.BLANK : Count.of(((BigDecimal) v.get(j)).longValueExact()));
            }
        }
        List<CellKey> k4 = Layout.of(Section.REVIEW_LITIGATION, Edition.V2019).cells();
        List<Object> t4 = (List<Object>) truth.get("table4");
        for (int j = 0; j < k4.size(); j++) {
            cells.put(k4.get(j), t4.get(j) == null ? Count.BLANK : Count.of(((BigDecimal) t4.get(j)).longValueExact()));
        }
        return cells;
    }

    private static <E extends CatalogueEntry> E byLabel(E[] values, String label) {
        for (E e : values) {
            if (e.label().equals(label)) {
                return e;
            }
        }
        throw new AssertionError("no catalogue entry " + label);
    }
}

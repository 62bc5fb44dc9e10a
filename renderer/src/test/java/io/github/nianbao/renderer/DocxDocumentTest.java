package io.github.nianbao.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.DisclosureBlock;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.samples.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Issue 14, acceptance: the {@code .docx} opens in POI without warnings, and its tables have the
 * rows and columns of the official template.
 */
class DocxDocumentTest {

    private static final ReportRenderer RENDERER = ReportRenderer.create();

    static List<AnnualReport> reports() {
        List<AnnualReport> reports = new ArrayList<>(SampleReports.all());
        reports.add(SampleReports.synthetic(Edition.V2019));
        reports.add(SampleReports.synthetic(Edition.V2021));
        for (int i = 0; i < 5; i++) {
            reports.add(RoundTripReports.report(Edition.V2019, i));
            reports.add(RoundTripReports.report(Edition.V2021, i));
        }
        reports.add(withOddCells(SampleReports.synthetic(Edition.V2021)));
        return reports;
    }

    /** Table 四 with a blank, a "/", a zero, a 19-digit count and an unknown cell; the fee with trailing zeros. */
    static AnnualReport withOddCells(AnnualReport r) {
        Table t = r.reviewLitigation();
        Layout l = t.layout();
        t = t.withCell(l.cells().get(0), Count.BLANK).withCell(l.cells().get(1), Count.NOT_APPLICABLE)
                .withCell(l.cells().get(2), Count.of(0)).withCell(l.cells().get(3), Count.of(1_234_567_890_123_456_789L))
                .withCell(l.cells().get(4), Count.unknown("GLUED_AMBIGUOUS"));
        Table d = r.proactiveDisclosure();
        d = d.withCell(d.layout().row(DisclosureRow.FEES).get(0), Amount.of("7730.2800", MoneyUnit.WAN_YUAN));
        return r.withReviewLitigation((ReviewLitigationTable) t)
                .withProactiveDisclosure((io.github.nianbao.core.table.ProactiveDisclosure) d);
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void readsBackInPoiWithoutWarnings() throws IOException {
        Path log = Path.of(System.getProperty("org.apache.logging.log4j.simplelog.logFile"));
        // The plain logger opens (and empties) its file when first asked for a logger.
        org.apache.logging.log4j.Logger probe = org.apache.logging.log4j.LogManager.getLogger(DocxDocumentTest.class);
        long before = Files.size(log);
        int documents = 0;
        for (AnnualReport r : reports()) {
            try (XWPFDocument doc = open(RENDERER.docx(r))) {
                StringBuilder all = new StringBuilder();
                doc.getParagraphs().forEach(p -> all.append(p.getText()));
                for (XWPFTable t : doc.getTables()) {
                    for (XWPFTableRow row : t.getRows()) {
                        row.getTableCells().forEach(c -> all.append(c.getText()));
                    }
                }
                assertTrue(all.indexOf(r.agency()) >= 0);
                assertEquals(3, doc.getTables().size());
                documents++;
            }
        }
        assertEquals(before, Files.size(log), () -> "POI logged while reading:\n" + read(log));
        // The log does catch warnings: one of our own goes there.
        probe.warn("probe: warnings reach " + log);
        assertTrue(Files.size(log) > before, "a warning is logged to " + log);
        assertTrue(documents > 15);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A table's shape: per row, per cell its grid span and vertical merge. */
    private static List<String> shape(CTTbl tbl) {
        List<String> rows = new ArrayList<>();
        for (var tr : tbl.getTrArray()) {
            StringBuilder sb = new StringBuilder();
            for (CTTc tc : tr.getTcArray()) {
                CTTcPr pr = tc.getTcPr();
                long span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().longValue() : 1;
                String merge = pr != null && pr.isSetVMerge() ? (pr.getVMerge().isSetVal() ? pr.getVMerge().getVal().toString() : "continue") : "-";
                sb.append('[').append(span).append(' ').append(merge).append(']');
            }
            rows.add(sb.toString());
        }
        return rows;
    }

    private static long width(CTTbl tbl, int row) {
        long w = 0;
        for (CTTc tc : tbl.getTrArray(row).getTcArray()) {
            CTTcPr pr = tc.getTcPr();
            w += pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().longValue() : 1;
        }
        return w;
    }

    // What the template prints in a cell: labels; value cells hold nothing but spaces.
    private static String label(XWPFTableCell c) {
        return c.getText().replace('\u3000', ' ').strip();
    }

    @Test
    void tablesHaveTheTemplatesRowsAndColumns() throws IOException {
        try (XWPFDocument template = open(ReportRenderer.officialTemplate())) {
            for (AnnualReport r : reports()) {
                try (XWPFDocument doc = open(RENDERER.docx(r))) {
                    String context = r.agency() + " " + r.reportYear() + " " + r.edition() + (r.isHybrid() ? " hybrid" : "");
                    for (int t = 0; t < 3; t++) {
                        CTTbl expected = template.getTables().get(t).getCTTbl();
                        CTTbl actual = doc.getTables().get(t).getCTTbl();
                        // The same grid of columns, every row filling it.
                        assertEquals(expected.getTblGrid().toString(), actual.getTblGrid().toString(), context);
                        int columns = expected.getTblGrid().sizeOfGridColArray();
                        for (int row = 0; row < actual.sizeOfTrArray(); row++) {
                            assertEquals(columns, width(actual, row), context + " table " + t + " row " + row);
                        }
                    }
                    boolean official2 = r.edition() == Edition.V2021;
                    boolean official3 = r.applications().edition() == Edition.V2021;
                    sameRowsAndColumns(template, doc, 2, context);
                    if (official2) {
                        sameRowsAndColumns(template, doc, 0, context);
                    } else {
                        int rows = 0;
                        for (DisclosureBlock b : DisclosureBlock.values()) {
                            rows += b.editions().contains(Edition.V2019) ? 2 : 0;
                        }
                        rows += Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2019).rows().size();
                        assertEquals(rows, doc.getTables().get(0).getRows().size(), context);
                    }
                    if (official3) {
                        sameRowsAndColumns(template, doc, 1, context);
                    } else {
                        // One （六）其他处理 row in place of the group's three.
                        assertEquals(template.getTables().get(1).getRows().size() - 2, doc.getTables().get(1).getRows().size(), context);
                        assertEquals(Layout.of(Section.APPLICATIONS, Edition.V2019).rows().size() + 3, doc.getTables().get(1).getRows().size());
                    }
                }
            }
        }
    }

    private static void sameRowsAndColumns(XWPFDocument template, XWPFDocument doc, int table, String context) {
        XWPFTable e = template.getTables().get(table);
        XWPFTable a = doc.getTables().get(table);
        assertEquals(shape(e.getCTTbl()), shape(a.getCTTbl()), context + " table " + table);
        for (int row = 0; row < e.getRows().size(); row++) {
            List<XWPFTableCell> ec = e.getRow(row).getTableCells();
            List<XWPFTableCell> ac = a.getRow(row).getTableCells();
            for (int c = 0; c < ec.size(); c++) {
                String printed = label(ec.get(c));
                if (!printed.isEmpty()) {
                    assertEquals(printed, label(ac.get(c)), context + " table " + table + " row " + row + " cell " + c);
                }
            }
        }
    }

    @Test
    void cellsPrintAsTheyShould() throws IOException {
        AnnualReport r = withOddCells(SampleReports.synthetic(Edition.V2021));
        try (XWPFDocument doc = open(RENDERER.docx(r))) {
            XWPFTable review = doc.getTables().get(2);
            List<XWPFTableCell> values = review.getRow(review.getRows().size() - 1).getTableCells();
            assertEquals(List.of("", "/", "0", "1234567890123456789", "?"),
                    values.subList(0, 5).stream().map(XWPFTableCell::getText).toList());
            XWPFTable disclosure = doc.getTables().get(0);
            XWPFTableRow fees = disclosure.getRow(disclosure.getRows().size() - 1);
            assertEquals(DisclosureRow.FEES.label(), fees.getCell(0).getText());
            assertEquals("7730.2800", fees.getCell(1).getText());
            // The unknown cell is listed under table 四, by its labels and reason.
            List<String> after = new ArrayList<>();
            boolean seen = false;
            for (var e : doc.getBodyElements()) {
                if (e instanceof XWPFTable t && t == review) {
                    seen = true;
                } else if (seen && e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    after.add(p.getText());
                    if (after.size() == 2) {
                        break;
                    }
                }
            }
            assertTrue(after.get(0).contains("“?”") && after.get(0).contains("1"), after.toString());
            assertEquals(io.github.nianbao.core.catalogue.ReviewBlock.ADMINISTRATIVE_REVIEW.label() + " › "
                    + io.github.nianbao.core.catalogue.ReviewColumn.TOTAL.label() + "（原因：GLUED_AMBIGUOUS）", after.get(1));
        }
        AnnualReport v2019 = SampleReports.synthetic(Edition.V2019);
        v2019 = v2019.withProactiveDisclosure(v2019.proactiveDisclosure()
                .withCell(DisclosureRow.PROCUREMENT, io.github.nianbao.core.catalogue.DisclosureColumn.PROCUREMENT_AMOUNT, Amount.of("251000", MoneyUnit.YUAN))
                .withCell(DisclosureRow.LICENSING, io.github.nianbao.core.catalogue.DisclosureColumn.CHANGE, Count.of(-5)));
        try (XWPFDocument doc = open(RENDERER.docx(v2019))) {
            XWPFTable disclosure = doc.getTables().get(0);
            XWPFTableRow procurement = disclosure.getRow(disclosure.getRows().size() - 1);
            assertEquals(DisclosureRow.PROCUREMENT.label(), procurement.getCell(0).getText());
            assertEquals("251000元", procurement.getCell(2).getText());
            XWPFTableRow licensing = null;
            for (XWPFTableRow row : disclosure.getRows()) {
                if (row.getCell(0).getText().equals(DisclosureRow.LICENSING.label())) {
                    licensing = row;
                }
            }
            assertNotNull(licensing);
            assertEquals("-5", licensing.getCell(2).getText());
        }
    }
}

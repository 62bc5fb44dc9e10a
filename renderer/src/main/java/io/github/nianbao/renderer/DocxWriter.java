package io.github.nianbao.renderer;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureBlock;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.table.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * Writes one report as a Word document by filling a copy of the official template: the title, the
 * narrative sections in place of the template's placeholders (sub-headings in the bold of the
 * section headings, paragraphs in the placeholders' style), and the cells of tables 二, 三 and 四.
 * The template is the V2021 form; for the V2019 tables, table 二 is rebuilt from the template's own
 * rows (block header, column header, item row, each in the three- and one-column forms) and the
 * three （六）其他处理 rows of table 三 become the single V2019 row, so both editions print in the
 * same styling. One instance per document.
 */
final class DocxWriter {

    /** The number of cells in a row of table 三 that hold numbers: one per applicant column. */
    private static final int APPLICATION_VALUES = 7;

    private final AnnualReport report;
    private final Messages messages;
    private final XWPFDocument doc;

    private DocxWriter(AnnualReport report, Messages messages, XWPFDocument doc) {
        this.report = report;
        this.messages = messages;
        this.doc = doc;
    }

    static byte[] write(AnnualReport report, Messages messages, byte[] template) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template))) {
            new DocxWriter(report, messages, doc).fill();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Everything is in memory: the template is ours and was read when the renderer was made.
            throw new UncheckedIOException("the official template could not be filled", e);
        }
    }

    private void fill() {
        List<XWPFParagraph> paragraphs = doc.getParagraphs();
        XWPFParagraph title = paragraphs.stream().filter(p -> !p.getText().isBlank()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the template has no title"));
        String titleText = messages.format("title", report.agency(), report.reportYear());
        setText(title, titleText);
        doc.getProperties().getCoreProperties().setTitle(Characters.documentSafe(titleText));

        XWPFParagraph sectionHeading = heading(Section.OVERVIEW);
        XWPFParagraph placeholder = next(sectionHeading);
        // Copies: the placeholders they come from are removed.
        CTPPr headingStyle = copy(sectionHeading.getCTP().getPPr());
        CTRPr headingRun = firstRunProperties(sectionHeading.getCTP());
        CTPPr bodyStyle = copy(placeholder.getCTP().getPPr());
        CTRPr bodyRun = firstRunProperties(placeholder.getCTP());

        List<CTTbl> tables = new ArrayList<>(List.of(doc.getDocument().getBody().getTblArray()));
        if (tables.size() != 3) {
            throw new IllegalStateException("the template has " + tables.size() + " tables, not 3");
        }
        if (report.edition() == Edition.V2019) {
            disclosure2019Rows(tables.get(0));
        }
        if (report.applications().edition() == Edition.V2019) {
            singleOtherProcessingRow(tables.get(1));
        }
        fillDisclosure(tables.get(0), report.proactiveDisclosure());
        fillApplications(tables.get(1), report.applications());
        fillReview(tables.get(2), report.reviewLitigation());
        for (int i = 0; i < 3; i++) {
            unknownCells(tables.get(i), report.table(Section.values()[Section.PROACTIVE_DISCLOSURE.ordinal() + i]), bodyStyle, bodyRun);
        }

        for (Section s : new Section[] {Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS}) {
            XWPFParagraph h = heading(s);
            XWPFParagraph slot = next(h);
            narrative(report.narrative(s), slot, headingStyle, headingRun, bodyStyle, bodyRun);
            doc.removeBodyElement(doc.getPosOfParagraph(slot));
        }
    }

    // ---- paragraphs

    private static CTPPr copy(CTPPr style) {
        return style == null ? null : (CTPPr) style.copy();
    }

    private XWPFParagraph heading(Section s) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getText().strip().equals(s.label())) {
                return p;
            }
        }
        throw new IllegalStateException("the template has no heading " + s.label());
    }

    // The paragraph right after a heading: in the template, the placeholder of the section's text.
    private XWPFParagraph next(XWPFParagraph heading) {
        int at = doc.getBodyElements().indexOf(heading);
        if (at + 1 < doc.getBodyElements().size() && doc.getBodyElements().get(at + 1) instanceof XWPFParagraph p) {
            return p;
        }
        throw new IllegalStateException("the template has no text after " + heading.getText());
    }

    private void narrative(Narrative n, XWPFParagraph before, CTPPr headingStyle, CTRPr headingRun, CTPPr bodyStyle, CTRPr bodyRun) {
        for (NarrativeBlock b : n.blocks()) {
            boolean heading = b.kind() == NarrativeBlock.Kind.HEADING;
            insertBefore(before.getCTP(), b.text(), heading ? headingStyle : bodyStyle, heading ? headingRun : bodyRun);
        }
    }

    private XWPFParagraph insertBefore(org.apache.xmlbeans.XmlObject element, String text, CTPPr style, CTRPr run) {
        XWPFParagraph p;
        try (XmlCursor c = element.newCursor()) {
            p = doc.insertNewParagraph(c);
        }
        if (style != null) {
            p.getCTP().setPPr((CTPPr) style.copy());
        }
        XWPFRun r = p.createRun();
        if (run != null) {
            r.getCTR().setRPr((CTRPr) run.copy());
        }
        r.setText(Characters.documentSafe(text));
        return p;
    }

    private static void setText(XWPFParagraph p, String text) {
        CTRPr rPr = firstRunProperties(p.getCTP());
        // Through the paragraph, so that it forgets the runs it had.
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        XWPFRun r = p.createRun();
        if (rPr != null) {
            r.getCTR().setRPr(rPr);
        }
        r.setText(Characters.documentSafe(text));
    }

    private static CTRPr firstRunProperties(CTP p) {
        for (CTR r : p.getRArray()) {
            if (r.isSetRPr()) {
                return (CTRPr) r.getRPr().copy();
            }
        }
        return null;
    }

    private static void text(CTR r, String text) {
        CTText t = r.addNewT();
        t.setStringValue(Characters.documentSafe(text));
        if (!text.equals(text.strip())) {
            try (XmlCursor c = t.newCursor()) {
                c.setAttributeText(new javax.xml.namespace.QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
            }
        }
    }

    // ---- unknown cells: a note and one line per cell, after the table

    private void unknownCells(CTTbl table, Table t, CTPPr style, CTRPr run) {
        List<String> lines = new ArrayList<>();
        for (CellKey k : t.layout().cells()) {
            Cell c = t.cell(k);
            if (c.isUnknown()) {
                lines.add(PrintedCell.describeUnknown(k, c, messages));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        org.apache.xmlbeans.XmlObject after;
        try (XmlCursor c = table.newCursor()) {
            if (!c.toNextSibling()) {
                throw new IllegalStateException("the template ends with a table");
            }
            after = c.getObject();
        }
        insertBefore(after, messages.format("unknown.note", lines.size()), style, run);
        for (String line : lines) {
            insertBefore(after, line, style, run);
        }
    }

    // ---- table 二

    // Rebuilds table 二 in the V2019 form from the template's rows of each shape.
    private static void disclosure2019Rows(CTTbl tbl) {
        CTRow blockHeader = null;
        CTRow header3 = null;
        CTRow item3 = null;
        CTRow header1 = null;
        CTRow item1 = null;
        for (CTRow row : tbl.getTrArray()) {
            int cells = row.sizeOfTcArray();
            String first = text(row.getTcArray(0));
            boolean isHeader = first.equals(DisclosureBlock.ROW_HEADER);
            if (cells == 1 && blockHeader == null) {
                blockHeader = row;
            } else if (cells == 4 && isHeader && header3 == null) {
                header3 = row;
            } else if (cells == 4 && !isHeader && item3 == null) {
                item3 = row;
            } else if (cells == 2 && isHeader && header1 == null) {
                header1 = row;
            } else if (cells == 2 && !isHeader && item1 == null) {
                item1 = row;
            }
        }
        if (blockHeader == null || header3 == null || item3 == null || header1 == null || item1 == null) {
            throw new IllegalStateException("table 二 of the template lacks a row of some shape");
        }
        List<CTRow> rows = new ArrayList<>();
        for (DisclosureBlock block : DisclosureBlock.values()) {
            if (!block.editions().contains(Edition.V2019)) {
                continue;
            }
            List<DisclosureColumn> cols = block.columns(Edition.V2019);
            CTRow h = (CTRow) blockHeader.copy();
            setText(h.getTcArray(0), block.label(), null);
            rows.add(h);
            CTRow columns = shaped(cols.size() == 1 ? header1 : header3, cols.size());
            setText(columns.getTcArray(0), DisclosureBlock.ROW_HEADER, null);
            for (int i = 0; i < cols.size(); i++) {
                setText(columns.getTcArray(1 + i), cols.get(i).label(), runProperties(columns.getTcArray(0)));
            }
            rows.add(columns);
            for (DisclosureRow row : DisclosureRow.values()) {
                if (row.block() == block && row.editions().contains(Edition.V2019)) {
                    CTRow item = shaped(cols.size() == 1 ? item1 : item3, cols.size());
                    setText(item.getTcArray(0), row.label(), null);
                    rows.add(item);
                }
            }
        }
        while (tbl.sizeOfTrArray() > 0) {
            tbl.removeTr(0);
        }
        for (CTRow r : rows) {
            tbl.addNewTr().set(r);
        }
    }

    // A copy of a row of 4 (or 2) cells with as many value cells as a block has columns: the last
    // value cell spans what the others leave of the three value columns.
    private static CTRow shaped(CTRow prototype, int values) {
        CTRow row = (CTRow) prototype.copy();
        stripIds(row);
        if (row.sizeOfTcArray() == 2) {
            return row;
        }
        while (row.sizeOfTcArray() > 1 + values) {
            CTTc removed = row.getTcArray(row.sizeOfTcArray() - 1);
            long width = width(removed);
            row.removeTc(row.sizeOfTcArray() - 1);
            CTTc last = row.getTcArray(row.sizeOfTcArray() - 1);
            CTTcPr pr = last.isSetTcPr() ? last.getTcPr() : last.addNewTcPr();
            long span = pr.isSetGridSpan() ? pr.getGridSpan().getVal().longValue() : 1;
            (pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan()).setVal(BigInteger.valueOf(span + 1));
            if (pr.isSetTcW() && width > 0) {
                pr.getTcW().setW(BigInteger.valueOf(width(last) + width));
            }
        }
        return row;
    }

    private static long width(CTTc tc) {
        if (tc.isSetTcPr() && tc.getTcPr().isSetTcW() && tc.getTcPr().getTcW().getW() instanceof BigInteger w) {
            return w.longValue();
        }
        return 0;
    }

    private void fillDisclosure(CTTbl tbl, Table t) {
        Layout layout = t.layout();
        int filled = 0;
        for (CTRow row : tbl.getTrArray()) {
            String label = text(row.getTcArray(0));
            for (CatalogueEntry entry : layout.rows()) {
                if (entry.label().equals(label)) {
                    List<CellKey> keys = layout.row(entry);
                    if (row.sizeOfTcArray() != 1 + keys.size()) {
                        throw new IllegalStateException("table 二 row " + label + " has " + row.sizeOfTcArray() + " cells");
                    }
                    CTRPr rPr = runProperties(row.getTcArray(0));
                    for (int i = 0; i < keys.size(); i++) {
                        setValue(row.getTcArray(1 + i), keys.get(i), t.cell(keys.get(i)), rPr);
                    }
                    filled++;
                }
            }
        }
        requireAll(filled, layout);
    }

    // ---- table 三

    // The V2019 form: （六）其他处理 is one row of its own, not a group of three.
    private static void singleOtherProcessingRow(CTTbl tbl) {
        String first = ApplicationRow.NO_CORRECTION.label();
        for (int i = 0; i < tbl.sizeOfTrArray(); i++) {
            CTRow row = tbl.getTrArray(i);
            int n = row.sizeOfTcArray();
            if (n >= APPLICATION_VALUES + 3 && text(row.getTcArray(n - APPLICATION_VALUES - 1)).equals(first)) {
                CTTc group = row.getTcArray(n - APPLICATION_VALUES - 2);
                CTTc label = row.getTcArray(n - APPLICATION_VALUES - 1);
                CTTcPr pr = group.isSetTcPr() ? group.getTcPr() : group.addNewTcPr();
                if (pr.isSetVMerge()) {
                    pr.unsetVMerge();
                }
                CTDecimalNumber span = pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan();
                span.setVal(BigInteger.valueOf(2));
                if (pr.isSetTcW()) {
                    pr.getTcW().setW(BigInteger.valueOf(width(group) + width(label)));
                }
                setText(group, ApplicationRow.OTHER_PROCESSING.label(), null);
                row.removeTc(n - APPLICATION_VALUES - 1);
                // The two rows below were the group's other items.
                tbl.removeTr(i + 1);
                tbl.removeTr(i + 1);
                return;
            }
        }
        throw new IllegalStateException("table 三 of the template has no row " + first);
    }

    private void fillApplications(CTTbl tbl, Table t) {
        Layout layout = t.layout();
        int filled = 0;
        for (CTRow row : tbl.getTrArray()) {
            int n = row.sizeOfTcArray();
            if (n < APPLICATION_VALUES + 1) {
                continue;
            }
            CTTc labelCell = row.getTcArray(n - APPLICATION_VALUES - 1);
            String label = text(labelCell);
            for (CatalogueEntry entry : layout.rows()) {
                if (entry.label().equals(label)) {
                    List<CellKey> keys = layout.row(entry);
                    CTRPr rPr = runProperties(labelCell);
                    for (int i = 0; i < keys.size(); i++) {
                        setValue(row.getTcArray(n - APPLICATION_VALUES + i), keys.get(i), t.cell(keys.get(i)), rPr);
                    }
                    filled++;
                }
            }
        }
        requireAll(filled, layout);
    }

    // ---- table 四: its last row holds the fifteen values

    private void fillReview(CTTbl tbl, Table t) {
        CTRow values = tbl.getTrArray(tbl.sizeOfTrArray() - 1);
        List<CellKey> keys = t.layout().cells();
        if (values.sizeOfTcArray() != keys.size()) {
            throw new IllegalStateException("table 四 of the template has " + values.sizeOfTcArray() + " value cells");
        }
        CTRPr rPr = runProperties(tbl.getTrArray(tbl.sizeOfTrArray() - 2).getTcArray(0));
        for (int i = 0; i < keys.size(); i++) {
            setValue(values.getTcArray(i), keys.get(i), t.cell(keys.get(i)), rPr);
        }
    }

    private static void requireAll(int filled, Layout layout) {
        if (filled != layout.rows().size()) {
            throw new IllegalStateException("the template's " + layout + " has " + filled + " of " + layout.rows().size() + " rows");
        }
    }

    // ---- cells

    private static void setValue(CTTc tc, CellKey key, Cell cell, CTRPr rPr) {
        setText(tc, PrintedCell.text(key, cell), rPr);
        CTP p = tc.getPArray(0);
        CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        (ppr.isSetJc() ? ppr.getJc() : ppr.addNewJc()).setVal(STJc.CENTER);
    }

    // Replaces a cell's text, keeping its paragraph properties; the run takes rPr, or the cell's own.
    private static void setText(CTTc tc, String text, CTRPr rPr) {
        CTP p = tc.sizeOfPArray() > 0 ? tc.getPArray(0) : tc.addNewP();
        while (tc.sizeOfPArray() > 1) {
            tc.removeP(1);
        }
        CTRPr own = firstRunProperties(p);
        while (p.sizeOfRArray() > 0) {
            p.removeR(0);
        }
        if (text.isEmpty()) {
            return;
        }
        CTR r = p.addNewR();
        CTRPr props = rPr != null ? (CTRPr) rPr.copy() : own;
        if (props != null) {
            r.setRPr(props);
        }
        text(r, text);
    }

    private static CTRPr runProperties(CTTc tc) {
        for (CTP p : tc.getPArray()) {
            CTRPr r = firstRunProperties(p);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static String text(CTTc tc) {
        StringBuilder sb = new StringBuilder();
        for (CTP p : tc.getPArray()) {
            for (CTR r : p.getRArray()) {
                for (CTText t : r.getTArray()) {
                    sb.append(t.getStringValue());
                }
            }
        }
        return sb.toString().strip();
    }

    // Word identifies paragraphs by w14:paraId: a copied row must not repeat its original's ids.
    private static void stripIds(CTRow row) {
        try (XmlCursor c = row.newCursor()) {
            javax.xml.namespace.QName paraId = new javax.xml.namespace.QName("http://schemas.microsoft.com/office/word/2010/wordml", "paraId");
            javax.xml.namespace.QName textId = new javax.xml.namespace.QName("http://schemas.microsoft.com/office/word/2010/wordml", "textId");
            while (c.hasNextToken()) {
                if (c.isStart()) {
                    c.removeAttribute(paraId);
                    c.removeAttribute(textId);
                }
                if (c.toNextToken() == XmlCursor.TokenType.ENDDOC) {
                    break;
                }
            }
        }
    }
}

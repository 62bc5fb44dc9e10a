package io.github.nianbao.documents;

import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.SourceDocument;
import io.github.nianbao.importer.SourceFormat;
import io.github.nianbao.importer.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word file ({@code .docx}, Office Open XML) with Apache POI into a {@link SourceDocument}:
 * the body's paragraphs in order, with the paragraphs Word marks as headings (a heading or title
 * style, or an outline level) marked so; its tables as grids of their real cells, horizontal merges
 * ({@code gridSpan}) and vertical merges ({@code vMerge}) expanded into covered cells. Headers,
 * footers, comments and text boxes are not part of the report and are not read. Thread-safe: it
 * holds no state.
 *
 * <p>Limits (see docs/RELIABILITY.md): at most {@value #MAX_FILE_BYTES} bytes of file,
 * {@value #MAX_ENTRIES} zip entries and {@value #MAX_EXPANDED_BYTES} bytes expanded, no entry
 * inflating more than 100 times once past 1 MiB (a zip bomb); a merged cell spans at most
 * {@value #MAX_SPAN} columns.
 */
public final class DocxReader {

    /** The largest Word file read: 32 MiB, a hundred times a report with its tables. */
    public static final long MAX_FILE_BYTES = 32L << 20;
    /** The most zip entries a Word file may have. */
    public static final int MAX_ENTRIES = 1_000;
    /** The most bytes all entries of a Word file may expand to: 128 MiB. */
    public static final long MAX_EXPANDED_BYTES = 128L << 20;
    /** The most grid columns one merged cell may span. */
    public static final int MAX_SPAN = 64;

    private static final DocxReader INSTANCE = new DocxReader();

    private DocxReader() {
    }

    /** {@return the reader} */
    public static DocxReader create() {
        return INSTANCE;
    }

    /**
     * Reads a Word file.
     *
     * @param bytes the file
     * @return the document
     * @throws UnreadableDocumentException if the file is too large, a zip bomb, damaged, or no Word file
     */
    public SourceDocument read(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new UnreadableDocumentException(SourceFormat.DOCX, ImportIssue.DOCUMENT_TOO_LARGE, "Word", "file size",
                    bytes.length + " > " + MAX_FILE_BYTES + " bytes");
        }
        ZipCheck.Contents contents = ZipCheck.check(bytes);
        if (!contents.wordDocument()) {
            throw new UnreadableDocumentException(SourceFormat.DOCX, ImportIssue.UNSUPPORTED_FILE, "a zip archive without word/document.xml");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return read(doc);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(SourceFormat.DOCX, ImportIssue.DOCUMENT_DAMAGED, "Word", DocumentImporter.reason(e));
        }
    }

    private static SourceDocument read(XWPFDocument doc) {
        SourceDocument.Builder out = SourceDocument.builder(SourceFormat.DOCX);
        XWPFStyles styles = doc.getStyles();
        int paragraph = 0;
        int table = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element.getElementType() == BodyElementType.PARAGRAPH) {
                XWPFParagraph p = (XWPFParagraph) element;
                paragraph++;
                out.paragraph(p.getText(), isHeading(p, styles), SourceLocation.document(0, 0, paragraph, 0));
            } else if (element.getElementType() == BodyElementType.CONTENTCONTROL) {
                paragraph++;
                out.paragraph(((XWPFSDT) element).getContent().getText(), false, SourceLocation.document(0, 0, paragraph, 0));
            } else if (element.getElementType() == BodyElementType.TABLE) {
                table++;
                out.table(table((XWPFTable) element, table));
            }
        }
        return out.build();
    }

    // A grid of the table's cells: each cell as wide as its gridSpan, a vMerge continuation covered.
    private static List<List<SourceDocument.Cell>> table(XWPFTable table, int number) {
        List<List<SourceDocument.Cell>> rows = new ArrayList<>();
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            r++;
            List<SourceDocument.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                    BigInteger v = pr.getGridSpan().getVal();
                    span = v.signum() <= 0 ? 1 : v.min(BigInteger.valueOf(MAX_SPAN)).intValue();
                }
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                for (int k = 0; k < span; k++) {
                    SourceLocation at = SourceLocation.document(0, number, r, cells.size() + 1);
                    cells.add(continued || k > 0 ? SourceDocument.covered(at) : SourceDocument.cell(cell.getText(), at));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static boolean isHeading(XWPFParagraph p, XWPFStyles styles) {
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.isSetOutlineLvl() && ppr.getOutlineLvl().getVal() != null
                && ppr.getOutlineLvl().getVal().intValue() < 9) {
            return true;
        }
        String id = p.getStyleID();
        if (id == null || styles == null) {
            return false;
        }
        XWPFStyle style = styles.getStyle(id);
        String name = (style != null && style.getName() != null ? style.getName() : id).toLowerCase(Locale.ROOT);
        return name.startsWith("heading") || name.equals("title") || name.startsWith("标题");
    }
}

package io.github.nianbao.documents;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The official template filled in with POI as a drafter fills it in Word: the title replaced, the
 * empty cells of the three tables written in reading order with a report's cells, the placeholder
 * of section 一 replaced by a paragraph. Test-side only; it knows nothing of the importer.
 */
final class FilledTemplate {

    private FilledTemplate() {
    }

    static byte[] fill(byte[] template, AnnualReport report, String title, String overview) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getText().equals("政府信息公开工作年度报告格式模板")) {
                    set(p, title);
                } else if (p.getText().equals("（文字描述）") && overview != null) {
                    set(p, overview);
                    overview = null;
                }
            }
            Section[] sections = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};
            List<XWPFTable> tables = doc.getTables();
            if (tables.size() != 3) {
                throw new IllegalStateException("the template has " + tables.size() + " tables");
            }
            for (int t = 0; t < 3; t++) {
                List<CellKey> keys = Layout.of(sections[t], report.edition()).cells();
                List<XWPFTableCell> empty = new ArrayList<>();
                for (XWPFTableRow row : tables.get(t).getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        CTTcPr pr = cell.getCTTc().getTcPr();
                        boolean continued = pr != null && pr.isSetVMerge()
                                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                        if (!continued && cell.getText().isBlank()) {
                            empty.add(cell);
                        }
                    }
                }
                if (empty.size() != keys.size()) {
                    throw new IllegalStateException("table " + (t + 2) + ": " + empty.size() + " empty cells for " + keys.size());
                }
                for (int i = 0; i < keys.size(); i++) {
                    String text = printed(report.cell(keys.get(i)));
                    if (!text.isEmpty()) {
                        set(empty.get(i).getParagraphs().get(0), text);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(XWPFParagraph p, String text) {
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        p.createRun().setText(text);
    }

    static String printed(Cell cell) {
        return switch (cell.state()) {
            case NUMBER -> cell instanceof Count c ? Long.toString(c.value()) : ((Amount) cell).value().toPlainString();
            case NOT_APPLICABLE -> "/";
            default -> "";
        };
    }
}

package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.Table;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the canonical form: members in a fixed order (top level as in {@link CanonicalForm},
 * metadata in {@link MetadataField} order, table cells in layout order), counts as JSON integers,
 * amounts with their exact decimal string. Stateless.
 */
final class ReportWriter {

    private ReportWriter() {
    }

    static void write(AnnualReport report, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty(CanonicalForm.FORMAT_VERSION, ReportJson.FORMAT_VERSION);
        writeMetadata(report.metadata(), g);
        for (Section section : Section.values()) {
            if (section == Section.APPLICATIONS && report.isHybrid()) {
                g.writeStringProperty(CanonicalForm.APPLICATIONS_FORM, report.applications().edition().name());
            }
            g.writeName(section.key());
            if (section.isTable()) {
                writeTable(report.table(section), g);
            } else {
                writeNarrative(report.narrative(section), g);
            }
        }
        g.writeEndObject();
    }

    private static void writeMetadata(ReportMetadata m, JsonGenerator g) {
        g.writeName(MetadataField.OBJECT_KEY);
        g.writeStartObject();
        for (MetadataField field : MetadataField.values()) {
            switch (field) {
                case AGENCY -> g.writeStringProperty(field.key(), m.agency());
                case REPORT_YEAR -> g.writeNumberProperty(field.key(), m.reportYear());
                case EDITION -> g.writeStringProperty(field.key(), m.edition().name());
                case PUBLICATION_DATE -> {
                    if (m.publicationDate().isPresent()) {
                        g.writeStringProperty(field.key(), m.publicationDate().get().toString());
                    }
                }
                case ADMINISTRATIVE_LEVEL -> {
                    if (m.administrativeLevel().isPresent()) {
                        g.writeStringProperty(field.key(), m.administrativeLevel().get().name());
                    }
                }
                case DIVISION_CODE -> {
                    if (m.divisionCode().isPresent()) {
                        g.writeStringProperty(field.key(), m.divisionCode().get());
                    }
                }
            }
        }
        g.writeEndObject();
    }

    private static void writeNarrative(Narrative narrative, JsonGenerator g) {
        g.writeStartArray();
        for (NarrativeBlock block : narrative.blocks()) {
            g.writeStartObject();
            g.writeStringProperty(CanonicalForm.KIND, CanonicalForm.kindName(block.kind()));
            g.writeStringProperty(CanonicalForm.TEXT, block.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // Opens and closes objects along each key's path, so the nesting is exactly CellKey.path().
    private static void writeTable(Table table, JsonGenerator g) {
        List<CellKey> keys = table.layout().cells();
        List<String> open = List.of();
        g.writeStartObject();
        for (CellKey key : keys) {
            List<String> segments = key.path().segments();
            List<String> parents = segments.subList(1, segments.size() - 1);
            int common = 0;
            while (common < open.size() && common < parents.size() && open.get(common).equals(parents.get(common))) {
                common++;
            }
            for (int i = open.size(); i > common; i--) {
                g.writeEndObject();
            }
            for (int i = common; i < parents.size(); i++) {
                g.writeName(parents.get(i));
                g.writeStartObject();
            }
            open = parents;
            g.writeName(segments.get(segments.size() - 1));
            writeCell(table.cellAt(key.index()), g);
        }
        for (int i = open.size(); i > 0; i--) {
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void writeCell(Cell cell, JsonGenerator g) {
        switch (cell.state()) {
            case BLANK -> g.writeNull();
            case NOT_APPLICABLE -> g.writeString(CanonicalForm.NOT_APPLICABLE);
            case NUMBER -> {
                if (cell instanceof Count count) {
                    g.writeNumber(count.value());
                } else {
                    Amount amount = (Amount) cell;
                    g.writeStartObject();
                    g.writeStringProperty(CanonicalForm.VALUE, amount.value().toPlainString());
                    g.writeStringProperty(CanonicalForm.UNIT, amount.unit().symbol());
                    g.writeEndObject();
                }
            }
        }
    }
}

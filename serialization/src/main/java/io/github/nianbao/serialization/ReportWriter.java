package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.CellState;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.Table;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

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
        g.writeNumberProperty(CanonicalForm.FORMAT_VERSION, formatVersion(report));
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
                case AGENCY -> {
                    g.writeName(field.key());
                    writeText(m.agency(), g);
                }
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
            g.writeName(CanonicalForm.TEXT);
            writeText(block.text(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // Opens and closes objects along each key's path, so the nesting is exactly CellKey.path().
    // The steps are worked out once per table form, with the names pre-encoded by Jackson.
    private static void writeTable(Table table, JsonGenerator g) {
        TableSteps steps = TableSteps.of(table.section(), table.edition());
        g.writeStartObject();
        for (CellStep step : steps.cells) {
            for (int i = 0; i < step.close; i++) {
                g.writeEndObject();
            }
            for (SerializableString parent : step.open) {
                g.writeName(parent);
                g.writeStartObject();
            }
            g.writeName(step.name);
            writeCell(table.cellAt(step.index), g);
        }
        for (int i = 0; i < steps.closeAtEnd; i++) {
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** What to write for one cell: objects to close, objects to open, the cell's name, then its value. */
    private record CellStep(int index, int close, SerializableString[] open, SerializableString name) {
    }

    /** The steps of one table form in layout order, and how many objects are open after its last cell. */
    private record TableSteps(CellStep[] cells, int closeAtEnd) {

        private static final Map<Section, Map<Edition, TableSteps>> FORMS = new EnumMap<>(Section.class);

        static {
            for (Section section : Section.values()) {
                if (!section.isTable()) {
                    continue;
                }
                Map<Edition, TableSteps> byEdition = new EnumMap<>(Edition.class);
                for (Edition edition : Edition.values()) {
                    byEdition.put(edition, build(Layout.of(section, edition)));
                }
                FORMS.put(section, byEdition);
            }
        }

        static TableSteps of(Section section, Edition edition) {
            return FORMS.get(section).get(edition);
        }

        private static TableSteps build(Layout layout) {
            List<CellKey> keys = layout.cells();
            CellStep[] cells = new CellStep[keys.size()];
            List<String> open = List.of();
            for (int k = 0; k < cells.length; k++) {
                CellKey key = keys.get(k);
                List<String> segments = key.path().segments();
                List<String> parents = segments.subList(1, segments.size() - 1);
                int common = 0;
                while (common < open.size() && common < parents.size() && open.get(common).equals(parents.get(common))) {
                    common++;
                }
                SerializableString[] opened = new SerializableString[parents.size() - common];
                for (int i = common; i < parents.size(); i++) {
                    opened[i - common] = new SerializedString(parents.get(i));
                }
                cells[k] = new CellStep(key.index(), open.size() - common, opened,
                        new SerializedString(segments.get(segments.size() - 1)));
                open = parents;
            }
            return new TableSteps(cells, open.size());
        }
    }

    /**
     * Writes free text (the agency, narrative blocks). A lone surrogate (half of a UTF-16 pair, which
     * a Java string may hold and no UTF-8 can) is written as its six-character escape (a backslash, u and four hexadecimal digits) by every
     * writer: Jackson's UTF-8 generator escapes it, its text generator would write it as it is, and
     * whatever encodes that text as UTF-8 afterwards (the JSON Lines writer, a file) would silently
     * make it {@code ?}. Text without one, nearly all text, is written by Jackson.
     */
    static void writeText(String text, JsonGenerator g) {
        if (loneSurrogateAt(text) < 0) {
            g.writeString(text);
        } else {
            g.writeRawValue(quoted(text));
        }
    }

    /** {@return the index of the first lone surrogate of the text, or -1} */
    static int loneSurrogateAt(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    // The string literal exactly as Jackson writes it (RoundTripTest compares the two on generated
    // text), with every lone surrogate escaped as well.
    static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
                    if (pair) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * The lowest version of the form that can hold the report: version 1 has no unknown cells, so a
     * report without one is written exactly as it always was, and readers that know version 1 only
     * still read it; a report with one needs version 2.
     */
    static int formatVersion(AnnualReport report) {
        for (Section section : TableShape.tables()) {
            Table table = report.table(section);
            for (int i = 0, n = table.layout().size(); i < n; i++) {
                if (table.cellAt(i).state() == CellState.UNKNOWN) {
                    return ReportJson.FORMAT_VERSION;
                }
            }
        }
        return ReportJson.MIN_FORMAT_VERSION;
    }

    // A statement switch over an enum need not name every constant: the default makes a state added
    // to core without a form here fail loudly instead of writing nothing (which left a member with no
    // value and a document no reader could read). RoundTripTest writes every state.
    static void writeCell(Cell cell, JsonGenerator g) {
        switch (cell.state()) {
            case BLANK -> g.writeNull();
            case NOT_APPLICABLE -> g.writeString(CanonicalForm.NOT_APPLICABLE);
            case UNKNOWN -> {
                g.writeStartObject();
                g.writeBooleanProperty(CanonicalForm.UNKNOWN, true);
                if (cell.unknownReason().isPresent()) {
                    g.writeStringProperty(CanonicalForm.REASON, cell.unknownReason().get());
                }
                g.writeEndObject();
            }
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
            default -> throw new IllegalStateException("no JSON form for a cell in state " + cell.state());
        }
    }
}

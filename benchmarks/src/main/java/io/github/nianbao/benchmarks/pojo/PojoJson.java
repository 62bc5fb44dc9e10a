package io.github.nianbao.benchmarks.pojo;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
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
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plain-databind baseline for JSON: one {@link JsonMapper} with default settings, reading and
 * writing {@link PojoReport}s. Thread-safe.
 *
 * <p>{@link #canonicalTree(AnnualReport)} writes a report in the canonical JSON form of the
 * serialization module's docs/JSON.md, as a tree. It stands in for {@code ReportJson.encode} until
 * the codec is merged; then the benchmark input comes from the codec and this method only serves to
 * fill the mirrors. The places that follow the codec's form are marked {@code JSON-FORM}.
 */
public final class PojoJson {

    // JSON-FORM: members the codec adds around the catalogue's keys (serialization CanonicalForm).
    static final String FORMAT_VERSION = "formatVersion";
    static final int FORMAT_VERSION_VALUE = 1;
    static final String APPLICATIONS_FORM = "applicationsForm";
    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String VALUE = "value";
    static final String UNIT = "unit";
    /** How the canonical form writes a not-applicable cell. */
    public static final String NOT_APPLICABLE = "/";

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** Creates the baseline with a default mapper. */
    public PojoJson() {
    }

    /** {@return the mapper} */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Returns the mirror class of an edition.
     *
     * @param edition the edition
     * @return {@link PojoReport.V2019} or {@link PojoReport.V2021}
     */
    public static Class<? extends PojoReport<?>> type(Edition edition) {
        return edition == Edition.V2019 ? PojoReport.V2019.class : PojoReport.V2021.class;
    }

    /**
     * Reads a report: the measured decode.
     *
     * @param json the canonical JSON
     * @param type the mirror class of the expected edition
     * @return the mirror
     */
    public PojoReport<?> decode(byte[] json, Class<? extends PojoReport<?>> type) {
        return mapper.readValue(json, type);
    }

    /**
     * Writes a report: the measured encode.
     *
     * @param report the mirror
     * @return UTF-8 JSON
     */
    public byte[] encode(PojoReport<?> report) {
        return mapper.writeValueAsBytes(report);
    }

    /**
     * Converts a model report to its mirror (setup, never measured).
     *
     * @param report the report
     * @return the mirror
     */
    public PojoReport<?> mirror(AnnualReport report) {
        return mapper.treeToValue(canonicalTree(report), type(report.edition()));
    }

    /**
     * Writes a report in the canonical form (setup, never measured).
     *
     * @param report the report
     * @return UTF-8 JSON, compact
     */
    public byte[] canonicalJson(AnnualReport report) {
        return mapper.writeValueAsBytes(canonicalTree(report));
    }

    /**
     * Writes a report in the canonical form as a tree, members in canonical order.
     *
     * @param report the report
     * @return the tree
     */
    public ObjectNode canonicalTree(AnnualReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put(FORMAT_VERSION, FORMAT_VERSION_VALUE);
        metadata(report.metadata(), root.putObject(MetadataField.OBJECT_KEY));
        for (Section section : Section.values()) {
            if (section == Section.APPLICATIONS && report.isHybrid()) {
                root.put(APPLICATIONS_FORM, report.applications().edition().name());
            }
            if (section.isTable()) {
                table(report.table(section), root.putObject(section.key()));
            } else {
                narrative(report.narrative(section), root.putArray(section.key()));
            }
        }
        return root;
    }

    private static void metadata(ReportMetadata m, ObjectNode node) {
        node.put(MetadataField.AGENCY.key(), m.agency());
        node.put(MetadataField.REPORT_YEAR.key(), m.reportYear());
        node.put(MetadataField.EDITION.key(), m.edition().name());
        m.publicationDate().ifPresent(d -> node.put(MetadataField.PUBLICATION_DATE.key(), d.toString()));
        m.administrativeLevel().ifPresent(l -> node.put(MetadataField.ADMINISTRATIVE_LEVEL.key(), l.name()));
        m.divisionCode().ifPresent(c -> node.put(MetadataField.DIVISION_CODE.key(), c));
    }

    private static void narrative(Narrative narrative, ArrayNode node) {
        for (NarrativeBlock block : narrative.blocks()) {
            ObjectNode b = node.addObject();
            b.put(KIND, block.kind().name().toLowerCase(Locale.ROOT));
            b.put(TEXT, block.text());
        }
    }

    // Nesting follows CellKey.path(): /table/[block/]row/column.
    private static void table(Table table, ObjectNode node) {
        for (CellKey key : table.layout().cells()) {
            List<String> segments = key.path().segments();
            ObjectNode parent = node;
            for (String s : segments.subList(1, segments.size() - 1)) {
                ObjectNode child = (ObjectNode) parent.get(s);
                parent = child != null ? child : parent.putObject(s);
            }
            String name = segments.get(segments.size() - 1);
            Cell cell = table.cellAt(key.index());
            switch (cell.state()) {
                case BLANK -> parent.putNull(name);
                case NOT_APPLICABLE -> parent.put(name, NOT_APPLICABLE);
                case NUMBER -> {
                    if (cell instanceof Count count) {
                        parent.put(name, count.value());
                    } else {
                        Amount amount = (Amount) cell;
                        ObjectNode a = parent.putObject(name);
                        a.put(VALUE, amount.value().toPlainString());
                        a.put(UNIT, amount.unit().symbol());
                    }
                }
            }
        }
    }
}

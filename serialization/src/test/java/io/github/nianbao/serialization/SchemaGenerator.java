package io.github.nianbao.serialization;

import io.github.nianbao.core.AdministrativeLevel;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.MoneyUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of the canonical form from the catalogue and the codec's own names.
 * The schema file in src/main/resources is this generator's output; {@code SchemaTest} fails when
 * they differ. Regenerate with {@code -Dnianbao.writeSchema=true}.
 */
final class SchemaGenerator {

    static final Path SOURCE = Path.of("src/main/resources", ReportJson.SCHEMA_RESOURCE);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String DEFS = "#/$defs/";

    private SchemaGenerator() {
    }

    static String generate() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://github.com/nianbao/nianbao/schema/report-" + ReportJson.FORMAT_VERSION + ".schema.json");
        root.put("title", "nianbao annual report, JSON form " + ReportJson.MIN_FORMAT_VERSION + " to " + ReportJson.FORMAT_VERSION);
        root.put("description", "The canonical JSON form of a 政府信息公开工作年度报告 as written by nianbao's ReportJson. "
                + "Cells: count = integer, blank = null, not applicable = \"/\", amount = {\"value\": decimal string, \"unit\"}, "
                + "unknown = {\"unknown\": true, \"reason\": code} (reason optional; formatVersion 2 only, which a schema does not check).");
        root.put("type", "object");
        ArrayNode required = root.putArray("required");
        ObjectNode props = root.putObject("properties");
        for (String name : CanonicalForm.topLevelMembers()) {
            if (!name.equals(CanonicalForm.APPLICATIONS_FORM)) {
                required.add(name);
            }
        }
        ArrayNode versions = props.putObject(CanonicalForm.FORMAT_VERSION).putArray("enum");
        for (int v = ReportJson.MIN_FORMAT_VERSION; v <= ReportJson.FORMAT_VERSION; v++) {
            versions.add(v);
        }
        props.putObject(MetadataField.OBJECT_KEY).put("$ref", DEFS + "metadata");
        for (Section s : Section.values()) {
            if (s == Section.APPLICATIONS) {
                editionEnum(props.putObject(CanonicalForm.APPLICATIONS_FORM))
                        .put("description", "The edition of table 三's form, written only when it differs from the report's (a hybrid report).");
            }
            if (s.isTable()) {
                props.putObject(s.key()).put("type", "object").put("title", s.label());
            } else {
                props.putObject(s.key()).put("$ref", DEFS + "narrative").put("title", s.label());
            }
        }
        root.put("additionalProperties", false);

        ArrayNode allOf = root.putArray("allOf");
        for (Edition e : Edition.values()) {
            ObjectNode rule = allOf.addObject();
            rule.set("if", editionIs(e));
            ObjectNode then = rule.putObject("then").putObject("properties");
            then.putObject(Section.PROACTIVE_DISCLOSURE.key()).put("$ref", DEFS + tableDef(Section.PROACTIVE_DISCLOSURE, e));
            then.putObject(Section.REVIEW_LITIGATION.key()).put("$ref", DEFS + tableDef(Section.REVIEW_LITIGATION, e));
            if (e == Edition.V2019) {
                then.putObject(CanonicalForm.APPLICATIONS_FORM).put("const", Edition.V2019.name());
            }
        }
        for (Edition form : Edition.values()) {
            ObjectNode explicit = allOf.addObject();
            ObjectNode cond = explicit.putObject("if");
            cond.putArray("required").add(CanonicalForm.APPLICATIONS_FORM);
            cond.putObject("properties").putObject(CanonicalForm.APPLICATIONS_FORM).put("const", form.name());
            explicit.putObject("then").putObject("properties").putObject(Section.APPLICATIONS.key())
                    .put("$ref", DEFS + tableDef(Section.APPLICATIONS, form));
            ObjectNode implicit = allOf.addObject();
            ObjectNode cond2 = editionIs(form);
            cond2.putObject("not").putArray("required").add(CanonicalForm.APPLICATIONS_FORM);
            implicit.set("if", cond2);
            implicit.putObject("then").putObject("properties").putObject(Section.APPLICATIONS.key())
                    .put("$ref", DEFS + tableDef(Section.APPLICATIONS, form));
        }

        ObjectNode defs = root.putObject("$defs");
        defs.set("metadata", metadata());
        defs.set("narrative", narrative());
        defs.set("count", count());
        defs.set("amount", amount());
        defs.set("unknown", unknown());
        for (Section table : TableShape.tables()) {
            for (Edition e : Edition.values()) {
                defs.set(tableDef(table, e), node(TableShape.root(table), e));
            }
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        pp.indentArraysWith(indenter);
        pp.indentObjectsWith(indenter);
        return MAPPER.writer().with(pp).writeValueAsString(root) + "\n";
    }

    static String tableDef(Section table, Edition e) {
        return table.key() + e.name();
    }

    private static ObjectNode editionIs(Edition e) {
        ObjectNode cond = MAPPER.createObjectNode();
        cond.putArray("required").add(MetadataField.OBJECT_KEY);
        ObjectNode metadata = cond.putObject("properties").putObject(MetadataField.OBJECT_KEY);
        metadata.putArray("required").add(MetadataField.EDITION.key());
        metadata.putObject("properties").putObject(MetadataField.EDITION.key()).put("const", e.name());
        return cond;
    }

    private static ObjectNode editionEnum(ObjectNode node) {
        ArrayNode values = node.putArray("enum");
        for (Edition e : Edition.values()) {
            values.add(e.name());
        }
        return node;
    }

    private static ObjectNode node(TableShape.Node node, Edition e) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("title", node.entry.label());
        if (node.isLeaf()) {
            out.put("$ref", DEFS + (node.isAmount() ? "amount" : "count"));
            return out;
        }
        out.put("type", "object");
        ArrayNode required = out.putArray("required");
        ObjectNode props = out.putObject("properties");
        for (TableShape.Node child : node.children.values()) {
            if (child.editions.contains(e)) {
                required.add(child.key);
                props.set(child.key, node(child, e));
            }
        }
        out.put("additionalProperties", false);
        return out;
    }

    private static ObjectNode metadata() {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("type", "object");
        out.putArray("required").add(MetadataField.AGENCY.key()).add(MetadataField.REPORT_YEAR.key()).add(MetadataField.EDITION.key());
        ObjectNode props = out.putObject("properties");
        props.putObject(MetadataField.AGENCY.key()).put("type", "string").put("title", MetadataField.AGENCY.label());
        props.putObject(MetadataField.REPORT_YEAR.key()).put("type", "integer").put("title", MetadataField.REPORT_YEAR.label())
                .put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
        editionEnum(props.putObject(MetadataField.EDITION.key())).put("title", MetadataField.EDITION.label());
        props.putObject(MetadataField.PUBLICATION_DATE.key()).put("type", "string").put("title", MetadataField.PUBLICATION_DATE.label())
                .put("format", "date").put("pattern", "^" + ReportReader.ISO_DATE.pattern() + "$");
        ObjectNode level = props.putObject(MetadataField.ADMINISTRATIVE_LEVEL.key());
        level.put("title", MetadataField.ADMINISTRATIVE_LEVEL.label());
        ArrayNode levels = level.putArray("enum");
        for (AdministrativeLevel l : AdministrativeLevel.values()) {
            levels.add(l.name());
        }
        props.putObject(MetadataField.DIVISION_CODE.key()).put("type", "string").put("title", MetadataField.DIVISION_CODE.label())
                .put("pattern", "^" + ReportReader.DIVISION_CODE.pattern() + "$");
        out.put("additionalProperties", false);
        return out;
    }

    private static ObjectNode narrative() {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("type", "array");
        ObjectNode block = out.putObject("items");
        block.put("type", "object");
        block.putArray("required").add(CanonicalForm.KIND).add(CanonicalForm.TEXT);
        ObjectNode props = block.putObject("properties");
        ArrayNode kinds = props.putObject(CanonicalForm.KIND).putArray("enum");
        for (NarrativeBlock.Kind k : NarrativeBlock.Kind.values()) {
            kinds.add(CanonicalForm.kindName(k));
        }
        props.putObject(CanonicalForm.TEXT).put("type", "string");
        block.put("additionalProperties", false);
        return out;
    }

    private static ObjectNode count() {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("description", "A count: an integer within the range of a signed 64-bit integer; null = blank; \"/\" = not applicable; "
                + "an unknown cell.");
        ArrayNode anyOf = out.putArray("anyOf");
        anyOf.addObject().put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
        anyOf.addObject().put("type", "null");
        anyOf.addObject().put("const", CanonicalForm.NOT_APPLICABLE);
        anyOf.addObject().put("$ref", DEFS + "unknown");
        return out;
    }

    private static ObjectNode amount() {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("description", "Money: {\"value\": exact plain decimal string of at most " + io.github.nianbao.core.cell.Amount.MAX_LENGTH
                + " characters, \"unit\"}; null = blank; \"/\" = not applicable; an unknown cell.");
        ArrayNode anyOf = out.putArray("anyOf");
        ObjectNode money = anyOf.addObject();
        money.put("type", "object");
        money.putArray("required").add(CanonicalForm.VALUE).add(CanonicalForm.UNIT);
        ObjectNode props = money.putObject("properties");
        props.putObject(CanonicalForm.VALUE).put("type", "string").put("pattern", "^" + ReportReader.DECIMAL.pattern() + "$")
                .put("maxLength", io.github.nianbao.core.cell.Amount.MAX_LENGTH);
        ArrayNode units = props.putObject(CanonicalForm.UNIT).putArray("enum");
        for (MoneyUnit u : MoneyUnit.values()) {
            units.add(u.symbol());
        }
        money.put("additionalProperties", false);
        anyOf.addObject().put("type", "null");
        anyOf.addObject().put("const", CanonicalForm.NOT_APPLICABLE);
        anyOf.addObject().put("$ref", DEFS + "unknown");
        return out;
    }

    private static ObjectNode unknown() {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("description", "An unknown cell: printed in the source, its value not determined; \"reason\" is the code of the "
                + "import issue that kept it from being read. It holds no value.");
        out.put("type", "object");
        out.putArray("required").add(CanonicalForm.UNKNOWN);
        ObjectNode props = out.putObject("properties");
        props.putObject(CanonicalForm.UNKNOWN).put("const", true);
        props.putObject(CanonicalForm.REASON).put("type", "string").put("pattern", "^" + ReportReader.REASON.pattern() + "$");
        out.put("additionalProperties", false);
        return out;
    }

    /**
     * Writes the schema into the source tree.
     *
     * @param args unused
     * @throws Exception if writing fails
     */
    public static void main(String[] args) throws Exception {
        Files.writeString(SOURCE, generate());
    }
}

package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.Section;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The shipped JSON Schema: in step with its generator, accepting every encoded report, rejecting what the codec rejects. */
class SchemaTest {

    private static final ReportJson STRICT = ReportJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportJson.schema(), InputFormat.JSON);

    // Problems a schema cannot see: they concern bytes, syntax, parser limits or the JSON text rather than its value.
    private static final Set<ProblemCode> NOT_EXPRESSIBLE = EnumSet.of(ProblemCode.ENCODING_NOT_UTF8, ProblemCode.DOCUMENT_EMPTY,
            ProblemCode.MALFORMED_JSON, ProblemCode.TRAILING_CONTENT, ProblemCode.DOCUMENT_TOO_LARGE, ProblemCode.NESTING_TOO_DEEP,
            ProblemCode.STRING_TOO_LONG, ProblemCode.NUMBER_TOO_LONG, ProblemCode.NAME_TOO_LONG, ProblemCode.NON_FINITE_NUMBER,
            ProblemCode.DUPLICATE_PROPERTY);
    // JSON Schema's "integer" is any number with a zero fraction, and "date" formats are not asserted by default:
    // the codec is stricter on these lexical forms (documented in docs/JSON.md).
    // Nor does the schema tie unknown cells to formatVersion 2: that would need every table's schema twice.
    private static final Set<String> STRICTER_THAN_SCHEMA = Set.of("fractional count 1.0", "fractional count 1e3",
            "report year is a decimal", "date 2024-02-30", "unknown cell in a version-1 document",
            "two unknown cells in a version-1 document");

    static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void theShippedSchemaIsTheGeneratorsOutput() throws Exception {
        String generated = SchemaGenerator.generate();
        if (Boolean.getBoolean("nianbao.writeSchema")) {
            Files.writeString(SchemaGenerator.SOURCE, generated);
        }
        assertEquals(generated, ReportJson.schema(),
                "report.schema.json is out of date: run the tests with -Dnianbao.writeSchema=true and commit the file");
        assertEquals(generated, Files.readString(SchemaGenerator.SOURCE));
    }

    @Test
    void everyEncodedReportIsValid() {
        qt().withExamples(150).forAll(ReportGen.reports()).checkAssert(r -> {
            assertEquals(List.of(), validate(STRICT.encode(r)));
        });
        for (Edition e : Edition.values()) {
            for (Edition form : Edition.values()) {
                if (e == Edition.V2021 || form == Edition.V2019) {
                    assertEquals(List.of(), validate(Fixtures.prettyDocument(e, form)));
                }
            }
        }
    }

    @Test
    void everyExpressibleMalformedDocumentIsRejected() {
        int checked = 0;
        for (BadInputTest.Case c : BadInputTest.CASES) {
            boolean expressible = c.json() == BadInputTest.CASES.get(0).json() && c.input() instanceof String
                    && c.expected().stream().noneMatch(x -> NOT_EXPRESSIBLE.contains(x.code()));
            if (!expressible || STRICTER_THAN_SCHEMA.contains(c.name())) {
                continue;
            }
            List<Error> errors = validate((String) c.input());
            assertFalse(errors.isEmpty(), c.name());
            checked++;
        }
        assertTrue(checked >= 40, "only " + checked);
        // The documented differences are exactly these: the schema accepts them, the codec does not.
        for (String lenientForm : STRICTER_THAN_SCHEMA) {
            BadInputTest.Case c = BadInputTest.CASES.stream().filter(x -> x.name().equals(lenientForm)).findFirst().orElseThrow();
            assertEquals(List.of(), validate((String) c.input()), lenientForm);
        }
    }

    /**
     * For each form, every member of an encoded document is removed in turn and an unknown member added
     * beside it; members of the other edition are added. Schema and codec must agree on each, and the
     * codec's pointers must be the catalogue's.
     */
    @Test
    void schemaAndCodecAgreeOnEveryKey() {
        for (Edition[] f : new Edition[][] {{Edition.V2019, Edition.V2019}, {Edition.V2021, Edition.V2021},
                {Edition.V2021, Edition.V2019}}) {
            String doc = STRICT.encode(Fixtures.distinct(f[0], f[1]));
            ObjectNode tree = (ObjectNode) MAPPER.readTree(doc);

            Set<String> leaves = new TreeSet<>();
            List<String> members = new ArrayList<>();
            collect(tree, "", members, leaves);
            assertEquals(expectedLeaves(f[0], f[1]), leaves, "the document's leaves are the catalogue's");

            for (String pointer : members) {
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                String name = pointer.substring(pointer.lastIndexOf('/') + 1);
                boolean optionalMetadata = parent.equals("/" + MetadataField.OBJECT_KEY)
                        && !name.equals(MetadataField.AGENCY.key()) && !name.equals(MetadataField.REPORT_YEAR.key())
                        && !name.equals(MetadataField.EDITION.key());
                boolean tableForm = pointer.equals("/" + CanonicalForm.APPLICATIONS_FORM);

                ObjectNode removed = tree.deepCopy();
                ((ObjectNode) removed.at(parent)).remove(name);
                String without = MAPPER.writeValueAsString(removed);
                DecodeResult r = STRICT.decode(without);
                if (optionalMetadata) {
                    assertTrue(r.isSuccess(), pointer);
                    assertEquals(List.of(), validate(without), pointer);
                } else if (tableForm) {
                    // Without its form, a hybrid's V2019 table 三 is read as V2021's: the V2019 row is out of edition.
                    assertTrue(r.problems().stream().anyMatch(p -> p.code() == ProblemCode.ROW_NOT_IN_EDITION), r::toString);
                    assertFalse(validate(without).isEmpty());
                } else {
                    assertTrue(r.problems().stream().anyMatch(p -> p.code() == ProblemCode.MISSING_PROPERTY
                            && p.pointer().equals(pointer)), () -> pointer + ": " + r);
                    assertFalse(validate(without).isEmpty(), () -> "schema accepts a document without " + pointer);
                }

                ObjectNode added = tree.deepCopy();
                ((ObjectNode) added.at(parent)).put("zzzUnknown", 1);
                String with = MAPPER.writeValueAsString(added);
                DecodeResult u = STRICT.decode(with);
                assertEquals(List.of(ProblemCode.UNKNOWN_PROPERTY), u.problems().stream().map(JsonProblem::code).toList(), pointer);
                assertEquals(parent + "/zzzUnknown", u.problems().get(0).pointer());
                assertFalse(validate(with).isEmpty(), () -> "schema accepts an unknown member in " + parent);
            }

            for (Section table : TableShape.tables()) {
                Edition form = table == Section.APPLICATIONS ? f[1] : f[0];
                for (TableShape.Node node : TableShape.nodes(table)) {
                    String parent = node.path.parent().toJsonPointer();
                    if (node.editions.contains(form) || !(tree.at(parent) instanceof ObjectNode)) {
                        continue;
                    }
                    ObjectNode added = tree.deepCopy();
                    ((ObjectNode) added.at(parent)).set(node.key, node.isLeaf() ? MAPPER.nullNode() : MAPPER.createObjectNode());
                    String with = MAPPER.writeValueAsString(added);
                    DecodeResult r = STRICT.decode(with);
                    ProblemCode expected = switch (node.level) {
                        case BLOCK -> ProblemCode.BLOCK_NOT_IN_EDITION;
                        case ROW -> ProblemCode.ROW_NOT_IN_EDITION;
                        case COLUMN -> ProblemCode.COLUMN_NOT_IN_EDITION;
                    };
                    assertEquals(List.of(expected), r.problems().stream().map(JsonProblem::code).toList(), node.path::toString);
                    assertEquals(node.path.toJsonPointer(), r.problems().get(0).pointer());
                    assertFalse(validate(with).isEmpty(), () -> "schema accepts " + node.path + " in a " + form + " table");
                }
            }
        }
    }

    private static Set<String> expectedLeaves(Edition edition, Edition form) {
        Set<String> out = new TreeSet<>();
        for (Section table : TableShape.tables()) {
            for (CellKey key : Layout.of(table, table == Section.APPLICATIONS ? form : edition).cells()) {
                out.add(key.path().toJsonPointer());
            }
        }
        for (MetadataField field : MetadataField.values()) {
            out.add(field.path().toJsonPointer());
        }
        out.add("/" + CanonicalForm.FORMAT_VERSION);
        if (edition != form) {
            out.add("/" + CanonicalForm.APPLICATIONS_FORM);
        }
        return out;
    }

    // Object members (not array elements); leaves = scalar members and amount objects, outside narratives.
    private static void collect(JsonNode node, String pointer, List<String> members, Set<String> leaves) {
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String child = pointer + "/" + e.getKey();
            members.add(child);
            JsonNode v = e.getValue();
            if (v.isArray()) {
                int i = 0;
                for (JsonNode block : v) {
                    collect(block, child + "/" + i++, members, new TreeSet<>());
                }
            } else if (!v.isObject() || v.has(CanonicalForm.UNIT)) {
                leaves.add(child);
                if (v.isObject()) {
                    collect(v, child, members, new TreeSet<>());
                }
            } else {
                collect(v, child, members, leaves);
            }
        }
    }
}

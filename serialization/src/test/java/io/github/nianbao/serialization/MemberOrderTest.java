package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.nianbao.core.catalogue.MetadataField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The byte path reads a canonical document's member names by comparing the input with the name
 * expected next. Whatever the order and spelling of the names, it must decide exactly as the text
 * path, which reads every name as usual: the same report, the same problems.
 */
class MemberOrderTest {

    private static final ReportJson JSON = ReportJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    // A member's name: after the { or , that opens it (a quote inside a string is escaped).
    private static final Pattern MEMBER = Pattern.compile("[{,](\"([A-Za-z0-9]+)\":)");

    @Test
    void shuffledMembersGiveTheSameReport() {
        qt().withExamples(100).forAll(ReportGen.reports()).checkAssert(r -> {
            Random random = new Random(r.hashCode());
            JsonNode tree = MAPPER.readTree(JSON.encode(r));
            String shuffled = MAPPER.writeValueAsString(shuffle(tree, random));
            DecodeResult bytes = JSON.decode(shuffled.getBytes(StandardCharsets.UTF_8));
            assertTrue(bytes.problems().isEmpty(), bytes::toString);
            assertEquals(r, bytes.report().orElseThrow());
        });
    }

    @Test
    void everyNameVariantDecidesAsTheTextPath() {
        qt().withExamples(3).forAll(ReportGen.reports()).checkAssert(r -> {
            String canonical = JSON.encode(r);
            Matcher member = MEMBER.matcher(canonical);
            int tested = 0;
            while (member.find()) {
                int at = member.start(1);
                String name = member.group(2);
                String quoted = "\"" + name + "\":";
                String escaped = "\"\\u" + String.format("%04x", (int) name.charAt(0)) + name.substring(1) + "\":";
                String before = canonical.substring(0, at);
                String after = canonical.substring(at + quoted.length());
                List<String> variants = List.of(
                        // the same name, spelt with an escape: not the expected bytes, still the member
                        before + escaped + after,
                        // a duplicate, before the member, and twice
                        before + quoted + "null," + quoted + after,
                        before + quoted + "null," + quoted + "null," + quoted + after,
                        // an unknown name where the member was expected
                        before + "\"" + name + "X\":0," + quoted + after,
                        // a name that differs only in the case of its first letter
                        before + "\"" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "\":" + after);
                for (String variant : variants) {
                    DecodeResult text = JSON.decode(variant);
                    DecodeResult bytes = JSON.decode(variant.getBytes(StandardCharsets.UTF_8));
                    assertEquals(text.problems(), bytes.problems(), variant);
                    assertEquals(text.report(), bytes.report(), variant);
                }
                DecodeResult escapedResult = JSON.decode(variants.get(0).getBytes(StandardCharsets.UTF_8));
                assertEquals(r, escapedResult.report().orElseThrow(), () -> name + " escaped: " + escapedResult);
                assertFalse(JSON.decode(variants.get(1).getBytes(StandardCharsets.UTF_8)).isSuccess(), name);
                tested++;
            }
            assertTrue(tested > 200, "only " + tested + " members");
        });
    }

    @Test
    void aTableBeforeTheMetadataIsReadWithoutTheEditionKnown() {
        qt().withExamples(50).forAll(ReportGen.reports()).checkAssert(r -> {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.encode(r));
            JsonNode metadata = tree.remove(MetadataField.OBJECT_KEY);
            assertNotNull(metadata);
            tree.set(MetadataField.OBJECT_KEY, metadata);
            DecodeResult bytes = JSON.decode(MAPPER.writeValueAsBytes(tree));
            assertTrue(bytes.problems().isEmpty(), bytes::toString);
            assertEquals(r, bytes.report().orElseThrow());
        });
    }

    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
            Collections.shuffle(members, random);
            ObjectNode out = MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> m : members) {
                out.set(m.getKey(), shuffle(m.getValue(), random));
            }
            return out;
        }
        if (node.isArray()) {
            var out = MAPPER.createArrayNode();
            for (JsonNode element : node) {
                out.add(shuffle(element, random));
            }
            return out;
        }
        return node;
    }
}

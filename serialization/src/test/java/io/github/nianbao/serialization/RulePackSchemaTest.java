package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §4: the rule-pack schema of the validation module (read from its source tree: this
 * module has the schema validator) accepts the shipped national pack and the example in docs/, and
 * refuses what its reader refuses by shape.
 */
class RulePackSchemaTest {

    private static final Path ROOT = Path.of("..");
    private static final Path PACKS = ROOT.resolve("validation/src/main/resources/io/github/nianbao/validation/pack");

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(PACKS.resolve("rule-pack.schema.json"), StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @Test
    void theShippedPacksFollowTheSchema() throws IOException {
        Schema schema = schema();
        for (Path pack : List.of(PACKS.resolve("national.json"), ROOT.resolve("docs/rule-packs/provincial-example.json"))) {
            assertEquals(List.of(), schema.validate(Files.readString(pack, StandardCharsets.UTF_8), InputFormat.JSON), pack.toString());
        }
    }

    @Test
    void theSchemaRefusesUnknownMembersAndWrongValues() throws IOException {
        Schema schema = schema();
        for (String bad : List.of(
                "{\"packFormat\": 1, \"id\": \"t\", \"version\": \"1\", \"severitys\": {}}",
                "{\"packFormat\": 2, \"id\": \"t\", \"version\": \"1\"}",
                "{\"packFormat\": 1, \"id\": \"t\", \"version\": \"1\", \"severities\": {\"T4-TOTAL\": \"FATAL\"}}",
                "{\"packFormat\": 1, \"id\": \"t\", \"version\": \"1\", \"relations\": [{\"id\": \"X\", \"edition\": \"V2021\", \"terms\": []}]}",
                "{\"packFormat\": 1, \"id\": \"t\", \"version\": \"1\", \"deadlines\": {\"departments\": \"01-31\"}}")) {
            assertFalse(schema.validate(bad, InputFormat.JSON).isEmpty(), bad);
        }
    }
}

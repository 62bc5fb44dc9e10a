package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * No polymorphic type handling anywhere in the codec: type members such as {@code @class} and
 * {@code @type} are unknown properties like any other, and no class is ever named by the input.
 */
class NoPolymorphismTest {

    private static final ReportJson JSON = ReportJson.create();
    private static final AnnualReport REPORT = Fixtures.distinct(Edition.V2021, Edition.V2021);
    private static final String DOC = JSON.encode(REPORT);

    private static String inject(String doc) {
        return doc.replaceFirst("\\{", "{\"@class\":\"java.lang.ProcessBuilder\",")
                .replaceFirst("\"metadata\":\\{", "\"metadata\":{\"@type\":\"javax.naming.InitialContext\",")
                .replaceFirst("\"applications\":\\{", "\"applications\":{\"@c\":\".Foo\",");
    }

    @Test
    void typeMembersAreUnknownPropertiesWhereverTheyAre() {
        DecodeResult r = JSON.decode(inject(DOC));
        assertFalse(r.isSuccess());
        assertEquals(List.of("/@class", "/metadata/@type", "/applications/@c"), r.problems().stream().map(JsonProblem::pointer).toList());
        assertTrue(r.problems().stream().allMatch(p -> p.code() == ProblemCode.UNKNOWN_PROPERTY), r::toString);
        // Lenient mode skips them with a warning and reads exactly the report without them.
        DecodeResult lenient = ReportJson.builder().lenient(true).build().decode(inject(DOC));
        assertEquals(REPORT, lenient.report().orElseThrow());
        assertEquals(3, lenient.warnings().size());
    }

    @Test
    void aTypeWrapperArrayIsTheWrongType() {
        DecodeResult r = JSON.decode("[\"io.github.nianbao.core.AnnualReport\"," + DOC + "]");
        assertEquals(List.of(ProblemCode.WRONG_TYPE), r.problems().stream().map(JsonProblem::code).toList());
    }

    @Test
    void theJacksonModuleAddsNoDefaultTypingAndRejectsTypeMembers() {
        JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
        for (Class<?> type : List.of(AnnualReport.class, Object.class)) {
            assertNull(mapper.deserializationConfig().getDefaultTyper(mapper.constructType(type)), type::getName);
            assertNull(mapper.serializationConfig().getDefaultTyper(mapper.constructType(type)), type::getName);
        }
        DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(inject(DOC), AnnualReport.class));
        ReportJsonException cause = assertInstanceOf(ReportJsonException.class, e.getCause());
        assertEquals("/@class", cause.problems().get(0).pointer());
        assertEquals(REPORT, mapper.readValue(DOC, AnnualReport.class));
        // An untyped read stays plain data: the type member is only a string.
        Object plain = mapper.readValue(inject(DOC), Object.class);
        assertInstanceOf(java.util.Map.class, plain);
        assertEquals("java.lang.ProcessBuilder", ((java.util.Map<?, ?>) plain).get("@class"));
    }

    @Test
    void noSourceOfTheCodecAsksForTypeHandling() throws IOException {
        Path sources = Path.of("src/main/java/io/github/nianbao/serialization");
        List<String> forbidden = List.of("activateDefaultTyping", "JsonTypeInfo", "PolymorphicTypeValidator", "TypeResolverBuilder",
                "registerSubtypes", "Class.forName", "ObjectInputStream");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (String word : forbidden) {
                    assertFalse(text.contains(word), f + " mentions " + word);
                }
            }
        }
    }
}

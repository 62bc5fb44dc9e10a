package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes {@link AnnualReport} in the canonical JSON form, for
 * use in your own {@code JsonMapper}:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
 * // or, found through ServiceLoader:
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * }</pre>
 *
 * <p>Reports are written exactly as {@link ReportJson#encode(AnnualReport)} writes them (the
 * mapper's own generator settings, such as indentation, apply). Reading is strict, as in
 * {@link ReportJson}; a bad report fails with a {@link DatabindException} whose cause is a
 * {@link ReportJsonException} carrying every problem. Pointers are relative to the report, lines
 * and columns to the whole input.
 *
 * <p><b>Limits.</b> The codec's reader applies its own settings here as in {@link ReportJson}:
 * lenient mode, {@code maxProblems}, {@code maxNumberLength} (and the amount length of core),
 * {@code maxNameLength}. The document length, nesting depth and string length are not the
 * module's to apply: the parser belongs to the mapper, was made with the mapper's
 * {@code StreamReadConstraints} before the module sees a token, and reads a document of which the
 * report may be only a part. They are what the mapper's {@code JsonFactory} says (Jackson's
 * defaults are far looser than the codec's: no document length limit at all). To read untrusted
 * input with the codec's limits, give its constraints to the factory:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
 *         .streamReadConstraints(json.streamReadConstraints()).build())
 *     .addModule(json.module()).build();
 * }</pre>
 */
public final class ReportModule extends SimpleModule {

    /** The module's name. */
    public static final String NAME = "nianbao-report";

    /** Creates the module with the strict defaults of {@link ReportJson#create()}. */
    public ReportModule() {
        this(ReportJson.create());
    }

    /**
     * Creates the module with a codec's settings (lenient mode, problem, number and name limits;
     * for the parser's limits see the class documentation).
     *
     * @param json the codec
     */
    public ReportModule(ReportJson json) {
        super(NAME, Version.unknownVersion());
        addSerializer(AnnualReport.class, new Serializer());
        addDeserializer(AnnualReport.class, new Deserializer(json));
    }

    private static final class Serializer extends ValueSerializer<AnnualReport> {
        @Override
        public void serialize(AnnualReport value, JsonGenerator g, SerializationContext ctxt) {
            ReportWriter.write(value, g);
        }

        @Override
        public Class<?> handledType() {
            return AnnualReport.class;
        }
    }

    private static final class Deserializer extends ValueDeserializer<AnnualReport> {
        private final ReportJson json;

        Deserializer(ReportJson json) {
            this.json = json;
        }

        @Override
        public AnnualReport deserialize(JsonParser p, DeserializationContext ctxt) {
            DecodeResult result = json.decodeValue(p);
            if (!result.isSuccess()) {
                ReportJsonException problems = new ReportJsonException(result.problems());
                throw DatabindException.from(p, problems.getMessage(), problems);
            }
            return result.report().orElseThrow();
        }

        @Override
        public Class<?> handledType() {
            return AnnualReport.class;
        }
    }
}

package io.github.nianbao.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class ModuleTest {

    private static final ReportJson JSON = ReportJson.create();

    @Test
    void theModuleIsFoundThroughServiceLoader() {
        assertTrue(ServiceLoader.load(JacksonModule.class).stream().anyMatch(p -> p.type() == ReportModule.class));
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        AnnualReport report = Fixtures.distinct(Edition.V2021, Edition.V2019);
        String s = mapper.writeValueAsString(report);
        assertEquals(JSON.encode(report), s);
        assertEquals(report, mapper.readValue(s, AnnualReport.class));
    }

    @Test
    void reportsInsideOtherValues() {
        JsonMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
        List<AnnualReport> reports = List.of(Fixtures.distinct(Edition.V2019, Edition.V2019), Fixtures.distinct(Edition.V2021, Edition.V2021));
        String s = mapper.writeValueAsString(reports);
        assertEquals(reports, mapper.readValue(s, new TypeReference<List<AnnualReport>>() { }));
    }

    @Test
    void aBadReportFailsWithEveryProblem() {
        JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
        String bad = JSON.encode(Fixtures.distinct(Edition.V2021, Edition.V2021))
                .replace("\"naturalPerson\":100011", "\"naturalPerson\":1.5").replace("\"agency\":", "\"agencyName\":");
        DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(bad, AnnualReport.class));
        ReportJsonException cause = assertInstanceOf(ReportJsonException.class, e.getCause());
        assertEquals(List.of(ProblemCode.MISSING_PROPERTY, ProblemCode.UNKNOWN_PROPERTY, ProblemCode.FRACTIONAL_COUNT),
                cause.problems().stream().map(JsonProblem::code).toList());
    }

    @Test
    void theCodecsParserLimitsApplyWhenTheMapperIsGivenThem() {
        ReportJson small = ReportJson.builder().maxNestingDepth(8).maxStringLength(1000).build();
        String deep = "[" + "[".repeat(20) + JSON.encode(Fixtures.distinct(Edition.V2021, Edition.V2021)) + "]".repeat(21);
        String longAgency = JSON.encode(Fixtures.distinct(Edition.V2021, Edition.V2021)).replace("测试县人民政府", "长".repeat(2000));
        JsonMapper plain = JsonMapper.builder().addModule(small.module()).build();
        JsonMapper limited = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                .streamReadConstraints(small.streamReadConstraints()).build()).addModule(small.module()).build();
        // The mapper's own parser reads what the codec alone would refuse: the module cannot change it.
        assertEquals(2000, plain.readValue(longAgency, AnnualReport.class).metadata().agency().length());
        assertThrows(tools.jackson.core.exc.StreamConstraintsException.class, () -> limited.readValue(deep, Object.class));
        DatabindException e = assertThrows(DatabindException.class, () -> limited.readValue(longAgency, AnnualReport.class));
        ReportJsonException cause = assertInstanceOf(ReportJsonException.class, e.getCause());
        assertEquals(List.of(ProblemCode.STRING_TOO_LONG), cause.problems().stream().map(JsonProblem::code).toList());
        assertEquals(small.streamReadConstraints().getMaxDocumentLength(), small.maxDocumentLength());
    }
}

package io.github.nianbao.benchmarks.bean;

import io.github.nianbao.benchmarks.pojo.PojoJson;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Section;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Bean Validation baseline: what a team would otherwise write, {@link ReportBean} validated by
 * one Hibernate Validator {@link Validator} built once, bootstrapped with
 * {@link ParameterMessageInterpolator} and no Expression Language. Each violation is one finding;
 * messages are the rule ids (no resource-bundle lookup for the custom constraints, which favours
 * the baseline). Thread-safe.
 */
public final class BeanValidationBaseline implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;
    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Bootstraps the validator. */
    public BeanValidationBaseline() {
        this.factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Validates a report: the measured call.
     *
     * @param report the bean
     * @return one violation per finding
     */
    public Set<? extends ConstraintViolation<?>> validate(ReportBean report) {
        return validator.validate(report);
    }

    /**
     * Converts a model report to its bean (setup, never measured), through the canonical JSON
     * tree: not-applicable cells become {@code null}, as a {@code Long} cannot hold them.
     *
     * @param report the report
     * @param json where the canonical tree comes from
     * @return the bean
     */
    public ReportBean mirror(AnnualReport report, PojoJson json) {
        ObjectNode tree = json.canonicalTree(report);
        for (Section s : Section.values()) {
            if (s.isTable()) {
                nullNotApplicable((ObjectNode) tree.get(s.key()));
            }
        }
        Class<? extends ReportBean> type = report.edition() == Edition.V2019 ? ReportBean.V2019.class : ReportBean.V2021.class;
        return mapper.treeToValue(tree, type);
    }

    private static void nullNotApplicable(ObjectNode node) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                nullNotApplicable((ObjectNode) v);
            } else if (v.isString() && PojoJson.NOT_APPLICABLE.equals(v.stringValue())) {
                node.putNull(e.getKey());
            }
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}

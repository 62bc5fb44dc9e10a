package io.github.nianbao.validation.constraints;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import java.io.InputStream;
import java.util.Objects;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

/**
 * Declares {@link ConsistentReport} on {@code AnnualReport}, which cannot carry the annotation
 * itself (the core module does not depend on Bean Validation).
 *
 * <p>Hibernate Validator, programmatically:
 *
 * <pre>{@code
 * ValidatorFactory factory = ConsistentReports.addTo(Validation.byProvider(HibernateValidator.class).configure())
 *         .messageInterpolator(new ParameterMessageInterpolator())
 *         .buildValidatorFactory();
 * }</pre>
 *
 * <p>Any provider, by the standard XML mapping: list {@value #XML_MAPPING} as a
 * {@code <constraint-mapping>} in {@code META-INF/validation.xml}, or call
 * {@code configuration.addMapping(ConsistentReports.xmlMapping())}.
 */
public final class ConsistentReports {

    /** The class-path location of the XML constraint mapping that puts the constraint on {@code AnnualReport}. */
    public static final String XML_MAPPING = "META-INF/nianbao/consistent-report-mapping.xml";

    private ConsistentReports() {
    }

    /**
     * Adds the constraint on {@code AnnualReport} to a Hibernate Validator configuration, making
     * findings of severity {@link Severity#ERROR} violations.
     *
     * @param configuration the configuration
     * @param <T> the configuration type
     * @return the configuration
     */
    public static <T extends HibernateValidatorConfiguration> T addTo(T configuration) {
        return addTo(configuration, Severity.ERROR);
    }

    /**
     * Adds the constraint on {@code AnnualReport} to a Hibernate Validator configuration.
     *
     * @param configuration the configuration
     * @param minimumSeverity the least severity that makes a finding a violation
     * @param <T> the configuration type
     * @return the configuration
     */
    public static <T extends HibernateValidatorConfiguration> T addTo(T configuration, Severity minimumSeverity) {
        Objects.requireNonNull(minimumSeverity, "minimumSeverity");
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.type(AnnualReport.class)
                .constraint(new GenericConstraintDef<>(ConsistentReport.class).param("minimumSeverity", minimumSeverity));
        configuration.addMapping(mapping);
        return configuration;
    }

    /**
     * Opens the XML constraint mapping, for {@code jakarta.validation.Configuration.addMapping}. The
     * configuration reads and closes the stream when it builds the factory.
     *
     * @return the mapping's content
     */
    public static InputStream xmlMapping() {
        InputStream in = ConsistentReports.class.getResourceAsStream("/" + XML_MAPPING);
        if (in == null) {
            throw new IllegalStateException(XML_MAPPING + " is missing from the nianbao-validation jar");
        }
        return in;
    }
}

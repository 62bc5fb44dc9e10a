package io.github.nianbao.validation.constraints;

import io.github.nianbao.core.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@code AnnualReport} passes the rules of a {@link io.github.nianbao.validation.ReportValidator}:
 * every finding at or above {@link #minimumSeverity()} becomes one constraint violation, its
 * property path leading to the finding's cell (for example {@code reviewLitigation.administrativeReview.total}).
 *
 * <p>The standard validator is used unless Hibernate Validator is given another one as constraint
 * validator payload ({@code HibernateValidatorConfiguration.constraintValidatorPayload(validator)}).
 * {@code null} is valid. See {@link ConsistentReports} for declaring the constraint on
 * {@code AnnualReport} itself.
 */
@Documented
@Constraint(validatedBy = ConsistentReportValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentReport {

    /** {@return the message of the constraint as a whole; each violation has its own finding's message} */
    String message() default "{io.github.nianbao.validation.constraints.ConsistentReport.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** {@return the least severity that makes a finding a violation} */
    Severity minimumSeverity() default Severity.ERROR;
}

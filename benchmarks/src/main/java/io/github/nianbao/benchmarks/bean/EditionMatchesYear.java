package io.github.nianbao.benchmarks.bean;

import io.github.nianbao.core.Edition;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The edition matches the report year: V2019 before 2021, V2021 from 2021. Rule EDITION-YEAR.
 */
@Constraint(validatedBy = EditionMatchesYear.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EditionMatchesYear {

    /** {@return the message: the rule id} */
    String message() default "EDITION-YEAR";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<EditionMatchesYear, MetadataBean> {

        /** Creates the check. */
        public Check() {
        }

        @Override
        public boolean isValid(MetadataBean m, ConstraintValidatorContext context) {
            if (m == null || m.edition == null) {
                return true;
            }
            return m.edition.equals(Edition.V2019.name()) == (m.reportYear < Edition.V2021.firstReportYear());
        }
    }
}

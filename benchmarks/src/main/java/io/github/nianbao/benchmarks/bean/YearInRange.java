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
import java.time.Year;

/**
 * The report year is 2019 or later and not after the current year. Rule YEAR-RANGE.
 */
@Constraint(validatedBy = YearInRange.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface YearInRange {

    /** {@return the message: the rule id} */
    String message() default "YEAR-RANGE";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<YearInRange, MetadataBean> {

        /** Creates the check. */
        public Check() {
        }

        private int currentYear;

        @Override
        public void initialize(YearInRange annotation) {
            currentYear = Year.now().getValue();
        }

        @Override
        public boolean isValid(MetadataBean m, ConstraintValidatorContext context) {
            return m == null || m.reportYear >= Edition.V2019.firstReportYear() && m.reportYear <= currentYear;
        }
    }
}

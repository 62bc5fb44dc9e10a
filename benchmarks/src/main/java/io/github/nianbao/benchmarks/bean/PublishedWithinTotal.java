package io.github.nianbao.benchmarks.bean;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * V2019 table 二, one row: 本年新公开数量 ≤ 对外公开总数量. Rule T2-2019-PUBLISHED.
 */
@Constraint(validatedBy = PublishedWithinTotal.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublishedWithinTotal {

    /** {@return the message: the rule id} */
    String message() default "T2-2019-PUBLISHED";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<PublishedWithinTotal, Disclosure2019Bean.Documents> {

        /** Creates the check. */
        public Check() {
        }

        @Override
        public boolean isValid(Disclosure2019Bean.Documents row, ConstraintValidatorContext context) {
            return row == null || row.newlyPublished == null || row.totalPublished == null
                    || row.newlyPublished <= row.totalPublished;
        }
    }
}

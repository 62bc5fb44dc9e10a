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
 * Table 三, every column: （七）总计 = the sum of the result rows; one violation per broken column. Rule T3-OUTCOMES.
 */
@Constraint(validatedBy = Outcomes.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Outcomes {

    /** {@return the message: the rule id} */
    String message() default "T3-OUTCOMES";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<Outcomes, ApplicationsBean> {

        /** Creates the check. */
        public Check() {
        }

        @Override
        public boolean isValid(ApplicationsBean t, ConstraintValidatorContext context) {
            if (t == null || t.totalHandled == null) {
                return true;
            }
            ApplicantRowBean[] results = t.resultRows();
            boolean valid = true;
            for (int c = 0; c < ApplicantRowBean.COLUMNS; c++) {
                Long total = t.totalHandled.column(c);
                if (total == null) {
                    continue;
                }
                long sum = 0;
                for (ApplicantRowBean row : results) {
                    if (row != null) {
                        sum += ApplicantRowBean.orZero(row.column(c));
                    }
                }
                if (sum != total) {
                    valid = ApplicantRowBean.violation(context, valid, c);
                }
            }
            return valid;
        }
    }
}

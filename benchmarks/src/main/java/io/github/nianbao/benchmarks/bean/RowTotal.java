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
 * Table 三, one row: 总计 = the sum of the six applicant columns. Rule T3-ROW-TOTAL.
 */
@Constraint(validatedBy = RowTotal.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RowTotal {

    /** {@return the message: the rule id} */
    String message() default "T3-ROW-TOTAL";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<RowTotal, ApplicantRowBean> {

        /** Creates the check. */
        public Check() {
        }

        @Override
        public boolean isValid(ApplicantRowBean row, ConstraintValidatorContext context) {
            if (row == null || row.total == null) {
                return true;
            }
            long sum = 0;
            for (int c = 0; c < ApplicantRowBean.APPLICANTS; c++) {
                sum += ApplicantRowBean.orZero(row.column(c));
            }
            return sum == row.total;
        }
    }
}

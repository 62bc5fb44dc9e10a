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
 * Table 三, every column: 一 + 二 = （七）总计 + 四; one violation per broken column. Rule T3-LEDGER.
 */
@Constraint(validatedBy = Ledger.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Ledger {

    /** {@return the message: the rule id} */
    String message() default "T3-LEDGER";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<Ledger, ApplicationsBean> {

        /** Creates the check. */
        public Check() {
        }

        @Override
        public boolean isValid(ApplicationsBean t, ConstraintValidatorContext context) {
            if (t == null || t.newlyReceived == null || t.carriedOver == null || t.totalHandled == null || t.carriedForward == null) {
                return true;
            }
            boolean valid = true;
            for (int c = 0; c < ApplicantRowBean.COLUMNS; c++) {
                Long total = t.totalHandled.column(c);
                if (total == null) {
                    continue;
                }
                long sum = ApplicantRowBean.orZero(t.newlyReceived.column(c)) + ApplicantRowBean.orZero(t.carriedOver.column(c))
                        - ApplicantRowBean.orZero(t.carriedForward.column(c));
                if (sum != total) {
                    valid = ApplicantRowBean.violation(context, valid, c);
                }
            }
            return valid;
        }
    }
}

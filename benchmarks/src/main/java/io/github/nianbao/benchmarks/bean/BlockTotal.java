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
 * Table 四, one block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Rule T4-TOTAL.
 */
@Constraint(validatedBy = BlockTotal.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BlockTotal {

    /** {@return the message: the rule id} */
    String message() default "T4-TOTAL";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<BlockTotal, OutcomesBean> {

        /** Creates the check. */
        public Check() {
        }

        @Override
        public boolean isValid(OutcomesBean b, ConstraintValidatorContext context) {
            if (b == null || b.total == null) {
                return true;
            }
            return ApplicantRowBean.orZero(b.upheld) + ApplicantRowBean.orZero(b.corrected)
                    + ApplicantRowBean.orZero(b.otherOutcome) + ApplicantRowBean.orZero(b.pending) == b.total;
        }
    }
}

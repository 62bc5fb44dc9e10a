package io.github.nianbao.benchmarks.bean;

import io.github.nianbao.core.cell.MoneyUnit;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 万元 amount has at most 6 decimals. Rule FEE-PRECISION.
 */
@Constraint(validatedBy = WanYuanPrecision.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WanYuanPrecision {

    /** {@return the message: the rule id} */
    String message() default "FEE-PRECISION";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<WanYuanPrecision, AmountBean> {

        /** Creates the check. */
        public Check() {
        }

        @Override
        public boolean isValid(AmountBean a, ConstraintValidatorContext context) {
            return a == null || a.value == null || !MoneyUnit.WAN_YUAN.symbol().equals(a.unit) || a.value.scale() <= 6;
        }
    }
}

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
 * V2019 table 二, one row: 上一年项目数量 + 本年增/减 ≥ 0. Rule T2-2019-ITEMS.
 */
@Constraint(validatedBy = ItemsNotNegative.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ItemsNotNegative {

    /** {@return the message: the rule id} */
    String message() default "T2-2019-ITEMS";

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<ItemsNotNegative, ItemChange> {

        /** Creates the check. */
        public Check() {
        }

        @Override
        public boolean isValid(ItemChange row, ConstraintValidatorContext context) {
            if (row == null) {
                return true;
            }
            Long items = row.previousYearItems();
            Long change = row.change();
            return items == null || change == null || items + change >= 0;
        }
    }
}

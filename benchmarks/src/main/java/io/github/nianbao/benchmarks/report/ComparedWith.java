package io.github.nianbao.benchmarks.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares on a benchmark method which benchmark of the same class (and the same parameters) it is
 * compared with, and the target for the ratio of their times. {@link ResultTable} prints the ratio
 * and whether the target holds.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ComparedWith.List.class)
public @interface ComparedWith {

    /** {@return the name of the baseline benchmark method} */
    String value();

    /**
     * Returns the target: the largest acceptable ratio of this benchmark's time to the
     * baseline's; 0.1 means at least 10× faster. 0 means no target.
     *
     * @return the target ratio
     */
    double atMost() default 0;

    /** Holds several {@link ComparedWith}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        /** {@return the comparisons} */
        ComparedWith[] value();
    }
}

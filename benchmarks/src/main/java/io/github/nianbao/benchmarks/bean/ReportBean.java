package io.github.nianbao.benchmarks.bean;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A report as a team would model it for Bean Validation: mutable beans with {@code Long} cells
 * ({@code null} when the report gave no number, so blank and not applicable look alike), built-in
 * constraints on the cells and class-level constraints for the relations. Only what the checks
 * need: the narratives are left out. Table 二 differs between the editions, so each edition's
 * subclass declares it with its own type (a type variable would hide it from the validator).
 */
public abstract class ReportBean {

    /** Who issued the report, for which year, in which edition. */
    @Valid
    @NotNull
    public MetadataBean metadata;
    /** Table 三. */
    @Valid
    @NotNull
    public ApplicationsBean applications;
    /** Table 四. */
    @Valid
    @NotNull
    public ReviewBean reviewLitigation;

    /** Creates an empty report. */
    protected ReportBean() {
    }

    /** A V2019 report. */
    public static final class V2019 extends ReportBean {
        /** Table 二. */
        @Valid
        @NotNull
        public Disclosure2019Bean proactiveDisclosure;

        /** Creates an empty report. */
        public V2019() {
        }
    }

    /** A V2021 report. */
    public static final class V2021 extends ReportBean {
        /** Table 二. */
        @Valid
        @NotNull
        public Disclosure2021Bean proactiveDisclosure;

        /** Creates an empty report. */
        public V2021() {
        }
    }
}

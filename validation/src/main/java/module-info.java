/**
 * The rules engine: every relation of the format checked, each finding pointing at its cells.
 *
 * <p>{@link io.github.nianbao.validation.ReportValidator} is the entry point. Bean Validation
 * support ({@code io.github.nianbao.validation.constraints}) needs Jakarta Validation and Hibernate
 * Validator at run time, which this module only reads when they are present: a module that uses
 * that package requires {@code jakarta.validation} itself. Not transitive, so that a consumer who
 * only validates with {@code ReportValidator} needs neither at compile time.
 */
@SuppressWarnings("exports") // the constraints package's signatures name Jakarta Validation types, on purpose
module io.github.nianbao.validation {
    requires transitive io.github.nianbao.core;
    requires static org.immutables.value.annotations;
    requires static jakarta.validation;
    requires static org.hibernate.validator;

    exports io.github.nianbao.validation;
    exports io.github.nianbao.validation.constraints;
}

/**
 * The rules engine: every relation of the format checked, each finding pointing at its cells.
 *
 * <p>{@link io.github.nianbao.validation.ReportValidator} is the entry point. Bean Validation
 * support ({@code io.github.nianbao.validation.constraints}) needs Jakarta Validation and Hibernate
 * Validator at run time, which this module only reads when they are present: a module that uses
 * that package requires {@code jakarta.validation} itself. Not transitive, so that a consumer who
 * only validates with {@code ReportValidator} needs neither at compile time. Rule packs in files
 * ({@code io.github.nianbao.validation.pack}) are read with Jackson 3's {@code tools.jackson.core},
 * likewise needed at run time only by applications that read packs.
 */
@SuppressWarnings("exports") // the constraints package's signatures name Jakarta Validation types, on purpose
module io.github.nianbao.validation {
    requires transitive io.github.nianbao.core;
    requires static org.immutables.value.annotations;
    requires static jakarta.validation;
    requires static org.hibernate.validator;
    requires static tools.jackson.core;

    exports io.github.nianbao.validation;
    exports io.github.nianbao.validation.constraints;
    exports io.github.nianbao.validation.localisation;
    exports io.github.nianbao.validation.pack;
    exports io.github.nianbao.validation.narrative;
    exports io.github.nianbao.validation.similarity;
    exports io.github.nianbao.validation.comparison;
}

/**
 * The canonical JSON form of reports: {@link io.github.nianbao.serialization.ReportJson} (codec,
 * JSON Lines), {@link io.github.nianbao.serialization.ReportModule} for Jackson 3 mappers, and the
 * JSON Schema at {@code io/github/nianbao/serialization/report.schema.json}.
 */
module io.github.nianbao.serialization {
    requires transitive io.github.nianbao.core;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires static org.immutables.value.annotations;

    exports io.github.nianbao.serialization;

    provides tools.jackson.databind.JacksonModule with io.github.nianbao.serialization.ReportModule;
}

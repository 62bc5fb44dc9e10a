/**
 * The canonical JSON form of reports: codec, JSON Lines and JSON Schema.
 */
module io.github.nianbao.serialization {
    requires transitive io.github.nianbao.core;
    requires static org.immutables.value.annotations;

}

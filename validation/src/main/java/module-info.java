/**
 * The rules engine: every relation of the format checked, each finding pointing at its cells.
 */
module io.github.nianbao.validation {
    requires transitive io.github.nianbao.core;
    requires static org.immutables.value.annotations;

}

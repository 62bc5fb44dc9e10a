/**
 * Sample reports and report generators for property-based tests.
 */
module io.github.nianbao.samples {
    requires transitive io.github.nianbao.core;
    requires static org.immutables.value.annotations;

    exports io.github.nianbao.samples;
    exports io.github.nianbao.samples.generator;
}

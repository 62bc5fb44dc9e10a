/**
 * Sample reports and report generators for property-based tests: the published reports and
 * synthetic ones as objects and canonical JSON ({@code io.github.nianbao.samples}), valid and
 * deliberately broken generated reports ({@code io.github.nianbao.samples.generator}), and ready
 * QuickTheories sources ({@code io.github.nianbao.samples.quicktheories}, which needs QuickTheories
 * on the path; the rest does not).
 */
@SuppressWarnings("requires-automatic")
module io.github.nianbao.samples {
    requires transitive io.github.nianbao.core;
    requires transitive io.github.nianbao.validation;
    requires io.github.nianbao.serialization;
    requires static org.immutables.value.annotations;
    // QuickTheories 0.26 has no module descriptor: its automatic module name comes from the jar.
    requires static quicktheories;

    exports io.github.nianbao.samples;
    exports io.github.nianbao.samples.generator;
    exports io.github.nianbao.samples.quicktheories;
}

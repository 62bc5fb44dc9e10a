/** A consumer's module: what it requires is what the README's examples use. */
@SuppressWarnings("requires-automatic") // QuickTheories has no module descriptor: the consumer's choice, not nianbao's
module com.example.consumer {
    requires io.github.nianbao.validation;
    requires io.github.nianbao.serialization;
    requires io.github.nianbao.importer;
    requires io.github.nianbao.samples;
    requires io.github.nianbao.renderer;
    requires io.github.nianbao.documents;
    requires quicktheories;

    exports com.example.consumer;
}

/**
 * JMH benchmarks of nianbao and the baselines it is compared with. Never deployed; run by
 * {@code benchmarks/run.sh} from a shaded jar on the class path, so this descriptor only has to
 * compile: JMH's generated classes live in {@code *.jmh_generated} packages of this module and
 * need nothing beyond {@code jmh.core} (an automatic module: jmh-core has no descriptor).
 */
@SuppressWarnings("requires-automatic")
module io.github.nianbao.benchmarks {
    requires io.github.nianbao.samples;
    requires io.github.nianbao.validation;
    requires io.github.nianbao.serialization;
    requires io.github.nianbao.importer;
    requires io.github.nianbao.documents;
    requires io.github.nianbao.renderer;
    requires jmh.core;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;

    // JMH instantiates the states and generated benchmark classes reflectively.
    opens io.github.nianbao.benchmarks;
    // Hibernate Validator reads the beans' fields; Jackson binds the beans and the POJO mirror.
    opens io.github.nianbao.benchmarks.bean to org.hibernate.validator, tools.jackson.databind;
    opens io.github.nianbao.benchmarks.pojo to tools.jackson.databind;
    // The table printer reads the @ComparedWith annotations of the benchmark classes.
    exports io.github.nianbao.benchmarks.report;
}

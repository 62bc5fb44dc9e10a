/**
 * The nianbao command line. It exports nothing: its interface is the {@code nianbao} command.
 */
module io.github.nianbao.cli {
    requires io.github.nianbao.validation;
    requires io.github.nianbao.serialization;
    requires io.github.nianbao.samples;
    requires io.github.nianbao.importer;
    requires io.github.nianbao.documents;
    requires io.github.nianbao.renderer;
    // To silence PDFBox's log (commons-logging writes to java.util.logging).
    requires java.logging;
    requires info.picocli;
    requires tools.jackson.core;
    requires static org.immutables.value.annotations;

    opens io.github.nianbao.cli to info.picocli;
}

package io.github.nianbao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The importer and the documents module work on the module path: their descriptors resolve with
 * the jars Maven gives them, a PDF is read through the resolved layer, and the importer alone
 * resolves without POI or PDFBox (a user of the importer does not get them). The tests themselves
 * run on the class path; this builds a module layer from the same entries.
 */
class ModulePathTest {

    private static ModuleFinder modulePath() {
        Path[] entries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                // Jars, and class directories with a module descriptor (the project's own modules).
                .filter(p -> p.toString().endsWith(".jar") || Files.exists(p.resolve("module-info.class")))
                // Test tools that are automatic modules would be resolved with any automatic module (PDFBox is one).
                .filter(p -> !p.getFileName().toString().startsWith("jazzer") && !p.getFileName().toString().startsWith("quicktheories"))
                .toArray(Path[]::new);
        return ModuleFinder.of(entries);
    }

    private static ModuleLayer layer(String root) {
        Configuration c = ModuleLayer.boot().configuration().resolve(modulePath(), ModuleFinder.of(), Set.of(root));
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(c, java.util.List.of(ModuleLayer.boot()),
                ClassLoader.getPlatformClassLoader());
        // POI 5.5.1's descriptors (poi, poi-ooxml) do not require java.xml although their code uses
        // JAXP and SAX; in a layer over the class-path boot layer they do not read it: added here,
        // as --add-reads org.apache.poi.poi=java.xml,org.apache.poi.ooxml=java.xml would (documents/README.md).
        Module xml = ModuleLayer.boot().findModule("java.xml").orElseThrow();
        for (String poi : new String[] {"org.apache.poi.poi", "org.apache.poi.ooxml"}) {
            controller.layer().findModule(poi).ifPresent(m -> controller.addReads(m, xml));
        }
        return controller.layer();
    }

    @Test
    void documentsReadAPdfOnTheModulePath() throws Exception {
        ModuleLayer layer = layer("io.github.nianbao.documents");
        Class<?> importer = layer.findLoader("io.github.nianbao.documents").loadClass("io.github.nianbao.documents.DocumentImporter");
        assertTrue(importer.getModule().isNamed(), "loaded from the module, not the class path");
        assertEquals("io.github.nianbao.documents", importer.getModule().getName());
        Object instance = importer.getMethod("create").invoke(null);
        Object result = importer.getMethod("read", byte[].class).invoke(instance, (Object) Resources.bytes("2024-huaian-shi.pdf"));
        Optional<?> report = (Optional<?>) result.getClass().getMethod("report").invoke(result);
        assertTrue(report.isPresent(), result::toString);
        Object docx = importer.getMethod("read", byte[].class).invoke(instance, (Object) Resources.bytes("V2021-official-template.docx"));
        assertTrue(((Optional<?>) docx.getClass().getMethod("report").invoke(docx)).isPresent(), docx::toString);
    }

    @Test
    void theImporterAloneResolvesWithoutPoiOrPdfbox() throws Exception {
        ModuleLayer layer = layer("io.github.nianbao.importer");
        Set<String> modules = layer.configuration().modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
        assertTrue(modules.contains("io.github.nianbao.core"), modules::toString);
        assertTrue(modules.contains("org.jsoup"), modules::toString);
        assertFalse(modules.stream().anyMatch(m -> m.contains("poi") || m.contains("pdfbox") || m.contains("xmlbeans")), modules::toString);
        Class<?> importer = layer.findLoader("io.github.nianbao.importer").loadClass("io.github.nianbao.importer.ReportImporter");
        Object instance = importer.getMethod("create").invoke(null);
        String text = new String(Resources.bytes("/io/github/nianbao/samples/reports/2024-huaian-shi.txt"), java.nio.charset.StandardCharsets.UTF_8);
        Object result = importer.getMethod("read", String.class).invoke(instance, text);
        assertTrue(((Optional<?>) result.getClass().getMethod("report").invoke(result)).isPresent(), result::toString);
    }
}

package io.github.nianbao.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every official label is written exactly once in the code base: in the catalogue. Everything else
 * reads it from there. Scans the main sources of every module of the build.
 */
class LabelsWrittenOnceTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    static Set<String> catalogueLabels() {
        Set<String> labels = new LinkedHashSet<>();
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Section.class, Group.class, DisclosureBlock.class, DisclosureRow.class,
                DisclosureColumn.class, ApplicationRow.class, Applicant.class, ReviewBlock.class, ReviewColumn.class,
                MetadataField.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                entries.add((CatalogueEntry) e);
            }
        }
        entries.forEach(e -> labels.add(e.label()));
        labels.add(Section.LEDGER_NOTE);
        labels.add(DisclosureBlock.ROW_HEADER);
        return labels;
    }

    @Test
    void everyLabelIsALiteralExactlyOnce() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Map<String, List<String>> literals = new HashMap<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .toList();
        }
        assertTrue(sources.size() > 20, "found the sources under " + root);
        for (Path p : sources) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Matcher m = LITERAL.matcher(text);
            while (m.find()) {
                literals.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(root.relativize(p).toString());
            }
        }
        for (String label : catalogueLabels()) {
            List<String> where = literals.getOrDefault(label, List.of());
            assertTrue(where.size() <= 1, () -> "label \"" + label + "\" is written " + where.size() + " times: " + where);
        }
        // Labels shared between entries (（六）其他处理, 总计) are referenced, not repeated.
        assertEquals(0, literals.getOrDefault(Group.OTHER_PROCESSING.label(), List.of()).size() - 1);
    }
}

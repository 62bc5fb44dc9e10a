package io.github.nianbao.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.Edition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueVersionTest {

    /**
     * Each catalogue version with the digest of the catalogue it names. When this test fails, the
     * catalogue changed: raise {@link Catalogue#VERSION} and add the new pair here (keep the old ones,
     * they document what each version was).
     */
    private static final Map<String, String> DIGESTS = Map.of(
            "2021.1", "d988c2f3df18c6eb746f0f202327fd5fcd693a1fc0bd3ef411c48a032e5d5777");

    @Test
    void theVersionNamesThisCatalogue() throws NoSuchAlgorithmException {
        assertEquals(DIGESTS.get(Catalogue.VERSION), digest(),
                "the catalogue changed since version " + Catalogue.VERSION + ": raise Catalogue.VERSION and pin its digest here");
    }

    @Test
    void everyEntryIsListedOnce() {
        assertEquals(Catalogue.entries().size(), Catalogue.entries().stream().distinct().count());
        assertEquals(Section.values().length + Group.values().length + MetadataField.values().length + DisclosureBlock.values().length
                + DisclosureRow.values().length + DisclosureColumn.values().length + ApplicationRow.values().length
                + Applicant.values().length + ReviewBlock.values().length + ReviewColumn.values().length, Catalogue.entries().size());
    }

    // Everything the version promises to name: entries with their words and editions, and layouts.
    private static String digest() throws NoSuchAlgorithmException {
        StringBuilder sb = new StringBuilder();
        for (CatalogueEntry e : Catalogue.entries()) {
            sb.append(e.getClass().getSimpleName()).append('|').append(e.key()).append('|').append(e.numbering()).append('|')
                    .append(e.label()).append('|').append(e.englishLabel()).append('|').append(e.editions()).append('|')
                    .append(e.parent().map(CatalogueEntry::key).orElse("")).append('\n');
        }
        for (Section s : Section.values()) {
            for (Edition edition : Edition.values()) {
                if (s.isTable()) {
                    for (CellKey k : Layout.of(s, edition).cells()) {
                        sb.append(k.path().toJsonPointer()).append('|').append(k.kind()).append('\n');
                    }
                }
            }
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }
}

package io.github.nianbao.core.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The catalogue as a whole: every entry in one fixed order, and the version that names this state
 * of it. A platform that records a decision records the catalogue's version with it, so that the
 * decision can be traced to the labels, keys and table layouts it was taken with.
 */
public final class Catalogue {

    /**
     * The version of the catalogue: the V2019 trial format (国办公开办函〔2019〕60号) and the V2021
     * revised format (国办公开办函〔2021〕30号), as this release reads and writes them. It is raised
     * whenever an entry's key, label, numbering, editions or parent, or a table's layout, changes;
     * a test pins it to a digest of all of these, so a change cannot slip through without it.
     */
    public static final String VERSION = "2021.1";

    private static final List<CatalogueEntry> ENTRIES = collect();

    private Catalogue() {
    }

    /**
     * Returns every entry: sections, groups, metadata fields, the rows, blocks and columns of the
     * three tables, each kind in declaration order.
     *
     * @return the entries, unmodifiable
     */
    public static List<CatalogueEntry> entries() {
        return ENTRIES;
    }

    private static List<CatalogueEntry> collect() {
        List<CatalogueEntry> all = new ArrayList<>();
        for (CatalogueEntry[] kind : new CatalogueEntry[][] {Section.values(), Group.values(), MetadataField.values(),
                DisclosureBlock.values(), DisclosureRow.values(), DisclosureColumn.values(), ApplicationRow.values(),
                Applicant.values(), ReviewBlock.values(), ReviewColumn.values()}) {
            all.addAll(Arrays.asList(kind));
        }
        return List.copyOf(all);
    }
}

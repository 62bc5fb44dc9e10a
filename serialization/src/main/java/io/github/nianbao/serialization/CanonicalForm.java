package io.github.nianbao.serialization;

import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The names of the canonical JSON form that the catalogue does not give: the members the codec
 * adds around the catalogue's keys. Everything else (sections, metadata fields, blocks, rows,
 * columns) is named by {@code CatalogueEntry.key()}.
 */
final class CanonicalForm {

    /** The top-level member holding the version of the JSON form. */
    static final String FORMAT_VERSION = "formatVersion";
    /** The top-level member naming the edition of table 三's form when it differs from the report's (a hybrid). */
    static final String APPLICATIONS_FORM = "applicationsForm";
    /** The member of a narrative block naming its kind. */
    static final String KIND = "kind";
    /** The member of a narrative block holding its text. */
    static final String TEXT = "text";
    /** The member of an amount holding its decimal value. */
    static final String VALUE = "value";
    /** The member of an amount holding its unit. */
    static final String UNIT = "unit";
    /** The member of a cell object that marks the cell unknown; its value is always {@code true}. */
    static final String UNKNOWN = "unknown";
    /** The member of an unknown cell holding its reason code, written only when there is one. */
    static final String REASON = "reason";
    /** The string that marks a cell not applicable. */
    static final String NOT_APPLICABLE = "/";

    static final ReportPath FORMAT_VERSION_PATH = ReportPath.of(FORMAT_VERSION);
    static final ReportPath APPLICATIONS_FORM_PATH = ReportPath.of(APPLICATIONS_FORM);
    static final ReportPath METADATA_PATH = ReportPath.of(MetadataField.OBJECT_KEY);

    private CanonicalForm() {
    }

    /** {@return the name of a narrative block kind: {@code heading} or {@code paragraph}} */
    static String kindName(NarrativeBlock.Kind kind) {
        return KIND_NAMES[kind.ordinal()];
    }

    // Read and written for every narrative block: made once.
    private static final String[] KIND_NAMES = Arrays.stream(NarrativeBlock.Kind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    /** {@return the top-level members in canonical order; {@code applicationsForm} is written for hybrids only} */
    static List<String> topLevelMembers() {
        List<String> names = new ArrayList<>();
        names.add(FORMAT_VERSION);
        names.add(MetadataField.OBJECT_KEY);
        for (Section s : Section.values()) {
            if (s == Section.APPLICATIONS) {
                names.add(APPLICATIONS_FORM);
            }
            names.add(s.key());
        }
        return List.copyOf(names);
    }
}

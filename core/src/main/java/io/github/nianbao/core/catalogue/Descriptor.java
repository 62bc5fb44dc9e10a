package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the catalogue knows about one entry. Immutable.
 */
public final class Descriptor {

    // The numbering styles of the format: 一、 / （一） / 1.
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.)");

    private final String label;
    private final String numbering;
    private final String englishLabel;
    private final String key;
    private final Group parent;
    private final Set<Edition> editions;

    private Descriptor(String label, String englishLabel, String key, Group parent, Set<Edition> editions) {
        this.label = Objects.requireNonNull(label);
        this.englishLabel = Objects.requireNonNull(englishLabel);
        this.key = Objects.requireNonNull(key);
        this.parent = parent;
        this.editions = Collections.unmodifiableSet(editions);
        Matcher m = NUMBERING.matcher(label);
        this.numbering = m.find() ? m.group() : "";
    }

    static Descriptor of(String label, String englishLabel, String key, Group parent, Set<Edition> editions) {
        return new Descriptor(label, englishLabel, key, parent, editions);
    }

    static Descriptor of(String label, String englishLabel, String key, Group parent) {
        return new Descriptor(label, englishLabel, key, parent, EnumSet.allOf(Edition.class));
    }

    /** {@return the official Chinese label} */
    public String label() {
        return label;
    }

    /** {@return the label without its numbering} */
    public String text() {
        return label.substring(numbering.length());
    }

    /** {@return the numbering the label starts with, or an empty string} */
    public String numbering() {
        return numbering;
    }

    /** {@return the English label} */
    public String englishLabel() {
        return englishLabel;
    }

    /** {@return the stable English key} */
    public String key() {
        return key;
    }

    /** {@return the parent group, if any} */
    public Optional<Group> parent() {
        return Optional.ofNullable(parent);
    }

    /** {@return the editions that have the entry} */
    public Set<Edition> editions() {
        return editions;
    }

    @Override
    public String toString() {
        return label;
    }
}

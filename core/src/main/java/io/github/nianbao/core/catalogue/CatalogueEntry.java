package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.MessageLanguage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An entry of the format catalogue: a section, group, block, row or column, with its official
 * Chinese label. Every label the library prints or reads comes from an entry.
 */
public interface CatalogueEntry {

    /** {@return the entry's description: labels, key, parent and editions} */
    Descriptor descriptor();

    /** {@return the official Chinese label, exactly as in the format, numbering included} */
    default String label() {
        return descriptor().label();
    }

    /** {@return the label without its numbering, for example {@code 予以公开} for {@code （一）予以公开}} */
    default String text() {
        return descriptor().text();
    }

    /** {@return the numbering the label starts with ({@code 一、}, {@code （三）}, {@code 1.}), or an empty string} */
    default String numbering() {
        return descriptor().numbering();
    }

    /** {@return an English rendering of the label, for English messages} */
    default String englishLabel() {
        return descriptor().englishLabel();
    }

    /** {@return the stable English key: a JSON field name and a JSON Pointer segment} */
    default String key() {
        return descriptor().key();
    }

    /** {@return the group this entry sits under in the printed table, if any} */
    default Optional<Group> parent() {
        return descriptor().parent();
    }

    /** {@return the editions whose tables have this entry} */
    default Set<Edition> editions() {
        return descriptor().editions();
    }

    /**
     * Returns the label in a language: the English label for an English locale, the official Chinese
     * one for every other (the rule of {@link MessageLanguage#of(Locale)}).
     *
     * @param locale the language
     * @return the label
     * @throws NullPointerException if {@code locale} is null
     */
    default String label(Locale locale) {
        return MessageLanguage.of(locale).isEnglish() ? englishLabel() : label();
    }
}

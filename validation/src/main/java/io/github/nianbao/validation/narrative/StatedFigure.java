package io.github.nianbao.validation.narrative;

import io.github.nianbao.core.catalogue.Section;
import java.util.List;
import java.util.Objects;

/**
 * A figure a narrative section states about the tables: where it stands, the sentence, the number
 * (0 for words such as 未收到), what it counts and the readings of the tables the sentence's words
 * allow. Immutable.
 *
 * @param section the narrative section
 * @param block the index of the block (paragraph or heading) in the section, from 0
 * @param offset where the number (or the word that says none) starts in that block, in chars
 * @param sentence the sentence, as printed
 * @param stated the number stated
 * @param subject what the figure counts, such as {@code received}: the key of its name in the message catalogue
 * @param scope a word of the sentence that narrows its scope to one office, or empty
 * @param readings the readings tried, empty when the tables have no cell for it (fees)
 */
public record StatedFigure(Section section, int block, int offset, String sentence, long stated, String subject,
        String scope, List<Reading> readings) {

    /**
     * Checks and copies the components.
     *
     * @param section the section
     * @param block the block
     * @param offset the offset
     * @param sentence the sentence
     * @param stated the number
     * @param subject what it counts
     * @param scope the narrowing word, or empty
     * @param readings the readings
     */
    public StatedFigure {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        readings = List.copyOf(readings);
    }

    /**
     * Tells whether the figure disagrees with the tables: at least one reading could be assessed and
     * none gives the stated number.
     *
     * @return whether no allowed reading matches
     */
    public boolean disagrees() {
        boolean assessed = false;
        for (Reading r : readings) {
            if (r.matches(stated)) {
                return false;
            }
            assessed |= r.value().isPresent();
        }
        return assessed;
    }
}

package io.github.nianbao.core.catalogue;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a catalogue entry by a label as reports print it: the official label, the label with
 * another numbering style ("1、", "1．", "(七)"), the label without its numbering, or the English
 * label. A label that fits more than one entry finds none: a lookup never picks between cells.
 */
final class LabelMatch {

    // After NFKC: "（一）" is "(一)", "1．" is "1.".
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)[、,，.]|\\(([一二三四五六七八九十]+)\\)|(\\d+)[.、,，])");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}“”„‟\"'‘’「」『』、,，]");

    private LabelMatch() {
    }

    /** A label cut into its numbering (in one form per level) and its words (punctuation folded). */
    private record Parts(String numbering, String words) {

        static Parts of(String label) {
            String s = Normalizer.normalize(label, Normalizer.Form.NFKC).strip();
            Matcher m = NUMBERING.matcher(s);
            String numbering = "";
            if (m.find()) {
                numbering = m.group(1) != null ? m.group(1) + "、" : m.group(2) != null ? "(" + m.group(2) + ")" : m.group(3) + ".";
                s = s.substring(m.end());
            }
            return new Parts(numbering, IGNORED.matcher(s).replaceAll(""));
        }
    }

    static <E extends CatalogueEntry> Optional<E> find(String printed, Collection<E> entries) {
        for (E e : entries) {
            if (e.label().equals(printed)) {
                return Optional.of(e);
            }
        }
        Parts wanted = Parts.of(printed);
        Optional<E> found = unique(entries, e -> {
            Parts p = Parts.of(e.label());
            return p.words().equals(wanted.words()) && (wanted.numbering().isEmpty() || p.numbering().equals(wanted.numbering()));
        });
        if (found.isPresent()) {
            return found;
        }
        String english = printed.strip().toLowerCase(Locale.ROOT);
        return unique(entries, e -> e.englishLabel().toLowerCase(Locale.ROOT).equals(english));
    }

    private static <E> Optional<E> unique(Collection<E> entries, java.util.function.Predicate<E> test) {
        E found = null;
        for (E e : entries) {
            if (test.test(e)) {
                if (found != null && found != e) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }
}

package io.github.nianbao.importer;

import io.github.nianbao.core.catalogue.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of the six sections: on a line of their own (numbering, then the official heading,
 * a variant of it or a heading with a typo), or inside a line of page text that lost its line
 * breaks ({@code …如有疑问请联系。一、总体情况2021年，…}), where only a numbered heading printed
 * exactly as the official one or a known variant counts.
 */
final class Headings {

    /** The most characters (folded) a heading on a line of its own has. */
    static final int MAX_LENGTH = 40;

    // Section numbering (一、 1. 第一部分); （一） numbers sub-headings, never sections.
    private static final Pattern NUMBERING = Pattern.compile(
            "^#*(?:[一二三四五六七八九十]+[,.:]|\\d{1,2}[.,:]|第[一二三四五六七八九十]+(?:部分|章)[,.:]?)?");

    // Inside a line: numbering (一、 or 第一部分) right before the heading, not continuing a longer numeral.
    private static final String INLINE_NUMBERING = "(?<![一二三四五六七八九十])(?:[一二三四五六七八九十]{1,2}[,.:]|第[一二三四五六七八九十]{1,2}部分[,.:]?)";

    private static final Map<Section, List<String>> TEXTS = new EnumMap<>(Section.class);
    private static final Map<Section, Pattern> INLINE = new EnumMap<>(Section.class);

    static {
        for (Section s : Section.values()) {
            List<String> texts = new ArrayList<>();
            texts.add(Fold.text(s.text()));
            s.headingVariants().forEach(v -> texts.add(Fold.text(v)));
            TEXTS.put(s, List.copyOf(texts));
            StringBuilder alternatives = new StringBuilder();
            // Longest first, so that a variant containing another is taken whole.
            texts.stream().sorted((a, b) -> b.length() - a.length()).forEach(t -> {
                if (!alternatives.isEmpty()) {
                    alternatives.append('|');
                }
                alternatives.append(Pattern.quote(t));
            });
            INLINE.put(s, Pattern.compile(INLINE_NUMBERING + "(?:" + alternatives + ")"));
        }
    }

    /** A heading found inside a folded text: positions {@code [start, end)}, numbering included. */
    record Inline(Section section, int start, int end) {
    }

    private Headings() {
    }

    /** {@return a folded line without its section numbering and closing punctuation} */
    static String unnumbered(String folded) {
        return NUMBERING.matcher(folded).replaceFirst("").replaceAll("[。.:]+$", "");
    }

    /**
     * Returns how far a line (folded, numbering removed) is from a section's heading.
     *
     * @return 0 for the official heading, 1 + edit distance for a variant or typo, -1 for no match
     */
    static int cost(Section s, String text) {
        List<String> candidates = TEXTS.get(s);
        if (text.equals(candidates.get(0))) {
            return 0;
        }
        int best = -1;
        for (String c : candidates) {
            if (Math.abs(c.length() - text.length()) > Math.max(1, c.length() / 8)) {
                continue;
            }
            int d = distance(text, c);
            if (d <= Math.max(1, c.length() / 8) && (best < 0 || d + 1 < best)) {
                best = d + 1;
            }
        }
        return best;
    }

    /** {@return the section whose heading a short folded line is, or null} */
    static Section of(String folded) {
        if (folded.length() > MAX_LENGTH) {
            return null;
        }
        String text = unnumbered(folded);
        for (Section s : Section.values()) {
            if (cost(s, text) >= 0) {
                return s;
            }
        }
        return null;
    }

    /**
     * Finds the first numbered heading of a section inside a folded text, at or after {@code from}.
     *
     * @return the heading, or null
     */
    static Inline find(Section s, String folded, int from) {
        Matcher m = INLINE.get(s).matcher(folded);
        return m.find(from) ? new Inline(s, m.start(), m.end()) : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

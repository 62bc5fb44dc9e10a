package io.github.nianbao.validation.similarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The similarity of two texts on character n-gram shingles of their normalised forms. Immutable.
 *
 * <p>Normalised: NFKC (full-width letters and digits as their plain forms), then only letters and
 * digits kept (punctuation and whitespace dropped, so that layout and line breaks of PDF text do not
 * count), and each run of digits folded to one {@code 0} (a copied paragraph with this year's
 * figures and year is still copied). Shingles: every {@value #DEFAULT_N} consecutive characters of
 * the normalised text; for Chinese, five characters are two or three words, short enough to survive
 * small edits and long enough that unrelated texts on the same subject share few of them.
 *
 * <p>Two measures (Broder, "On the resemblance and containment of documents", 1997):
 * {@link #containment()}, the share of this text's shingles found in the other, which is what
 * "copied from last year" asks (a section that is last year's plus a new paragraph is still mostly
 * copied, and containment says so where Jaccard is lowered by the addition); and
 * {@link #jaccard()}, shared over all distinct shingles, symmetric, given for comparison.
 *
 * @param containment |S(text) ∩ S(other)| / |S(text)|, 0 when the text has no shingle
 * @param jaccard |S(text) ∩ S(other)| / |S(text) ∪ S(other)|, 0 when neither has a shingle
 * @param shingles the number of distinct shingles of the text
 * @param passages the longest passages of the text whose every shingle is in the other, longest first (at most 3)
 */
public record TextSimilarity(double containment, double jaccard, int shingles, List<String> passages) {

    /** The shingle length in characters of the normalised text. */
    public static final int DEFAULT_N = 5;

    private static final int PASSAGES = 3;

    /**
     * Checks and copies the components.
     *
     * @param containment the containment
     * @param jaccard the Jaccard index
     * @param shingles the text's distinct shingles
     * @param passages the shared passages
     */
    public TextSimilarity {
        passages = List.copyOf(passages);
    }

    /**
     * Measures how much of a text is found in another.
     *
     * @param text this year's text
     * @param other the text it may be copied from
     * @return the measures, and the longest shared passages as printed in {@code text}
     */
    public static TextSimilarity of(String text, String other) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(other, "other");
        Normalised a = normalise(text);
        Normalised b = normalise(other);
        Set<String> sb = shingles(b.text);
        Set<String> sa = new HashSet<>();
        int n = DEFAULT_N;
        int count = a.text.length() - n + 1;
        boolean[] shared = new boolean[Math.max(count, 0)];
        for (int i = 0; i < count; i++) {
            String s = a.text.substring(i, i + n);
            sa.add(s);
            shared[i] = sb.contains(s);
        }
        int common = 0;
        for (String s : sa) {
            if (sb.contains(s)) {
                common++;
            }
        }
        int union = sa.size() + sb.size() - common;
        double containment = sa.isEmpty() ? 0 : (double) common / sa.size();
        double jaccard = union == 0 ? 0 : (double) common / union;
        // Runs of consecutive shared shingles are passages of the text found in the other.
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < count; ) {
            if (!shared[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < count && shared[j + 1]) {
                j++;
            }
            runs.add(new int[] {i, j + n});
            i = j + 1;
        }
        runs.sort(Comparator.comparingInt((int[] r) -> r[0] - r[1]).thenComparingInt(r -> r[0]));
        List<String> passages = new ArrayList<>();
        for (int k = 0; k < runs.size() && k < PASSAGES; k++) {
            int[] r = runs.get(k);
            passages.add(text.substring(a.from[r[0]], a.to[r[1] - 1]).strip());
        }
        return new TextSimilarity(containment, jaccard, sa.size(), passages);
    }

    /**
     * Normalises a text as the measures see it.
     *
     * @param text a text
     * @return its letters and digits, NFKC, each run of digits as one {@code 0}
     */
    public static String normalised(String text) {
        return normalise(text).text;
    }

    /** The normalised text, and for each of its characters where it came from in the original. */
    private record Normalised(String text, int[] from, int[] to) {
    }

    private static Normalised normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] from = new int[text.length() + 16];
        int[] to = new int[text.length() + 16];
        boolean inDigits = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = Normalizer.normalize(text.substring(i, next), Normalizer.Form.NFKC);
            if (sb.length() + folded.length() >= from.length) { // NFKC can expand one character into several
                from = java.util.Arrays.copyOf(from, 2 * from.length + folded.length());
                to = java.util.Arrays.copyOf(to, from.length);
            }
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (Character.isDigit(c)) {
                    if (!inDigits) {
                        from[sb.length()] = i;
                        to[sb.length()] = next;
                        sb.append('0');
                    } else {
                        to[sb.length() - 1] = next;
                    }
                    inDigits = true;
                } else if (Character.isLetter(c)) {
                    from[sb.length()] = i;
                    to[sb.length()] = next;
                    sb.append(Character.toLowerCase(c));
                    inDigits = false;
                } else if (!Character.isWhitespace(c)) {
                    inDigits = false; // punctuation ends a number (2.5 and 2,5 are two runs) but is dropped
                }
            }
            i = next;
        }
        return new Normalised(sb.toString(), from, to);
    }

    private static Set<String> shingles(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + DEFAULT_N <= s.length(); i++) {
            out.add(s.substring(i, i + DEFAULT_N));
        }
        return out;
    }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.MessageCatalog;
import io.github.nianbao.validation.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats message templates. Only ever called when someone asks for a message: findings carry a key
 * and arguments, never formatted text.
 */
public final class Messages {

    /** The base name of the standard catalogue (Chinese base file, {@code _en} English). */
    public static final String BUNDLE = "io.github.nianbao.validation.internal.messages";

    /** The standard catalogue. */
    public static final PropertiesCatalog STANDARD = new PropertiesCatalog(Messages.class, BUNDLE);

    /** The key of the template used when a catalogue lacks a finding's key. */
    public static final String MISSING = "message.missing";

    private Messages() {
    }

    /**
     * A message used as an argument of another, formatted in the same language.
     *
     * @param key the template key, in the standard catalogue
     * @param arguments the named arguments
     */
    public record Nested(String key, Map<String, Object> arguments) {

        /**
         * Checks and copies the components.
         *
         * @param key the template key
         * @param arguments the arguments
         */
        public Nested {
            Objects.requireNonNull(key);
            arguments = Map.copyOf(arguments);
        }

        @Override
        public String toString() {
            return format(STANDARD, key, arguments, Locale.ROOT);
        }
    }

    /**
     * Formats a template from a catalogue; if the catalogue lacks the key, a generic message naming
     * the key and the arguments.
     *
     * @param catalog the catalogue
     * @param key the key
     * @param arguments the named arguments
     * @param locale the language
     * @return the message
     */
    public static String format(MessageCatalog catalog, String key, Map<String, ?> arguments, Locale locale) {
        // One language rule for the whole message: templates, labels and values alike.
        locale = language(locale);
        String template = catalog.template(key, locale).orElse(null);
        if (template == null) {
            template = STANDARD.template(MISSING, locale).orElse("{key}: {arguments}");
            return fill(template, Map.of("key", key, "arguments", String.valueOf(arguments)), locale);
        }
        return fill(template, arguments, locale);
    }

    // Placeholders are replaced in one pass over the template: inserted values are never scanned
    // again, so text from a report cannot act as a placeholder.
    private static String fill(String template, Map<String, ?> arguments, Locale locale) {
        return Template.of(template).fill(arguments, locale);
    }

    /**
     * A template scanned once: every "{" that a "}" follows, with the name between them. Whether a
     * candidate is a placeholder depends on the arguments (an unknown name stays text, and a "{"
     * inside it may still open one), so filling walks the candidates as the former per-call scan
     * did, skipping those inside a replaced placeholder.
     */
    private static final class Template {

        // Templates come from a few catalogues and are few; the cache is keyed by their text.
        private static final ConcurrentHashMap<String, Template> COMPILED = new ConcurrentHashMap<>();
        private static final int MAX_CACHED = 4096;

        private final String text;
        private final int[] open;
        private final int[] close;
        private final String[] names;

        private Template(String text) {
            this.text = text;
            List<int[]> found = new ArrayList<>();
            for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
                int c = text.indexOf('}', i + 1);
                if (c < 0) {
                    break;
                }
                found.add(new int[] {i, c});
            }
            open = new int[found.size()];
            close = new int[found.size()];
            names = new String[found.size()];
            for (int k = 0; k < open.length; k++) {
                open[k] = found.get(k)[0];
                close[k] = found.get(k)[1];
                names[k] = text.substring(open[k] + 1, close[k]);
            }
        }

        static Template of(String text) {
            Template t = COMPILED.get(text);
            if (t == null) {
                t = new Template(text);
                if (COMPILED.size() < MAX_CACHED) {
                    COMPILED.putIfAbsent(text, t);
                }
            }
            return t;
        }

        String fill(Map<String, ?> arguments, Locale locale) {
            if (open.length == 0) {
                return text;
            }
            StringBuilder sb = new StringBuilder(text.length() + 64);
            appendTo(sb, arguments, locale);
            return sb.toString();
        }

        void appendTo(StringBuilder sb, Map<String, ?> arguments, Locale locale) {
            int i = 0;
            for (int k = 0; k < open.length; k++) {
                if (open[k] < i || !arguments.containsKey(names[k])) {
                    continue;
                }
                sb.append(text, i, open[k]);
                renderTo(sb, arguments.get(names[k]), locale);
                i = close[k] + 1;
            }
            sb.append(text, i, text.length());
        }

        // The cell.withValue form without a map: the only names filled are "label" and "value".
        void appendTo(StringBuilder sb, String label, String value) {
            int i = 0;
            for (int k = 0; k < open.length; k++) {
                String v = names[k].equals("label") ? label : names[k].equals("value") ? value : null;
                if (open[k] < i || v == null) {
                    continue;
                }
                sb.append(text, i, open[k]).append(v);
                i = close[k] + 1;
            }
            sb.append(text, i, text.length());
        }
    }

    /**
     * Renders one argument: catalogue entries and cells by their labels in the locale's language,
     * lists of sum terms as a signed sum, other lists joined, anything else as its string.
     *
     * @param value the argument
     * @param locale the language
     * @return the text
     */
    public static String render(Object value, Locale locale) {
        locale = language(locale);
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        renderTo(sb, value, locale);
        return sb.toString();
    }

    // render, appending to the message being built rather than making a string per argument.
    private static void renderTo(StringBuilder sb, Object value, Locale locale) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            sb.append(s);
        } else if (value instanceof Nested n) {
            String template = STANDARD.template(n.key(), locale).orElse(null);
            if (template == null) {
                sb.append(format(STANDARD, n.key(), n.arguments(), locale));
            } else {
                Template.of(template).appendTo(sb, n.arguments(), locale);
            }
        } else if (value instanceof FindingCell cell) {
            appendWithValue(sb, cell.label(locale), cell.value(locale), locale);
        } else if (value instanceof CellKey key) {
            sb.append(key.describe(locale));
        } else if (value instanceof CatalogueEntry entry) {
            sb.append(entry.label(locale));
        } else if (value instanceof Collection<?> list) {
            if (!list.isEmpty() && list.stream().allMatch(o -> o instanceof FindingCell f && f.role() == FindingCell.Role.TERM)) {
                @SuppressWarnings("unchecked")
                List<FindingCell> terms = (List<FindingCell>) List.copyOf(list);
                sum(sb, terms, locale);
                return;
            }
            String separator = STANDARD.template("list.separator", locale).orElse(", ");
            int start = sb.length();
            for (Object o : list) {
                if (sb.length() > start) { // as before: no separator while nothing has been written
                    sb.append(separator);
                }
                renderTo(sb, o, locale);
            }
        } else {
            sb.append(value);
        }
    }

    /**
     * Returns the message argument that says how two reports were paired as one agency's.
     *
     * @param match how they match, or empty
     * @return a nested message, or {@code ""} when there is no pair
     */
    public static Object pairedBy(java.util.Optional<io.github.nianbao.validation.comparison.AgencyMatch> match) {
        return match.<Object>map(m -> new Nested(m.messageKey().replace("match.", "pair."), Map.of())).orElse("");
    }

    /**
     * Renders a cell's value in the locale's language.
     *
     * @param cell the cell
     * @param locale the language
     * @return the number with its unit, or the words for blank, not applicable or unknown
     */
    public static String cellValue(Cell cell, Locale locale) {
        locale = language(locale);
        return switch (cell.state()) {
            case NUMBER -> cell.toString();
            case BLANK -> word("value.blank", locale);
            case NOT_APPLICABLE -> word("value.notApplicable", locale);
            case UNKNOWN -> word("value.unknown", locale);
        };
    }

    /**
     * Marks a label as belonging to the previous year's report.
     *
     * @param label the label
     * @param locale the language
     * @return the marked label
     */
    public static String previousYear(String label, Locale locale) {
        locale = language(locale);
        return fill(word("cell.previousYear", locale), Map.of("label", label), locale);
    }

    // The locale of the language MessageLanguage picks, zh-CN or en: what every lookup below uses,
    // so that caches hold two languages, not every locale asked for.
    private static Locale language(Locale locale) {
        return MessageLanguage.of(locale).locale();
    }

    private static void appendWithValue(StringBuilder sb, String label, String value, Locale locale) {
        Template.of(word("cell.withValue", locale)).appendTo(sb, label, value);
    }

    private static String word(String key, Locale locale) {
        return STANDARD.template(key, locale).orElseThrow(() -> new IllegalStateException("no message " + key));
    }

    /*
     * A signed sum of terms, each with its weight, distinguishing label and value.
     */
    private static void sum(StringBuilder sb, List<FindingCell> terms, Locale locale) {
        String[] labels = termLabels(terms, locale);
        for (int i = 0; i < terms.size(); i++) {
            FindingCell t = terms.get(i);
            String sign = t.weight() < 0 ? " − " : " + ";
            if (i == 0) {
                sb.append(t.weight() < 0 ? "−" : "");
            } else {
                sb.append(sign);
            }
            long magnitude = Math.abs(t.weight());
            if (magnitude != 1) {
                sb.append(magnitude).append('×');
            }
            appendWithValue(sb, labels[i], t.value(locale), locale);
        }
    }

    // The labels of a sum's terms depend only on their places (period and cell key, or label) and
    // the language, never on values: a rule's terms are worked out once per language.
    private record TermPlaces(Locale locale, List<Object> places) {
    }

    private static final ConcurrentHashMap<TermPlaces, String[]> TERM_LABELS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_SUMS = 4096;

    private static String[] termLabels(List<FindingCell> terms, Locale locale) {
        Object[] places = new Object[terms.size() * 2];
        for (int i = 0; i < terms.size(); i++) {
            FindingCell t = terms.get(i);
            places[2 * i] = t.period();
            places[2 * i + 1] = t.key().isPresent() ? t.key().get() : t.label(locale);
        }
        TermPlaces id = new TermPlaces(locale, List.of(places));
        String[] labels = TERM_LABELS.get(id);
        if (labels == null) {
            labels = computeTermLabels(terms, locale);
            if (TERM_LABELS.size() < MAX_CACHED_SUMS) {
                TERM_LABELS.putIfAbsent(id, labels);
            }
        }
        return labels;
    }

    /*
     * Each term named only by what tells it apart from the others (the row in a column sum, the
     * column in a row sum), so that "自然人（3）+ 商业企业（1）" is not drowned in repeated table labels.
     */
    private static String[] computeTermLabels(List<FindingCell> terms, Locale locale) {
        String[] labels = new String[terms.size()];
        if (terms.size() == 1) {
            labels[0] = terms.get(0).label(locale);
            return labels;
        }
        List<List<String>> parts = new ArrayList<>();
        for (FindingCell t : terms) {
            parts.add(parts(t, locale));
        }
        int width = parts.stream().mapToInt(List::size).max().orElse(0);
        boolean[] differs = new boolean[width];
        for (int p = 0; p < width; p++) {
            String first = part(parts.get(0), p);
            for (List<String> other : parts) {
                differs[p] |= !first.equals(part(other, p));
            }
        }
        for (int i = 0; i < terms.size(); i++) {
            StringBuilder l = new StringBuilder();
            for (int p = 0; p < width; p++) {
                String s = part(parts.get(i), p);
                if (differs[p] && !s.isEmpty()) {
                    l.append(l.isEmpty() ? "" : " › ").append(s);
                }
            }
            labels[i] = l.toString();
        }
        return labels;
    }

    private static List<String> parts(FindingCell cell, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(cell.period() == Period.PREVIOUS_YEAR ? word("period.previousYear", locale) : "");
        cell.key().ifPresentOrElse(k -> {
            parts.add(k.table().label(locale));
            parts.add(k.block().map(b -> b.label(locale)).orElse(""));
            parts.add(k.row().label(locale));
            parts.add(k.column().label(locale));
        }, () -> parts.add(cell.label(locale)));
        return parts;
    }

    private static String part(List<String> parts, int p) {
        return p < parts.size() ? parts.get(p) : "";
    }
}

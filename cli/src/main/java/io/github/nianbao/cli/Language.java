package io.github.nianbao.cli;

import io.github.nianbao.core.MessageLanguage;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The language of the command's output: Chinese by default, or English. Each is one of the library's
 * {@link MessageLanguage}s, so that the library's messages come out in the same language.
 */
enum Language {
    /** Simplified Chinese. */
    zh(MessageLanguage.CHINESE),
    /** English. */
    en(MessageLanguage.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    Language(MessageLanguage language) {
        this.locale = language.locale();
        // No fallback to the JVM's default locale: the base bundle is Chinese.
        this.bundle = ResourceBundle.getBundle("io.github.nianbao.cli.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The language the arguments ask for with {@code --lang zh|en} or {@code --lang=en}, looked for
     * before picocli parses them, so that help and usage errors come out in that language too.
     */
    static Language of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            } else if (args[i].equals("--")) {
                break;
            }
            if (value != null && value.equalsIgnoreCase("en")) {
                return en;
            }
        }
        return zh;
    }

    Locale locale() {
        return locale;
    }

    boolean isEnglish() {
        return this == en;
    }

    String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return bundle.getString(key);
        }
        // Every report's title and source are formatted: each thread parses a pattern once
        // (a MessageFormat is not safe to share between threads).
        return formats.get().computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale)).format(arguments);
    }

    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    /**
     * The message {@code key} as a template of text arguments, for a message written for every
     * report: the pattern is worked out once, not formatted by a {@link MessageFormat} per report.
     */
    Template template(String key) {
        return new Template(this, key);
    }

    /**
     * A message pattern split into its literal text, encoded as UTF-8 once, and the places of its
     * arguments. The split is what {@link MessageFormat} itself makes of the pattern: it formats
     * the pattern once with a private-use marker per argument and cuts at the markers, so quotes and
     * escapes in the pattern come out exactly as {@link #text} gives them. Thread-safe.
     */
    static final class Template {

        // Private-use characters that no message pattern contains: a marker, then the argument index.
        private static final char MARK = '\uE000';
        private static final char INDEX_BASE = '\uE100';
        private static final int MAX_ARGUMENTS = 10;

        private final Language lang;
        private final String key;
        // Literal parts as UTF-8 (byte[]) and argument places (Integer), in order; null if the
        // pattern is anything but text arguments, which is then formatted as usual.
        private final Object[] parts;

        private Template(Language lang, String key) {
            this.lang = lang;
            this.key = key;
            this.parts = split(lang.bundle.getString(key), lang.locale);
        }

        private static Object[] split(String pattern, Locale locale) {
            if (pattern.indexOf(MARK) >= 0) {
                return null;
            }
            Object[] markers = new Object[MAX_ARGUMENTS];
            for (int i = 0; i < markers.length; i++) {
                markers[i] = String.valueOf(MARK) + (char) (INDEX_BASE + i);
            }
            String sample;
            try {
                sample = new MessageFormat(pattern, locale).format(markers);
            } catch (IllegalArgumentException e) {
                return null; // a number or choice format: not a text template
            }
            List<Object> out = new ArrayList<>();
            int literal = 0;
            for (int i = 0; i < sample.length(); i++) {
                if (sample.charAt(i) == MARK) {
                    if (i > literal) {
                        out.add(sample.substring(literal, i).getBytes(StandardCharsets.UTF_8));
                    }
                    out.add(sample.charAt(i + 1) - INDEX_BASE);
                    literal = i + 2;
                    i++;
                }
            }
            if (literal < sample.length()) {
                out.add(sample.substring(literal).getBytes(StandardCharsets.UTF_8));
            }
            return out.toArray();
        }

        /** Appends the message with these arguments, as {@link Language#text} would give it. */
        void appendTo(Utf8Builder out, String... arguments) {
            if (parts == null) {
                out.append(lang.text(key, (Object[]) arguments));
                return;
            }
            for (Object part : parts) {
                if (part instanceof byte[] literal) {
                    out.append(literal);
                } else {
                    int index = (Integer) part;
                    // MessageFormat leaves a place without an argument as its pattern text.
                    out.append(index < arguments.length ? String.valueOf(arguments[index]) : "{" + index + "}");
                }
            }
        }
    }
}

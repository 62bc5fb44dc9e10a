package io.github.nianbao.cli;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The language of the command's output: Chinese by default, or English. */
enum Language {
    /** Simplified Chinese. */
    zh(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    en(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    Language(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: the base bundle is Chinese.
        this.bundle = ResourceBundle.getBundle("io.github.nianbao.cli.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
}

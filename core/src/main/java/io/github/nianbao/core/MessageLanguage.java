package io.github.nianbao.core;

import java.util.Locale;
import java.util.Objects;

/**
 * The languages the library's messages and labels exist in, and the one rule that picks one for a
 * locale. Every method of nianbao that formats something a person reads — a finding's message, a
 * cell's labels, an import diagnostic, a JSON decode problem, a rule's description, a rendered
 * document's notes — takes a {@link Locale} and follows {@link #of(Locale)}: English for any locale
 * whose language is {@code en} ({@link Locale#ENGLISH}, {@link Locale#US}, {@link Locale#UK}, …),
 * Chinese for every other ({@link Locale#CHINA}, {@link Locale#TAIWAN}, {@link Locale#ROOT},
 * {@link Locale#FRENCH}, …): Chinese is the language of the format. Its form without a locale gives
 * Chinese, as {@link #DEFAULT_LOCALE} does. The JVM's default locale is never consulted, so a
 * Chinese message stays Chinese on an English machine and the reverse.
 */
public enum MessageLanguage {
    /** Simplified Chinese, as used in mainland China: the language of the format and the default. */
    CHINESE(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    ENGLISH(Locale.ENGLISH);

    /** The locale of the forms without a locale argument: simplified Chinese ({@code zh-CN}). */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final Locale locale;

    MessageLanguage(Locale locale) {
        this.locale = locale;
    }

    /**
     * Picks the language of messages for a locale.
     *
     * @param locale the locale asked for
     * @return {@link #ENGLISH} if the locale's language is {@code en}, else {@link #CHINESE}
     * @throws NullPointerException if {@code locale} is null: there is no "no language", and the
     *         forms without a locale argument give Chinese
     */
    public static MessageLanguage of(Locale locale) {
        Objects.requireNonNull(locale, "locale is null: pass a Locale (MessageLanguage.DEFAULT_LOCALE for Chinese)");
        return "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** {@return the locale messages in this language are formatted with: {@code zh-CN} or {@code en}} */
    public Locale locale() {
        return locale;
    }

    /** {@return whether this is English} */
    public boolean isEnglish() {
        return this == ENGLISH;
    }
}

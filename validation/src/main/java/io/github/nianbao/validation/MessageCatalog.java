package io.github.nianbao.validation;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.validation.internal.Messages;
import io.github.nianbao.validation.internal.PropertiesCatalog;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the message templates of findings come from. A template is text with named placeholders
 * such as {@code {sum}}, filled from {@link Finding#arguments()}; argument values are inserted as
 * they are and never read as placeholders themselves.
 *
 * <p>The {@linkplain #standard() standard catalogue} holds the messages of every
 * {@link StandardRule} in Chinese (the base bundle, used for every locale that is not English) and
 * English. A finding asks its catalogue for a template in the locale of the language
 * {@link MessageLanguage#of(Locale)} picks — {@code zh-CN} or {@code en}, never the locale the
 * caller passed — so that a message's template and the labels inside it are always in one language. Custom rules can bring their own catalogue with {@link #ofBundle(Class, String)}.
 */
public interface MessageCatalog {

    /**
     * Looks up a template.
     *
     * @param key the message key
     * @param locale the language wanted: {@link MessageLanguage#CHINESE}'s or {@link MessageLanguage#ENGLISH}'s
     *     locale when a finding asks
     * @return the template, or empty if the catalogue has no such key
     */
    Optional<String> template(String key, Locale locale);

    /** {@return the catalogue of the standard rules} */
    static MessageCatalog standard() {
        return Messages.STANDARD;
    }

    /**
     * Returns a catalogue read from UTF-8 properties files: {@code baseName.properties} in the
     * default language and {@code baseName_en.properties} and the like for others. Lookup never
     * falls back to the JVM's default locale: a locale without its own file gets the base file.
     *
     * @param anchor a class whose module or class loader holds the files (in a named module the
     *     files' package must be open to this module, or the files must lie outside any package)
     * @param baseName a bundle base name such as {@code com.example.rules.Messages}
     * @return the catalogue; files are read once, on first use of each locale
     * @throws IllegalArgumentException if the base file cannot be read through {@code anchor}
     *         (missing, or in a package of a named module that is not opened to nianbao's
     *         validation module): a catalogue nobody can read would leave every message a bare key
     */
    static MessageCatalog ofBundle(Class<?> anchor, String baseName) {
        return new PropertiesCatalog(anchor, baseName);
    }
}

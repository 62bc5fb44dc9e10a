package io.github.nianbao.serialization;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The codec's message bundle: Chinese in the base file, English in {@code _en}, chosen by
 * {@link MessageLanguage#of(Locale)}. Loaded without
 * falling back to the JVM's default locale, so that a Chinese message stays Chinese on an English
 * machine and the reverse. {@code ResourceBundle.getBundle} with a {@code Control} is not allowed
 * in named modules, so the candidates come from the no-fallback control and the files are read here.
 */
final class Messages {

    private static final String BASE_NAME = "io.github.nianbao.serialization.messages";
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ConcurrentMap<MessageLanguage, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    static String format(String key, Object[] arguments, Locale locale) {
        MessageLanguage language = MessageLanguage.of(locale);
        ResourceBundle bundle = bundle(language);
        Object[] rendered = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            if (a instanceof CatalogueEntry entry) {
                rendered[i] = entry.label(language.locale());
            } else if (a instanceof ValueType type) {
                rendered[i] = bundle.getString(type.messageKey());
            } else if (a instanceof Edition edition) {
                rendered[i] = edition.name();
            } else if (a instanceof Number n) {
                rendered[i] = n.toString();
            } else {
                rendered[i] = String.valueOf(a);
            }
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(rendered);
    }

    // One bundle per language, never per locale asked for: MessageLanguage alone picks the language.
    static ResourceBundle bundle(MessageLanguage language) {
        return BUNDLES.computeIfAbsent(language, l -> load(l.locale()));
    }

    // The most specific existing candidate, chained to the less specific ones as parents.
    private static ResourceBundle load(Locale locale) {
        List<Locale> candidates = CONTROL.getCandidateLocales(BASE_NAME, locale);
        ResourceBundle found = null;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Locale candidate = candidates.get(i);
            String resource = CONTROL.toResourceName(CONTROL.toBundleName(BASE_NAME, candidate), "properties");
            try (InputStream in = Messages.class.getResourceAsStream("/" + resource)) {
                if (in != null) {
                    found = new Bundle(in, candidate, found);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (found == null) {
            throw new IllegalStateException("message bundle " + BASE_NAME + " is missing");
        }
        return found;
    }

    private static final class Bundle extends PropertyResourceBundle {
        private final Locale locale;

        Bundle(InputStream in, Locale locale, ResourceBundle parent) throws IOException {
            super(in);
            this.locale = locale;
            setParent(parent);
        }

        @Override
        public Locale getLocale() {
            return locale;
        }
    }
}

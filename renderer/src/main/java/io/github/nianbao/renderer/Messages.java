package io.github.nianbao.renderer;

import io.github.nianbao.core.MessageLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

// The words a rendered document adds to the catalogue's labels, in Chinese (default) or English.
// Loaded by hand rather than through ResourceBundle, so that lookup is the same on the module path
// and the class path and never falls back to the JVM's default locale.
final class Messages {

    private static final Messages ZH = new Messages(load("messages_zh.properties"), MessageLanguage.CHINESE.locale());
    private static final Messages EN = new Messages(load("messages_en.properties"), MessageLanguage.ENGLISH.locale());

    private final Properties templates;
    private final Locale locale;

    private Messages(Properties templates, Locale locale) {
        this.templates = templates;
        this.locale = locale;
    }

    static Messages of(Locale locale) {
        return MessageLanguage.of(locale).isEnglish() ? EN : ZH;
    }

    String format(String key, Object... args) {
        String template = templates.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no message " + key);
        }
        return new MessageFormat(template, locale).format(args);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

package io.github.nianbao.importer;

import io.github.nianbao.core.MessageLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

// Message templates, loaded by hand rather than through ResourceBundle so that lookup behaves the
// same on the module path and the class path and never falls back to the JVM's default locale.
final class Messages {

    private static final Properties ZH = load("messages_zh.properties");
    private static final Properties EN = load("messages_en.properties");

    private Messages() {
    }

    static String format(String key, MessageLanguage language, Object... args) {
        String template = (language.isEnglish() ? EN : ZH).getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no message " + key);
        }
        return new MessageFormat(template, language.locale()).format(args);
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

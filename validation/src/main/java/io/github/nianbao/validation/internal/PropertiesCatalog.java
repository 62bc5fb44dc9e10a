package io.github.nianbao.validation.internal;

import io.github.nianbao.validation.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message catalogue read from properties files. The candidate files come from the no-fallback
 * {@link ResourceBundle.Control}, so the JVM's default locale never leaks in; the files are read by
 * this class itself because {@code ResourceBundle.getBundle} refuses a {@code Control} in named
 * modules.
 */
public final class PropertiesCatalog implements MessageCatalog {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Class<?> anchor;
    private final String baseName;
    private final ConcurrentHashMap<Locale, List<Properties>> chains = new ConcurrentHashMap<>();

    /**
     * Creates a catalogue.
     *
     * @param anchor the class whose module or loader holds the files
     * @param baseName the bundle base name
     */
    public PropertiesCatalog(Class<?> anchor, String baseName) {
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.baseName = Objects.requireNonNull(baseName, "baseName");
        // A catalogue nobody can read would give every finding its bare key: refuse it now.
        if (read(Locale.ROOT) == null) {
            String resource = resource(Locale.ROOT);
            Module module = anchor.getModule();
            throw new IllegalArgumentException("no message file " + resource + " can be read through " + anchor.getName()
                    + (module.isNamed() ? " (module " + module.getName() + "): it must exist, and its package must be opened"
                            + " to io.github.nianbao.validation (opens … to io.github.nianbao.validation in module-info.java)"
                            : ": it must exist on the class path beside that class"));
        }
    }

    private String resource(Locale locale) {
        return "/" + NO_FALLBACK.toBundleName(baseName, locale).replace('.', '/') + ".properties";
    }

    @Override
    public Optional<String> template(String key, Locale locale) {
        for (Properties p : chains.computeIfAbsent(locale, this::load)) {
            String t = p.getProperty(key);
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Lists the keys of the file for exactly one locale, without parents.
     *
     * @param locale the file's locale ({@link Locale#ROOT} for the base file)
     * @return the keys, empty if there is no such file
     */
    public List<String> keysOf(Locale locale) {
        Properties p = read(locale);
        return p == null ? List.of() : p.stringPropertyNames().stream().sorted().toList();
    }

    private List<Properties> load(Locale locale) {
        List<Properties> chain = new ArrayList<>();
        for (Locale candidate : NO_FALLBACK.getCandidateLocales(baseName, locale)) {
            Properties p = read(candidate);
            if (p != null) {
                chain.add(p);
            }
        }
        return List.copyOf(chain);
    }

    private Properties read(Locale locale) {
        String resource = resource(locale);
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message file " + resource, e);
        }
    }

    @Override
    public String toString() {
        return "MessageCatalog[" + baseName + "]";
    }
}

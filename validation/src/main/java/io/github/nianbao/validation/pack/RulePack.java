package io.github.nianbao.validation.pack;

import io.github.nianbao.core.Severity;
import io.github.nianbao.validation.BlankPolicy;
import io.github.nianbao.validation.Deadlines;
import io.github.nianbao.validation.SumRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule pack read from a file (docs/RULE-PACKS.md): sum relations over the catalogue's cells,
 * severities, disabled rules, a blank policy and deadlines, with messages and hints in both
 * languages. Immutable and thread-safe. {@link #national()} is the national pack, a file in this
 * module that states the standard sum relations; a validator built from it finds exactly what the
 * standard validator finds.
 */
public final class RulePack {

    /** The version of the file format this library reads. */
    public static final int FORMAT_VERSION = 1;

    /** Which built-in rules a pack starts from. */
    public enum Base {
        /** Every standard rule; the pack's relations come in addition (with ids of their own). */
        ALL,
        /**
         * The standard rules that are not sum relations (cells, metadata, dates, narratives); the
         * pack's relations stand in for the standard sum relations, in their place.
         */
        NON_SUM
    }

    private final String id;
    private final String version;
    private final Base base;
    private final List<SumRule> relations;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final Deadlines deadlines;
    private final BlankPolicy blankPolicy;

    RulePack(String id, String version, Base base, List<SumRule> relations, Map<String, Severity> severities,
            Set<String> disabled, Deadlines deadlines, BlankPolicy blankPolicy) {
        this.id = Objects.requireNonNull(id);
        this.version = Objects.requireNonNull(version);
        this.base = Objects.requireNonNull(base);
        this.relations = List.copyOf(relations);
        this.severities = Map.copyOf(severities);
        this.disabled = Set.copyOf(disabled);
        this.deadlines = deadlines;
        this.blankPolicy = blankPolicy;
    }

    /**
     * Reads and checks a pack file (UTF-8).
     *
     * @param file the file
     * @return the pack
     * @throws RulePackException listing every problem with its line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RulePack read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule pack " + file, e);
        }
    }

    /**
     * Reads and checks a pack.
     *
     * @param json the pack's text
     * @param source the name problems are reported under, such as the file name
     * @return the pack
     * @throws RulePackException listing every problem with its line and column
     */
    public static RulePack read(String json, String source) {
        return new PackReader(source).read(json);
    }

    /** {@return the national pack: the standard sum relations as a file, {@code national.json} in this package} */
    public static RulePack national() {
        return National.PACK;
    }

    /** {@return the national pack's text, as shipped} */
    public static String nationalJson() {
        return National.TEXT;
    }

    /** Holds the national pack, read on first use. */
    private static final class National {
        static final String TEXT = load();
        static final RulePack PACK = read(TEXT, "national.json");

        private static String load() {
            try (InputStream in = RulePack.class.getResourceAsStream("national.json")) {
                return new String(Objects.requireNonNull(in, "national.json").readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@return the pack's id, such as {@code national}} */
    public String id() {
        return id;
    }

    /** {@return the pack's own version, such as {@code 2021.1}} */
    public String version() {
        return version;
    }

    /** {@return which built-in rules the pack starts from} */
    public Base base() {
        return base;
    }

    /** {@return the pack's sum relations, in the file's order} */
    public List<SumRule> relations() {
        return relations;
    }

    /** {@return the severities the pack gives rules, by rule id} */
    public Map<String, Severity> severities() {
        return severities;
    }

    /** {@return the ids of the rules the pack disables} */
    public Set<String> disabled() {
        return disabled;
    }

    /** {@return the pack's publication deadlines, if it sets them} */
    public Optional<Deadlines> deadlines() {
        return Optional.ofNullable(deadlines);
    }

    /** {@return the blank policy of the standard sum rules, if the pack sets one} */
    public Optional<BlankPolicy> blankPolicy() {
        return Optional.ofNullable(blankPolicy);
    }

    /** {@return {@code id@version}} */
    @Override
    public String toString() {
        return id + "@" + version;
    }
}

package io.github.nianbao.importer;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.ReportPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One import diagnostic: what happened ({@link #issue()}, with arguments), where in the source
 * ({@link #location()}) and which cell or section it concerns ({@link #cell()}, {@link #path()}).
 * Messages are formatted lazily, in Chinese ({@link #message()}) or in the language
 * {@link MessageLanguage#of(Locale)} picks for a locale ({@link #message(Locale)}: English for an
 * English locale, Chinese for every other). Immutable.
 */
public final class ImportDiagnostic {

    private final ImportIssue issue;
    private final SourceLocation location;
    private final CellKey cell;
    private final ReportPath path;
    private final List<Object> arguments;

    ImportDiagnostic(ImportIssue issue, SourceLocation location, CellKey cell, ReportPath path, List<Object> arguments) {
        this.issue = Objects.requireNonNull(issue);
        this.location = location;
        this.cell = cell;
        this.path = cell != null ? cell.path() : path;
        this.arguments = List.copyOf(arguments);
    }

    /** {@return what happened} */
    public ImportIssue issue() {
        return issue;
    }

    /** {@return how serious it is} */
    public Severity severity() {
        return issue.severity();
    }

    /** {@return where in the source, if the source has the place} */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /** {@return the cell concerned, if one} */
    public Optional<CellKey> cell() {
        return Optional.ofNullable(cell);
    }

    /** {@return the place in the report concerned: the cell's path, a section, or empty for the whole document} */
    public Optional<ReportPath> path() {
        return Optional.ofNullable(path);
    }

    /** {@return the message arguments: texts, numbers, catalogue entries and cell keys} */
    public List<Object> arguments() {
        return arguments;
    }

    /** {@return the message in Chinese} */
    public String message() {
        return message(MessageLanguage.DEFAULT_LOCALE);
    }

    /**
     * Formats the message.
     *
     * @param locale the language; English for {@code en}, Chinese otherwise
     * @return the message
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        MessageLanguage language = MessageLanguage.of(locale);
        List<Object> args = new ArrayList<>(arguments.size());
        for (Object a : arguments) {
            args.add(render(a, language));
        }
        return Messages.format(issue.key(), language, args.toArray());
    }

    private static Object render(Object a, MessageLanguage language) {
        if (a instanceof CellKey k) {
            return k.describe(language.locale());
        }
        if (a instanceof CatalogueEntry e) {
            return e.label(language.locale());
        }
        if (a instanceof Collection<?> c) {
            return c.stream().map(x -> String.valueOf(render(x, language)))
                    .collect(Collectors.joining(language.isEnglish() ? "; " : "；"));
        }
        if (a instanceof Number n) {
            return n.toString(); // no grouping: counts and years are printed as in the source
        }
        return a;
    }

    /** {@return severity, location, path, code and Chinese message on one line} */
    @Override
    public String toString() {
        return toString(MessageLanguage.DEFAULT_LOCALE);
    }

    /**
     * Renders the diagnostic on one line.
     *
     * @param locale the language of the message, as for {@link #message(Locale)}
     * @return severity, location, path, code and message
     */
    public String toString(Locale locale) {
        StringBuilder sb = new StringBuilder(severity().name());
        if (location != null) {
            sb.append(' ').append(location);
        }
        if (path != null) {
            sb.append(' ').append(path.toJsonPointer().isEmpty() ? "/" : path.toJsonPointer());
        }
        return sb.append(" [").append(issue.key()).append("] ").append(message(locale)).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportDiagnostic d && d.issue == issue && Objects.equals(d.location, location)
                && Objects.equals(d.path, path) && d.arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issue, location, path, arguments);
    }
}

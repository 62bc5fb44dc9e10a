package io.github.nianbao.serialization;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ReportPath;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a JSON document: a stable {@link ProblemCode}, a {@link Severity} (the
 * library's one severity, shared with findings and import issues: {@code ERROR} when the document is
 * not a valid report and decoding yields none, {@code WARNING} when something was skipped in lenient
 * mode and the report is still decoded; never {@code INFO}), where it is (a
 * {@link ReportPath} rendered as JSON Pointer, and the line and column in the input) and the
 * arguments of its message. Immutable and thread-safe.
 *
 * <p>The message is formatted only when asked for, in the language {@link MessageLanguage#of(Locale)}
 * picks: Chinese (zh-CN) by default and for every locale that is not English, English for any
 * English locale. For a missing property the pointer names the property
 * that is missing and the line and column are where its enclosing object starts.
 */
public final class JsonProblem {

    private final ProblemCode code;
    private final Severity severity;
    private final ReportPath path;
    private final long line;
    private final int column;
    private final Object[] arguments;

    JsonProblem(ProblemCode code, Severity severity, ReportPath path, long line, int column, Object... arguments) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = Objects.requireNonNull(path, "path");
        this.line = line;
        this.column = column;
        this.arguments = arguments.clone();
    }

    /** {@return the stable code} */
    public ProblemCode code() {
        return code;
    }

    /** {@return error or warning} */
    public Severity severity() {
        return severity;
    }

    /** {@return whether this is an error} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@return where in the document, as a report path} */
    public ReportPath path() {
        return path;
    }

    /** {@return where in the document, as a JSON Pointer (RFC 6901)} */
    public String pointer() {
        return path.toJsonPointer();
    }

    /**
     * Returns the line in the input, from 1. In JSON Lines it is the line of the stream.
     *
     * @return the line, or 0 when the problem concerns the input as a whole
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column in the input, from 1, counted in UTF-16 characters.
     *
     * @return the column, or 0 when the problem concerns the input as a whole
     */
    public int column() {
        return column;
    }

    /** {@return the message's key in the bundle, the same as {@code code().messageKey()}} */
    public String messageKey() {
        return code.messageKey();
    }

    /**
     * Returns the arguments of the message: strings, numbers, {@link ValueType}s, editions and
     * catalogue entries (rendered by their label in the message's language).
     *
     * @return the arguments, unmodifiable
     */
    public List<Object> arguments() {
        return List.of(arguments);
    }

    /** {@return the message in Chinese} */
    public String message() {
        return message(MessageLanguage.DEFAULT_LOCALE);
    }

    /**
     * Formats the message.
     *
     * @param locale the language: English for any English locale, Chinese otherwise
     * @return the message, without location
     */
    public String message(Locale locale) {
        return Messages.format(code.messageKey(), arguments, locale);
    }

    /** {@return this problem with its line moved by {@code lines}, for problems of one line of a stream} */
    JsonProblem shiftLines(long lines) {
        return lines == 0 || line == 0 ? this : new JsonProblem(code, severity, path, line + lines, column, arguments);
    }

    /**
     * Describes the problem with its location and message in the given language.
     *
     * @param locale the language of the message
     * @return for example {@code ERROR UNKNOWN_PROPERTY /metadata/foo 3:5 …}
     */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder().append(severity).append(' ').append(code).append(' ');
        sb.append(path.toJsonPointer().isEmpty() ? "/" : path.toJsonPointer());
        if (line > 0) {
            sb.append(' ').append(line).append(':').append(column);
        }
        return sb.append(' ').append(message(locale)).toString();
    }

    /** {@return the problem with its location and its Chinese message} */
    @Override
    public String toString() {
        return describe(MessageLanguage.DEFAULT_LOCALE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonProblem p && p.code == code && p.severity == severity && p.path.equals(path)
                && p.line == line && p.column == column && Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, path, line, column) * 31 + Arrays.hashCode(arguments);
    }
}

package io.github.nianbao.cli;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.importer.ImportDiagnostic;
import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.SourceLocation;
import io.github.nianbao.serialization.JsonProblem;
import io.github.nianbao.serialization.ProblemCode;
import java.util.Optional;

/**
 * A problem met while reading one input, in one shape whatever found it: the JSON decoder, the
 * importer or the command itself. Its code is stable (a {@link ProblemCode}, an {@link ImportIssue}
 * or one of the command's own codes below); its message is in the run's language.
 *
 * @param code the stable code, such as {@code MALFORMED_JSON}, {@code TABLE_MISSING} or {@code FILE_NOT_FOUND}
 * @param severity the library's one severity, the decoder's and the importer's alike; shown by its
 *     name ({@code ERROR}, {@code WARNING}, {@code INFO})
 * @param pointer the JSON Pointer of the place in the report concerned, or null for the whole input
 * @param line the line in the input from 1, or 0 when the input has no lines (HTML) or the place is unknown
 * @param column the column in that line from 1, or 0
 * @param htmlPath where in an HTML page, or null
 * @param message what happened, for a person
 * @param table the table the problem says is missing, or null
 */
record Problem(String code, Severity severity, String pointer, long line, int column, String htmlPath, String message, Section table) {

    /** The command's own codes, for what neither the decoder nor the importer can see. */
    static final String FILE_NOT_FOUND = "FILE_NOT_FOUND";
    static final String FILE_UNREADABLE = "FILE_UNREADABLE";
    static final String FILE_EMPTY = "FILE_EMPTY";
    static final String LINE_TOO_LONG = "LINE_TOO_LONG";
    static final String LINE_ENDLESS = "LINE_ENDLESS";
    static final String TOO_MANY_LINES = "TOO_MANY_LINES";
    static final String WRONG_COMMAND = "WRONG_COMMAND";

    /** A problem of the command's own, with no place in a report. */
    static Problem of(String code, long line, String message) {
        return new Problem(code, Severity.ERROR, null, line, 0, null, message, null);
    }

    /**
     * A decoder's problem. The decoder's syntax errors quote the JSON parser's own words, which
     * name its internals; the place says enough, so the command gives its own sentence instead.
     */
    static Problem of(JsonProblem p, Language lang) {
        String message = p.code() == ProblemCode.MALFORMED_JSON ? lang.text("problem.malformed") : p.message(lang.locale());
        String pointer = p.pointer();
        return new Problem(p.code().name(), p.severity(), pointer, p.line(), p.column(), null, message, null);
    }

    /** An importer's diagnostic. */
    static Problem of(ImportDiagnostic d, Language lang) {
        Optional<SourceLocation> at = d.location();
        long line = at.map(l -> (long) l.line().orElse(0)).orElse(0L);
        int column = at.map(l -> l.column().orElse(0)).orElse(0);
        String html = at.flatMap(SourceLocation::htmlPath).orElse(null);
        Section missing = d.issue() == ImportIssue.TABLE_MISSING
                ? d.arguments().stream().filter(Section.class::isInstance).map(Section.class::cast).findFirst().orElse(null) : null;
        return new Problem(d.issue().name(), d.severity(), d.path().map(p -> p.toJsonPointer()).orElse(null),
                line, column, html, d.message(lang.locale()), missing);
    }

    /** {@return this problem with its line moved down by {@code lines}: a problem of one line of a stream} */
    Problem onLine(long lines) {
        return lines == 0 || line == 0 ? this : new Problem(code, severity, pointer, line + lines, column, htmlPath, message, table);
    }

    boolean isError() {
        return severity == Severity.ERROR;
    }

    boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** One line: severity, code, place and message, as the text output shows it. */
    String describe() {
        StringBuilder sb = new StringBuilder(severity.name()).append(' ').append(code);
        if (pointer != null) {
            sb.append(' ').append(pointer.isEmpty() ? "/" : pointer);
        }
        if (line > 0) {
            sb.append(' ').append(line).append(':').append(column);
        }
        if (htmlPath != null) {
            sb.append(' ').append(htmlPath);
        }
        return sb.append(' ').append(message).toString();
    }
}

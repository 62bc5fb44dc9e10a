package io.github.nianbao.documents;

import io.github.nianbao.importer.ImportIssue;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.importer.SourceFormat;
import java.util.List;

/**
 * A file could not be read into a document: it is damaged, encrypted, too large, a zip bomb or
 * has no text layer. Carries the import issue and its message arguments, so that
 * {@link DocumentImporter} reports it as a diagnostic like any other.
 */
public final class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kind of file that was being read. */
    private final SourceFormat format;
    /** What is wrong with the file. */
    private final ImportIssue issue;
    private final transient List<Object> arguments;

    UnreadableDocumentException(SourceFormat format, ImportIssue issue, Object... arguments) {
        super(issue.key() + " " + List.of(arguments), null, false, false);
        this.format = format;
        this.issue = issue;
        this.arguments = List.of(arguments);
    }

    /** {@return the kind of file that was being read} */
    public SourceFormat format() {
        return format;
    }

    /** {@return what is wrong with the file} */
    public ImportIssue issue() {
        return issue;
    }

    /** {@return the arguments of the issue's message} */
    public List<Object> arguments() {
        return arguments;
    }

    /** {@return the failure as an import result with no report and one diagnostic} */
    public ImportResult toResult() {
        return ReportImporter.unread(format, issue, arguments.toArray());
    }
}

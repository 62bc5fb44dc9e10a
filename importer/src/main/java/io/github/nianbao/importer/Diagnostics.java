package io.github.nianbao.importer;

import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.ReportPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the diagnostics of one import. Not thread-safe: one per import. */
final class Diagnostics {

    private final List<ImportDiagnostic> list = new ArrayList<>();

    void add(ImportIssue issue, SourceLocation location, Object... args) {
        list.add(new ImportDiagnostic(issue, location, null, null, Arrays.asList(args)));
    }

    void cell(ImportIssue issue, SourceLocation location, CellKey cell, Object... args) {
        list.add(new ImportDiagnostic(issue, location, cell, null, Arrays.asList(args)));
    }

    void path(ImportIssue issue, SourceLocation location, ReportPath path, Object... args) {
        list.add(new ImportDiagnostic(issue, location, null, path, Arrays.asList(args)));
    }

    List<ImportDiagnostic> list() {
        return list;
    }
}

package io.github.nianbao.importer;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an import produced: the report (when the source named its agency and year), how each table
 * was read, and the import diagnostics in source order. Immutable.
 *
 * <p>Unread cells are {@linkplain io.github.nianbao.core.cell.Cell#isUnknown() unknown} in the
 * report (never blank); {@link #unreadCells()} lists exactly those. See {@link TableImport}.
 */
public final class ImportResult {

    private final SourceFormat format;
    private final AnnualReport report;
    private final List<TableImport> tables;
    private final List<ImportDiagnostic> diagnostics;

    ImportResult(SourceFormat format, AnnualReport report, List<TableImport> tables, List<ImportDiagnostic> diagnostics) {
        this.format = format;
        this.report = report;
        this.tables = List.copyOf(tables);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** {@return the form the source was read as} */
    public SourceFormat format() {
        return format;
    }

    /** {@return the report; empty when the source is no report or names no agency and year} */
    public Optional<AnnualReport> report() {
        return Optional.ofNullable(report);
    }

    /** {@return how the tables were read, for those of a built report, in section order} */
    public List<TableImport> tables() {
        return tables;
    }

    /**
     * Returns how one table was read.
     *
     * @param section a table section
     * @return the table's import, or empty when no report was built
     */
    public Optional<TableImport> table(Section section) {
        return tables.stream().filter(t -> t.section() == section).findFirst();
    }

    /** {@return the diagnostics, in the order the source was read} */
    public List<ImportDiagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns the diagnostics of one severity or worse.
     *
     * @param atLeast the lowest severity to return
     * @return the diagnostics
     */
    public List<ImportDiagnostic> diagnostics(Severity atLeast) {
        return diagnostics.stream().filter(d -> d.severity().isAtLeast(atLeast)).toList();
    }

    /** {@return every unread cell of every table} */
    public Set<CellKey> unreadCells() {
        Set<CellKey> all = new LinkedHashSet<>();
        tables.forEach(t -> all.addAll(t.unreadCells()));
        return all;
    }

    /** {@return whether a report was built and every cell of its three tables was read} */
    public boolean isComplete() {
        return report != null && tables.stream().allMatch(TableImport::complete);
    }

    @Override
    public String toString() {
        return "ImportResult[" + format + ", " + (report == null ? "no report" : report.agency() + " " + report.reportYear())
                + ", " + tables + ", " + diagnostics.size() + " diagnostics]";
    }
}

package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Severity;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Import diagnostics and validation findings have one {@link Severity}: one threshold, passed to
 * {@link ImportResult#diagnostics(Severity)} and to {@link ValidationResult#atLeast(Severity)},
 * keeps exactly what is at least as grave in both, so that a platform can apply its one "fail on"
 * to a report it imported and then validated.
 */
class SharedSeverityTest {

    @Test
    void oneThresholdFiltersImportIssuesAndFindingsAlike() {
        ReportImporter importer = ReportImporter.create();
        ReportValidator validator = ReportValidator.standard();
        Set<Severity> seenImported = EnumSet.noneOf(Severity.class);
        Set<Severity> seenFound = EnumSet.noneOf(Severity.class);
        for (SampleReports.Published p : SampleReports.Published.values()) {
            ImportResult imported = importer.read(p.sourceText());
            ValidationResult validated = validator.validate(imported.report().orElseThrow());
            imported.diagnostics().forEach(d -> seenImported.add(d.severity()));
            validated.findings().forEach(f -> seenFound.add(f.severity()));
            for (Severity threshold : Severity.values()) {
                List<Severity> kept = Stream.concat(
                        imported.diagnostics(threshold).stream().map(ImportDiagnostic::severity),
                        validated.atLeast(threshold).stream().map(Finding::severity)).toList();
                long expected = Stream.concat(imported.diagnostics().stream().map(ImportDiagnostic::severity),
                        validated.findings().stream().map(Finding::severity)).filter(s -> s.isAtLeast(threshold)).count();
                assertEquals(expected, kept.size(), p.fileName() + " at " + threshold);
                assertTrue(kept.stream().allMatch(s -> s.isAtLeast(threshold)), p.fileName() + " at " + threshold);
            }
        }
        // The published reports give both kinds of more than one severity, so the thresholds above
        // did tell severities apart in each kind.
        assertTrue(seenImported.size() >= 2, seenImported::toString);
        assertTrue(seenFound.size() >= 2, seenFound::toString);
    }
}

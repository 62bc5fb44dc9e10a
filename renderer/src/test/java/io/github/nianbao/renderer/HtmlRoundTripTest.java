package io.github.nianbao.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.samples.SampleReports;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §4, HTML: generated reports of both editions rendered as HTML and read back by the
 * importer are equal to the original, cell by cell and narrative by narrative.
 */
class HtmlRoundTripTest {

    /** Reports per edition. */
    static final int REPORTS = 500;

    private static final ReportRenderer RENDERER = ReportRenderer.create();
    private static final ReportImporter IMPORTER = ReportImporter.create();

    @ParameterizedTest
    @EnumSource(Edition.class)
    void generatedReportsComeBackEqual(Edition edition) {
        // Both threads at once: the renderer and the importer are shared, as they are meant to be.
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.LongAdder hybrids = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder blanks = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder notApplicable = new java.util.concurrent.atomic.LongAdder();
        java.util.stream.IntStream.range(0, REPORTS).parallel().forEach(i -> {
            long seed = RoundTripReports.BASE + i;
            AnnualReport report = RoundTripReports.report(edition, seed);
            hybrids.add(report.isHybrid() ? 1 : 0);
            for (io.github.nianbao.core.catalogue.Section s : TABLES) {
                for (Cell c : report.table(s).cells()) {
                    blanks.add(c.isBlank() ? 1 : 0);
                    notApplicable.add(c.isNotApplicable() ? 1 : 0);
                }
            }
            check(report, "seed " + seed, failures);
        });
        RoundTripReports.assertNoFailures(failures, REPORTS);
        // The corpus has what §4 asks for.
        assertTrue(blanks.sum() > REPORTS && notApplicable.sum() > REPORTS / 2, blanks + " blanks, " + notApplicable + " /");
        if (edition == Edition.V2021) {
            assertTrue(hybrids.sum() > REPORTS / 8, hybrids + " hybrids");
        }
    }

    @Test
    void publishedAndSyntheticReportsComeBackEqual() {
        List<String> failures = new ArrayList<>();
        List<AnnualReport> reports = new ArrayList<>(SampleReports.all());
        reports.add(SampleReports.synthetic(Edition.V2019));
        reports.add(SampleReports.synthetic(Edition.V2021));
        for (AnnualReport r : reports) {
            check(r, r.agency() + " " + r.reportYear(), failures);
        }
        RoundTripReports.assertNoFailures(failures, reports.size());
    }

    private static final io.github.nianbao.core.catalogue.Section[] TABLES = {
        io.github.nianbao.core.catalogue.Section.PROACTIVE_DISCLOSURE,
        io.github.nianbao.core.catalogue.Section.APPLICATIONS,
        io.github.nianbao.core.catalogue.Section.REVIEW_LITIGATION};

    private static void check(AnnualReport report, String context, List<String> failures) {
        String html = RENDERER.html(report);
        ImportResult result = IMPORTER.read(html);
        if (result.report().isEmpty()) {
            failures.add(context + ": no report, " + result.diagnostics());
            return;
        }
        List<String> d = RoundTripReports.differences(report, result.report().get());
        if (!d.isEmpty()) {
            failures.add(context + ": " + d.size() + " differences: " + d.subList(0, Math.min(5, d.size())));
        }
    }
}

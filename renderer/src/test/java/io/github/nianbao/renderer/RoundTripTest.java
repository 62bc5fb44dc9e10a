package io.github.nianbao.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.documents.DocumentImporter;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.samples.SampleReports;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14 §4: generated reports of both editions rendered as HTML (read back by the importer) and
 * as .docx (read back by the documents module's DocumentImporter) are equal to the original, cell by
 * cell and narrative by narrative; so are the published and synthetic samples.
 */
class RoundTripTest {

    /** Reports per edition and format. */
    static final int REPORTS = 500;

    private static final ReportRenderer RENDERER = ReportRenderer.create();
    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final DocumentImporter DOCUMENTS = DocumentImporter.create();
    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};

    /** A rendering and the reading that must give the report back. */
    enum Format {
        HTML(report -> IMPORTER.read(RENDERER.html(report))),
        DOCX(report -> DOCUMENTS.read(RENDERER.docx(report)));

        private final Function<AnnualReport, ImportResult> roundTrip;

        Format(Function<AnnualReport, ImportResult> roundTrip) {
            this.roundTrip = roundTrip;
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void generatedReportsComeBackEqual(Format format) {
        for (Edition edition : Edition.values()) {
            // Both threads at once: the renderer and the importers are shared, as they are meant to be.
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            LongAdder hybrids = new LongAdder();
            LongAdder blanks = new LongAdder();
            LongAdder notApplicable = new LongAdder();
            IntStream.range(0, REPORTS).parallel().forEach(i -> {
                long seed = RoundTripReports.BASE + i;
                AnnualReport report = RoundTripReports.report(edition, seed);
                hybrids.add(report.isHybrid() ? 1 : 0);
                for (Section s : TABLES) {
                    for (Cell c : report.table(s).cells()) {
                        blanks.add(c.isBlank() ? 1 : 0);
                        notApplicable.add(c.isNotApplicable() ? 1 : 0);
                    }
                }
                check(format, report, edition + " seed " + seed, failures);
            });
            RoundTripReports.assertNoFailures(failures, REPORTS);
            // The corpus has what §4 asks for.
            assertTrue(blanks.sum() > REPORTS && notApplicable.sum() > REPORTS / 2, blanks + " blanks, " + notApplicable + " /");
            if (edition == Edition.V2021) {
                assertTrue(hybrids.sum() > REPORTS / 8, hybrids + " hybrids");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void publishedAndSyntheticReportsComeBackEqual(Format format) {
        List<String> failures = new ArrayList<>();
        List<AnnualReport> reports = new ArrayList<>(SampleReports.all());
        reports.add(SampleReports.synthetic(Edition.V2019));
        reports.add(SampleReports.synthetic(Edition.V2021));
        for (AnnualReport r : reports) {
            check(format, r, r.agency() + " " + r.reportYear(), failures);
        }
        RoundTripReports.assertNoFailures(failures, reports.size());
    }

    private static void check(Format format, AnnualReport report, String context, List<String> failures) {
        ImportResult result = format.roundTrip.apply(report);
        if (result.report().isEmpty()) {
            failures.add(format + " " + context + ": no report, " + result.diagnostics());
            return;
        }
        List<String> d = RoundTripReports.differences(report, result.report().get());
        if (!d.isEmpty()) {
            failures.add(format + " " + context + ": " + d.size() + " differences: " + d.subList(0, Math.min(5, d.size())));
        }
    }
}

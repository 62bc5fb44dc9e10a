package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.importer.TableImport;
import io.github.nianbao.samples.SampleReports.Published;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.serialization.DecodeResult;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * One validator, one codec and one importer shared by 8 threads over 10,000 reports give exactly
 * what a lone thread gets: the decoded report or the same problems, the same findings with their
 * cells, arguments and messages in both languages, and the same import results. Every twentieth
 * report also goes through the importer (a published source cut at a point of its own), since an
 * import costs a hundred times a decode.
 */
class SharedInstancesConcurrencyTest {

    private static final int REPORTS = 10_000;
    private static final int THREADS = 8;
    private static final int IMPORT_EVERY = 20;

    private static final ReportJson CODEC = ReportJson.create();
    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final ReportImporter IMPORTER = ReportImporter.create();

    /** Everything one work item produced, comparable as a whole. */
    record Outcome(String encoded, Optional<AnnualReport> decoded, List<String> problems, List<Finding> findings,
            List<String> messages, Optional<Imported> imported) {
    }

    /** An import result, comparable as a whole. */
    record Imported(Optional<AnnualReport> report, List<?> diagnostics, List<String> tables, List<CellKey> unread) {
        static Imported of(ImportResult r) {
            return new Imported(r.report(), r.diagnostics(), r.tables().stream().map(TableImport::toString).toList(),
                    List.copyOf(r.unreadCells()));
        }
    }

    private static List<AnnualReport> reports() {
        RandomGenerator random = ReportGenerator.random(9);
        List<AnnualReport> reports = new ArrayList<>(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            AnnualReport r = ReportGenerator.standard().valid(random);
            if (i % 3 == 0) {
                // Break a sum, so that findings with cells come out too.
                Layout layout = Layout.of(Section.APPLICATIONS, r.applications().edition());
                CellKey key = layout.cells().get(i % layout.size());
                r = r.withApplications(r.applications().withCell(key, Count.of(i % 97)));
            }
            reports.add(r);
        }
        return reports;
    }

    private static Outcome work(int i, AnnualReport report, AnnualReport previous) {
        String encoded = CODEC.encode(report);
        // Every fourth document is damaged, so that problems come out too.
        byte[] bytes = (i % 4 == 1 ? encoded.replaceFirst("\\d", "x") : encoded).getBytes(StandardCharsets.UTF_8);
        DecodeResult decoded = CODEC.decode(bytes);
        List<String> problems = decoded.problems().stream().map(p -> p.describe(Locale.ENGLISH) + " | " + p.message()).toList();
        ValidationResult v = i % 5 == 0 ? VALIDATOR.validate(report, previous) : VALIDATOR.validate(report);
        List<String> messages = new ArrayList<>();
        for (Finding f : v.findings()) {
            messages.add(f.format(Locale.SIMPLIFIED_CHINESE));
            messages.add(f.format(Locale.ENGLISH));
        }
        Optional<Imported> imported = Optional.empty();
        if (i % IMPORT_EVERY == 0) {
            Published p = Published.values()[(i / IMPORT_EVERY) % Published.values().length];
            String source = p.sourceText();
            int end = source.length() - (i / IMPORT_EVERY) * 7 % (source.length() / 2);
            imported = Optional.of(Imported.of(IMPORTER.read(source.substring(0, end))));
        }
        return new Outcome(encoded, decoded.report(), problems, v.findings(), messages, imported);
    }

    @Test
    void eightThreadsGetWhatOneThreadGets() throws Exception {
        List<AnnualReport> reports = reports();
        List<Outcome> sequential = new ArrayList<>(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            sequential.add(work(i, reports.get(i), reports.get(Math.max(0, i - 1))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>(REPORTS);
            // Submitted in reverse, so that no thread walks the sequence the lone thread did.
            for (int i = REPORTS - 1; i >= 0; i--) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work(n, reports.get(n), reports.get(Math.max(0, n - 1)));
                }));
            }
            start.countDown();
            int withFindings = 0;
            int withProblems = 0;
            int imported = 0;
            for (int k = 0; k < REPORTS; k++) {
                int i = REPORTS - 1 - k;
                Outcome got = futures.get(k).get();
                Outcome want = sequential.get(i);
                assertEquals(want, got, "report " + i);
                withFindings += want.findings().isEmpty() ? 0 : 1;
                withProblems += want.problems().isEmpty() ? 0 : 1;
                imported += want.imported().isPresent() ? 1 : 0;
            }
            // The comparison covered every kind of result.
            assertTrue(withFindings > REPORTS / 4, "findings in " + withFindings);
            assertTrue(withProblems > REPORTS / 5, "problems in " + withProblems);
            assertEquals(REPORTS / IMPORT_EVERY, imported);
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.samples.SampleReports.Published;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One importer, shared by threads, gives each the same result as a lone caller. */
class ConcurrencyTest {

    @Test
    void sharedImporterGivesTheSameResults() throws Exception {
        ReportImporter importer = ReportImporter.create();
        Published[] all = Published.values();
        List<ImportResult> expected = new ArrayList<>();
        for (Published p : all) {
            expected.add(importer.read(p.sourceText()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ImportResult>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Published p = all[i % all.length];
                futures.add(pool.submit(() -> importer.read(p.sourceText())));
            }
            for (int i = 0; i < futures.size(); i++) {
                ImportResult got = futures.get(i).get();
                ImportResult want = expected.get(i % all.length);
                assertEquals(want.report(), got.report());
                assertEquals(want.diagnostics(), got.diagnostics());
            }
        } finally {
            pool.shutdown();
        }
    }
}

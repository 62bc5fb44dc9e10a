package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.validation.ReportValidator;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Coverage-guided fuzzing of the importer: published text (any form the importer detects, from
 * bytes in any encoding) and HTML. In the normal build it replays the committed corpus under
 * {@code src/test/resources/io/github/nianbao/importer/ReportImporterFuzzTestInputs/}.
 *
 * <p>The property: every input gives an {@link ImportResult} with diagnostics, never an exception
 * and never {@link ImportIssue#INTERNAL_ERROR} (the importer's net for its own bugs); no report
 * comes without an error diagnostic saying why; every unread cell is unknown in the report and every unknown cell unread; the
 * report validates without throwing; and nothing takes more than {@link InputBudget#PER_INPUT}.
 */
class ReportImporterFuzzTest {

    private static final ReportImporter IMPORTER = ReportImporter.create();
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    static {
        // Every class is loaded (and, when fuzzing, instrumented) once, before any input's time is taken.
        check(IMPORTER.read(io.github.nianbao.samples.SampleReports.Published.HUAIAN_SHI_2024.sourceBytes()));
        check(IMPORTER.read(ReportRenderer.render(ReportGenerator.generate(1), ReportRenderer.Form.HTML,
                ReportRenderer.Quirks.of(ReportRenderer.Quirks.ALL), 1).text(), SourceFormat.HTML));
    }

    @FuzzTest
    void text(byte[] input) {
        check(InputBudget.within(() -> IMPORTER.read(input)));
    }

    @FuzzTest
    void html(byte[] input) {
        String page = new String(input, StandardCharsets.UTF_8);
        check(InputBudget.within(() -> IMPORTER.read(page, SourceFormat.HTML)));
    }

    static void check(ImportResult r) {
        assertNotNull(r);
        for (ImportDiagnostic d : r.diagnostics()) {
            assertTrue(d.issue() != ImportIssue.INTERNAL_ERROR, () -> "importer failed: " + d.toString(Locale.ENGLISH));
            assertFalse(d.message(Locale.SIMPLIFIED_CHINESE).isBlank());
            assertFalse(d.toString(Locale.ENGLISH).isBlank());
        }
        if (r.report().isEmpty()) {
            assertFalse(r.diagnostics(Severity.ERROR).isEmpty(), r::toString);
            assertFalse(r.isComplete());
            assertTrue(r.tables().isEmpty());
            return;
        }
        AnnualReport report = r.report().get();
        // Unread cells and unknown cells are the same cells.
        java.util.Set<CellKey> unknown = new java.util.LinkedHashSet<>();
        for (TableImport t : r.tables()) {
            for (CellKey k : t.layout().cells()) {
                if (report.cell(k).isUnknown()) {
                    unknown.add(k);
                }
            }
        }
        assertEquals(unknown, r.unreadCells(), "unknown cells are the unread cells");
        assertEquals(r.unreadCells().isEmpty() && r.tables().stream().allMatch(TableImport::found), r.isComplete());
        VALIDATOR.validate(report).format(Locale.ENGLISH);
    }
}

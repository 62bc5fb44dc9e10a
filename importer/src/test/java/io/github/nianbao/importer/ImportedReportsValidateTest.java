package io.github.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published reports, imported from their text, go through the validator: 洪泽区 2023's two
 * published table-四 errors are found, and nothing else of severity ERROR in any of the four.
 */
class ImportedReportsValidateTest {

    @Test
    void theValidatorFindsExactlyThePublishedErrors() {
        ReportImporter importer = ReportImporter.create();
        ReportValidator validator = ReportValidator.standard();
        Map<SampleReports.Published, List<String>> expected = Map.of(
                SampleReports.Published.LINGXIU_ZHEN_2020, List.of(),
                SampleReports.Published.HONGZE_QU_2023, List.of(
                        "T4-TOTAL " + pointer(ReviewBlock.ADMINISTRATIVE_REVIEW),
                        "T4-TOTAL " + pointer(ReviewBlock.LITIGATION_AFTER_REVIEW)),
                SampleReports.Published.HONGZE_QU_2024, List.of(),
                SampleReports.Published.HUAIAN_SHI_2024, List.of());
        for (SampleReports.Published p : SampleReports.Published.values()) {
            ImportResult imported = importer.read(p.sourceText());
            AnnualReport report = imported.report().orElseThrow();
            List<String> errors = validator.validate(report).findings(Severity.ERROR).stream()
                    .map(ImportedReportsValidateTest::describe).toList();
            assertEquals(expected.get(p), errors, p.fileName());
        }
    }

    private static String pointer(ReviewBlock block) {
        return "/reviewLitigation/" + block.key() + "/" + ReviewColumn.TOTAL.key();
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.primaryCell().orElseThrow().path();
    }
}

package io.github.nianbao.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The corpus: each sample as an object and as canonical JSON, and the synthetic reports. */
class SampleCorpusTest {

    /** How the corpus files are written: canonical, pretty-printed. */
    static final ReportJson PRETTY = ReportJson.builder().prettyPrint(true).build();

    @Test
    void everySampleIsShippedAsItsCanonicalJsonByteForByte() {
        for (SampleReports.Sample sample : SampleReports.Sample.values()) {
            Golden.check(Path.of("src/main/resources", sample.jsonResource()), sample::jsonBytes,
                    PRETTY.encodeToBytes(sample.report()));
        }
    }

    @Test
    void lingxiuZhen2020EncodesToItsGoldenFileAndBack() {
        // The JSON codec's acceptance (issue 4): the golden file is the shipped resource.
        SampleReports.Sample sample = SampleReports.Sample.LINGXIU_ZHEN_2020;
        assertEquals("io/github/nianbao/samples/json/2020-lingxiu-zhen.json", sample.jsonResource());
        Golden.check(Path.of("src/main/resources", sample.jsonResource()), sample::jsonBytes,
                PRETTY.encodeToBytes(SampleReports.lingxiuZhen2020()));
        assumeFalse(Golden.regenerating());
        assertEquals(SampleReports.lingxiuZhen2020(), PRETTY.decode(sample.jsonBytes()).orElseThrow());
    }

    @Test
    void theShippedJsonDecodesToTheSampleAndIsCanonical() {
        assumeFalse(Golden.regenerating());
        for (SampleReports.Sample sample : SampleReports.Sample.values()) {
            AnnualReport decoded = PRETTY.decode(sample.jsonBytes()).orElseThrow();
            assertEquals(sample.report(), decoded, sample.name());
            assertEquals(sample.json(), PRETTY.encode(decoded), sample.name());
            // The compact form round-trips too.
            ReportJson compact = ReportJson.create();
            assertEquals(sample.report(), compact.decode(compact.encode(sample.report())).orElseThrow(), sample.name());
        }
    }

    @Test
    void publishedSamplesAreThePublishedReports() {
        assertEquals(SampleReports.all(), java.util.Arrays.stream(SampleReports.Sample.values())
                .filter(SampleReports.Sample::isPublished).map(SampleReports.Sample::report).toList());
    }

    @Test
    void syntheticReportsHaveEveryRowNonZeroAndNoFindingAtAll() {
        for (Edition edition : Edition.values()) {
            AnnualReport report = SampleReports.synthetic(edition);
            assertEquals(edition, report.edition());
            assertTrue(edition.appliesTo(report.reportYear()));
            for (Section section : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
                Layout layout = report.table(section).layout();
                assertEquals(edition, layout.edition());
                for (CatalogueEntry row : layout.rows()) {
                    boolean nonZero = false;
                    for (CellKey key : layout.row(row)) {
                        assertTrue(report.cell(key).isNumber(), key.toString());
                        nonZero |= report.cell(key).signum() != 0;
                    }
                    assertTrue(nonZero, edition + " " + row.label());
                }
            }
            ValidationResult result = ReportValidator.standard().validate(report);
            assertTrue(result.isEmpty(), result::toString);
        }
    }
}

package io.github.nianbao.samples.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.samples.generator.InvalidReport;
import io.github.nianbao.samples.generator.Mutation;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReportSourcesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @Test
    void validReportsHaveNoError() {
        for (Edition edition : Edition.values()) {
            qt().withExamples(300).forAll(ReportSources.reports(edition))
                    .check(r -> r.edition() == edition && VALIDATOR.validate(r).isAcceptable());
        }
    }

    @Test
    void brokenReportsYieldExactlyTheirFindings() {
        // README:quicktheories:begin
        qt().forAll(ReportSources.invalidReports())
                .check(broken -> broken.matches(broken.validate(ReportValidator.standard())));
        // README:quicktheories:end
    }

    @Test
    void pairsHaveNoErrorAndBrokenPairsTheirFindings() {
        for (Edition edition : Edition.values()) {
            qt().withExamples(200).forAll(ReportSources.pairs(edition))
                    .check(p -> VALIDATOR.validate(p.current(), p.previous()).isAcceptable());
            qt().withExamples(200).forAll(ReportSources.invalidPairs(edition))
                    .check(c -> c.previousYear().isPresent() && c.matches(c.validate(VALIDATOR)));
        }
    }

    @Test
    void everyReportRoundTripsThroughJson() {
        ReportJson json = ReportJson.create();
        qt().forAll(ReportSources.reports()).check(r -> json.decode(json.encode(r)).orElseThrow().equals(r));
    }

    @Test
    void failingCasesShrinkTowardTheThreshold() throws java.io.IOException {
        // A property that fails for every report with 50 or more new applications. QuickTheories
        // first finds one with 50,000 (it tries the ends of each range first) and shrinks the numbers
        // it fed the generator: the counterexample it reports has close to 50, and the tables the
        // property does not read shrink to (nearly) nothing.
        AssertionError failure = Assertions.assertThrows(AssertionError.class, () -> qt().withFixedSeed(7).withShrinkCycles(2000)
                .forAll(ReportSources.reports(Edition.V2021)).check(r -> r.applications().newlyReceived().total().value() < 50));
        AnnualReport smallest = reported(failure);
        long newApplications = smallest.applications().newlyReceived().total().value();
        Assertions.assertTrue(newApplications >= 50 && newApplications <= 100, () -> newApplications + " new applications");
        for (io.github.nianbao.core.table.Table t : List.of(smallest.proactiveDisclosure(), smallest.reviewLitigation())) {
            for (io.github.nianbao.core.catalogue.CellKey k : t.layout().cells()) {
                if (t.cell(k) instanceof io.github.nianbao.core.cell.Count c && c.isNumber()) {
                    Assertions.assertTrue(c.value() <= 5, () -> k + " = " + c + " in\n" + failure.getMessage());
                }
            }
        }
    }

    /** The smallest falsifying report QuickTheories reports, read from the file its description names. */
    private static AnnualReport reported(AssertionError failure) throws java.io.IOException {
        String[] lines = failure.getMessage().split("\\R");
        int at = java.util.Arrays.asList(lines).indexOf("Smallest found falsifying value(s) :-");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" JSON (\\S+\\.json)$").matcher(lines[at + 1]);
        Assertions.assertTrue(m.find(), lines[at + 1]);
        return ReportJson.create().decode(java.nio.file.Files.readString(java.nio.file.Path.of(m.group(1)))).orElseThrow();
    }

    @Test
    void failureMessagesAreShortAndNameTheFullJson() throws java.io.IOException {
        // Fails for most reports: QuickTheories lists up to 11 falsifying values, each one line.
        List<AnnualReport> failing = new ArrayList<>();
        AssertionError failure = Assertions.assertThrows(AssertionError.class, () -> qt().withFixedSeed(11).withShrinkCycles(100)
                .forAll(ReportSources.reports()).check(r -> {
                    boolean holds = r.applications().newlyReceived().total().valueOr(0) < 5;
                    if (!holds) {
                        failing.add(r);
                    }
                    return holds;
                }));
        String message = failure.getMessage();
        String[] lines = message.split("\\R");
        List<String> values = java.util.Arrays.stream(lines).filter(l -> l.contains(" JSON ")).toList();
        Assertions.assertTrue(values.size() >= 2, message);
        for (String v : values) {
            Assertions.assertTrue(v.length() < 400, () -> v.length() + " characters: " + v);
        }
        Assertions.assertTrue(message.length() < 600 * 12, () -> message.length() + " characters:\n" + message);
        // The smallest falsifying value names a file whose JSON is that report.
        int at = java.util.Arrays.asList(lines).indexOf("Smallest found falsifying value(s) :-");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" JSON (\\S+\\.json)$").matcher(lines[at + 1]);
        Assertions.assertTrue(m.find(), lines[at + 1]);
        java.nio.file.Path file = java.nio.file.Path.of(m.group(1));
        AnnualReport decoded = reported(failure);
        Assertions.assertTrue(failing.contains(decoded), "the file holds a falsifying report");
        Assertions.assertTrue(decoded.applications().newlyReceived().total().valueOr(0) >= 5);
        Assertions.assertTrue(lines[at + 1].startsWith(decoded.edition() + " " + decoded.reportYear() + " " + decoded.agency()), lines[at + 1]);
        Assertions.assertTrue(java.nio.file.Files.size(file) > 10L * lines[at + 1].length(), "the line is much shorter than the report");
    }

    @Test
    void anyPlainGeneratorWraps() {
        // README:wrap:begin
        Gen<InvalidReport> ledgers = ReportSources.of(
                random -> ReportGenerator.standard().invalid(random, Edition.V2019, Mutation.LEDGER));
        // README:wrap:end
        qt().withExamples(100).forAll(ledgers).check(c -> {
            ValidationResult result = c.validate(VALIDATOR);
            return c.mutation() == Mutation.LEDGER && c.missing(result).isEmpty() && c.unexpected(result).isEmpty();
        });
    }
}

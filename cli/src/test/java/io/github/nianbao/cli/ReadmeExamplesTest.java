package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples are this test's code and this test's output, so they cannot rot. */
class ReadmeExamplesTest {

    @TempDir
    Path dir;

    static String readme() throws IOException {
        return Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"), StandardCharsets.UTF_8);
    }

    static String region(String name) throws IOException {
        String text = Files.readString(Path.of("src/test/java/io/github/nianbao/cli/ReadmeExamplesTest.java"), StandardCharsets.UTF_8);
        String begin = "// README:" + name + ":begin\n";
        int from = text.indexOf(begin) + begin.length();
        int to = text.lastIndexOf('\n', text.indexOf("// README:" + name + ":end"));
        return text.substring(from, to).stripIndent() + "\n";
    }

    @Test
    void validateInJava() throws IOException {
        List<String> printed = new ArrayList<>();
        // README:validate:begin
        ReportValidator validator = ReportValidator.standard();      // immutable and thread-safe: create it once
        AnnualReport report = SampleReports.hongzeQu2023();           // as published, errors included
        ValidationResult result = validator.validate(report);
        for (Finding f : result.findings(Severity.ERROR)) {
            System.out.println(f.ruleId() + " " + f.primaryCell().orElseThrow().path() + " "
                    + f.expected().orElseThrow() + " ≠ " + f.actual().orElseThrow());
        }
        // T4-TOTAL /reviewLitigation/administrativeReview/total 11 ≠ 0
        // T4-TOTAL /reviewLitigation/litigationAfterReview/total 5 ≠ 0
        // README:validate:end
        for (Finding f : result.findings(Severity.ERROR)) {
            printed.add(f.ruleId() + " " + f.primaryCell().orElseThrow().path() + " "
                    + f.expected().orElseThrow() + " ≠ " + f.actual().orElseThrow());
        }
        assertEquals(List.of("T4-TOTAL /reviewLitigation/administrativeReview/total 11 ≠ 0",
                "T4-TOTAL /reviewLitigation/litigationAfterReview/total 5 ≠ 0"), printed);
        assertTrue(readme().contains(region("validate")), "README shows the validation example");
        assertTrue(result.findings().get(0).message(Locale.ENGLISH).startsWith("Table IV"));
    }

    @Test
    void jsonAndImport() throws IOException {
        AnnualReport report = SampleReports.lingxiuZhen2020();
        String publishedText = SampleReports.Published.HONGZE_QU_2023.sourceText();
        // README:json:begin
        ReportJson json = ReportJson.create();                       // strict; create once, share
        String text = json.encode(report);                           // canonical: same report, same bytes
        AnnualReport back = json.decode(text).orElseThrow();         // or inspect decode(text).problems()

        ImportResult imported = ReportImporter.create().read(publishedText);   // page text, PDF text, Markdown, HTML
        imported.diagnostics().forEach(d -> System.out.println(d.toString(Locale.ENGLISH)));
        AnnualReport published = imported.report().orElseThrow();    // cells it could not read are named above
        // README:json:end
        assertEquals(report, back);
        assertEquals(SampleReports.hongzeQu2023().reviewLitigation(), published.reviewLitigation());
        assertTrue(imported.isComplete());
        assertTrue(readme().contains(region("json")), "README shows the JSON and import example");
    }

    @Test
    void commandLineOutput() throws IOException {
        Path file = dir.resolve("hongze-qu-2023.json");
        Files.writeString(file, ReportJson.create().encode(SampleReports.hongzeQu2023()), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Nianbao.run(new String[] {"validate", "--lang", "en", file.toString()}, System.in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        String shown = out.toString(StandardCharsets.UTF_8).replace(file.toString(), "hongze-qu-2023.json");
        String readme = readme();
        int start = readme.indexOf("$ java -jar cli/target/nianbao.jar validate --lang en hongze-qu-2023.json\n");
        assertTrue(start >= 0, "README shows the command");
        String block = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start));
        assertEquals(shown.strip(), block.strip(), "README shows the command's real output");
    }

    @Test
    void everyCommandAndOptionTheReadmeShowsExists() throws IOException {
        String readme = readme();
        int checked = 0;
        for (String line : readme.lines().toList()) {
            if (!line.startsWith("java -jar cli/target/nianbao.jar ")) {
                continue;
            }
            String[] words = line.substring("java -jar cli/target/nianbao.jar ".length()).split("#")[0].trim().split("\\s+");
            String help = NianbaoCommandTest.run(words[0], "--help", "--lang", "en").out();
            assertTrue(help.startsWith("Usage: nianbao " + words[0]), line + "\n" + help);
            for (String w : words) {
                if (w.startsWith("-") && w.length() > 1) {
                    String option = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
                    assertTrue(help.contains(option), option + " in " + line);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 15, "options checked: " + checked);
    }
}

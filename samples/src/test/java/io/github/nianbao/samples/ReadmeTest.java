package io.github.nianbao.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.samples.generator.InvalidReport;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The examples of samples/README.md are code of the tests, so they cannot rot. */
class ReadmeTest {

    @Test
    void plainLoopOverASeededSource() {
        // README:plain:begin
        ReportGenerator generator = ReportGenerator.standard();
        ReportValidator validator = ReportValidator.standard();
        RandomGenerator random = ReportGenerator.random(2024);   // same seed, same reports
        for (int i = 0; i < 200; i++) {
            AnnualReport report = generator.valid(random, Edition.V2021);
            assertTrue(validator.validate(report).isAcceptable());

            InvalidReport broken = generator.invalid(random, Edition.V2021);
            ValidationResult result = broken.validate(validator);
            assertTrue(broken.matches(result),
                    () -> broken + "\nmissing " + broken.missing(result) + "\nunexpected " + broken.unexpected(result));
        }
        // README:plain:end
    }

    @Test
    void readmeShowsTheTestsCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String[] region : new String[][] {
                {"src/test/java/io/github/nianbao/samples/ReadmeTest.java", "plain"},
                {"src/test/java/io/github/nianbao/samples/quicktheories/ReportSourcesTest.java", "quicktheories"},
                {"src/test/java/io/github/nianbao/samples/quicktheories/ReportSourcesTest.java", "wrap"}}) {
            String code = region(Path.of(region[0]), region[1]);
            assertTrue(readme.contains(code), "README.md lacks the " + region[1] + " example:\n" + code);
        }
        String projectReadme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertTrue(projectReadme.contains(region(Path.of("src/test/java/io/github/nianbao/samples/quicktheories/ReportSourcesTest.java"),
                "quicktheories")), "the project README shows the QuickTheories example");
    }

    private static String region(Path source, String name) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String begin = "// README:" + name + ":begin\n";
        int from = text.indexOf(begin) + begin.length();
        int to = text.lastIndexOf('\n', text.indexOf("// README:" + name + ":end"));
        return text.substring(from, to).stripIndent() + "\n";
    }
}

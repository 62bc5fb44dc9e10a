package io.github.nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example is this test's code, so it cannot rot. */
class ReadmeExampleTest {

    @Test
    void buildAReportAndReadACellByItsLabel() {
        // README:model:begin
        AnnualReport report = AnnualReport.builder()
                .metadata(ReportMetadata.of("淮安市洪泽区人民政府", 2023, Edition.V2021))
                .applications(ApplicationTable.builder(Edition.V2021).allZero()
                        .row(ApplicationRow.NEWLY_RECEIVED, 21, 0, 0, 0, 0, 0, 21)
                        .build())
                .build();
        Count typed = report.applications().newlyReceived().naturalPerson();            // 21
        CellKey key = Layout.of(Section.APPLICATIONS, report.edition())
                .findByLabels("一、本年新收政府信息公开申请数量", "自然人").orElseThrow();
        System.out.println(key.path() + " = " + report.cell(key));   // /applications/newlyReceived/naturalPerson = 21
        // README:model:end
        assertEquals(Count.of(21), typed);
        assertEquals(typed, report.cell(key));
        assertEquals("/applications/newlyReceived/naturalPerson", key.path().toString());
    }

    @Test
    void readmeShowsThisCode() throws IOException {
        assertTrue(ReadmeSnippets.readme().contains(ReadmeSnippets.region(
                Path.of("src/test/java/io/github/nianbao/core/ReadmeExampleTest.java"), "model")));
    }

    /** Cuts marked regions out of test sources and compares them with the README's code blocks. */
    static final class ReadmeSnippets {
        static String readme() throws IOException {
            return Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"), StandardCharsets.UTF_8);
        }

        static String region(Path source, String name) throws IOException {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            String begin = "// README:" + name + ":begin\n";
            int from = text.indexOf(begin) + begin.length();
            int to = text.lastIndexOf('\n', text.indexOf("// README:" + name + ":end"));
            return text.substring(from, to).stripIndent() + "\n";
        }
    }
}

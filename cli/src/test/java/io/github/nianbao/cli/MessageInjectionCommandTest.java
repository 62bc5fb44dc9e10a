package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * User text is printed as written, never interpreted as a message template (Bean Validation's
 * {@code ${…}} expressions and {@code {…}} parameters, MessageFormat's {@code {0}} and quotes), in
 * the command line's text and JSON output, in both languages.
 */
class MessageInjectionCommandTest {

    private static final String INJECTED = "${1+1}{x}#{''}{0}'{'";
    private static final String AGENCY = INJECTED + "县人民政府";
    private static final String NARRATIVE = "本机关" + INJECTED + "。";

    @TempDir
    Path dir;

    private Path report() throws IOException {
        AnnualReport clean = NianbaoCommandTest.clean(40);
        // Section 六 without a word on fees: FEE-DISCLOSURE quotes it as the finding's cell.
        AnnualReport r = clean.withMetadata(clean.metadata().withAgency(AGENCY)).withOtherMatters(Narrative.of(NARRATIVE));
        Path file = dir.resolve("injected.json");
        Files.writeString(file, ReportJson.create().encode(r));
        return file;
    }

    @Test
    void textOutputShowsTheAgencyVerbatimInBothLanguages() throws IOException {
        Path file = report();
        for (String lang : List.of("zh", "en")) {
            NianbaoCommandTest.Run r = NianbaoCommandTest.run("validate", "--lang", lang, "--fail-on", "info", file.toString());
            assertEquals(1, r.status(), r.out());
            String title = (lang.equals("en") ? "fail · " : "不通过 · ") + AGENCY + (lang.equals("en") ? ", report for " : " ");
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(title)), lang + ":\n" + r.out());
            assertTrue(r.out().contains("FEE-DISCLOSURE"), r.out());
        }
    }

    @Test
    void jsonOutputCarriesAgencyAndNarrativeVerbatimInBothLanguages() throws IOException {
        Path file = report();
        JsonMapper mapper = JsonMapper.builder().build();
        for (String lang : List.of("zh", "en")) {
            NianbaoCommandTest.Run r = NianbaoCommandTest.run("validate", "--format", "json", "--lang", lang, file.toString());
            JsonNode report = mapper.readTree(r.out().lines().skip(1).findFirst().orElseThrow()); // after the run line
            assertEquals(AGENCY, report.get("agency").asString(), r.out());
            List<String> values = new ArrayList<>();
            for (JsonNode finding : report.get("findings")) {
                for (JsonNode cell : finding.get("cells")) {
                    values.add(cell.get("value").asString());
                }
            }
            assertTrue(values.contains(NARRATIVE), lang + ": " + values);
            assertTrue(r.out().contains(Section.OTHER_MATTERS.key()) || r.out().contains("otherMatters"), r.out());
        }
    }
}

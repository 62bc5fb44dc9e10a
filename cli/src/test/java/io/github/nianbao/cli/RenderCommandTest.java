package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.documents.DocumentImporter;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao render}: JSON in, a Word document or an HTML page out that reads back as the report; bad input exits 2. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private Path json(AnnualReport report) throws IOException {
        return Files.writeString(dir.resolve("report.json"), ReportJson.create().encode(report));
    }

    private static void assertSameCells(AnnualReport expected, AnnualReport actual) {
        assertEquals(expected.agency(), actual.agency());
        assertEquals(expected.reportYear(), actual.reportYear());
        for (Section s : Section.values()) {
            if (s.isTable()) {
                for (CellKey k : expected.table(s).layout().cells()) {
                    assertEquals(expected.cell(k), actual.cell(k), k::toString);
                }
            } else {
                assertEquals(expected.narrative(s), actual.narrative(s), s::toString);
            }
        }
    }

    @Test
    void rendersWordThatReadsBack() throws IOException {
        AnnualReport report = SampleReports.huaianShi2024();
        Path out = dir.resolve("out.docx");
        NianbaoCommandTest.Run run = NianbaoCommandTest.run("render", "--to", "docx", json(report).toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertSameCells(report, DocumentImporter.create().read(Files.readAllBytes(out)).report().orElseThrow());
    }

    @Test
    void rendersHtmlToAFileOrStandardOutput() throws IOException {
        AnnualReport report = SampleReports.lingxiuZhen2020();
        Path in = json(report);
        Path out = dir.resolve("out.html");
        NianbaoCommandTest.Run run = NianbaoCommandTest.run("render", "--to", "html", in.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertSameCells(report, ReportImporter.create().read(Files.readString(out)).report().orElseThrow());
        NianbaoCommandTest.Run toStdout = NianbaoCommandTest.run("render", "--to", "html", in.toString());
        assertEquals(0, toStdout.status(), toStdout.err());
        assertEquals(Files.readString(out), toStdout.out());
        NianbaoCommandTest.Run fromStdin = NianbaoCommandTest.runWithInput(Files.readString(in), "render", "--to", "html", "-");
        assertEquals(Files.readString(out), fromStdin.out());
    }

    @Test
    void badInputExitsTwoWithWhatAndWhere() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1,\n \"metadata\": {\"agency\": 7}}");
        Path out = dir.resolve("never.docx");
        NianbaoCommandTest.Run zh = NianbaoCommandTest.run("render", "--to", "docx", broken.toString(), "-o", out.toString());
        assertEquals(2, zh.status());
        assertTrue(zh.err().contains("不是可读的 JSON 报告"), zh.err());
        assertTrue(zh.err().contains("/metadata/agency"), zh.err());
        assertTrue(zh.err().contains("2:"), zh.err());
        assertFalse(zh.err().contains("Exception"), zh.err());
        assertFalse(Files.exists(out));

        NianbaoCommandTest.Run en = NianbaoCommandTest.run("render", "--lang", "en", "--to", "html", broken.toString());
        assertEquals(2, en.status());
        assertTrue(en.err().contains("is not a readable JSON report"), en.err());
        assertEquals("", en.out());

        NianbaoCommandTest.Run missing = NianbaoCommandTest.run("render", "--to", "html", dir.resolve("none.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("找不到文件"), missing.err());

        NianbaoCommandTest.Run noOutput = NianbaoCommandTest.run("render", "--lang", "en", "--to", "docx", json(SampleReports.hongzeQu2023()).toString());
        assertEquals(2, noOutput.status());
        assertTrue(noOutput.err().contains("give a file with -o"), noOutput.err());

        NianbaoCommandTest.Run badFormat = NianbaoCommandTest.run("render", "--to", "pdf", broken.toString());
        assertEquals(2, badFormat.status());
    }
}

package io.github.nianbao.importer;

import io.github.nianbao.samples.SampleReports.Published;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seed corpus of {@link ReportImporterFuzzTest} into the source tree: the published
 * sample sources and renderings of generated reports in every form, with and without quirks. Run
 * only when asked: {@code mvn -o -pl importer -am test -Dtest=FuzzSeeds -Dnianbao.writeSeeds=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "nianbao.writeSeeds", matches = "true")
class FuzzSeeds {

    private static final Path INPUTS = Path.of("src/test/resources/io/github/nianbao/importer/ReportImporterFuzzTestInputs");

    @Test
    void write() throws IOException {
        Path text = Files.createDirectories(INPUTS.resolve("text"));
        Path html = Files.createDirectories(INPUTS.resolve("html"));
        for (Published p : Published.values()) {
            Files.write(text.resolve("published-" + p.name().toLowerCase()), p.sourceBytes());
        }
        Files.write(text.resolve("published-gb18030"), Published.LINGXIU_ZHEN_2020.sourceText().getBytes(Charset.forName("GB18030")));
        String huaian = Published.HUAIAN_SHI_2024.sourceText();
        Files.writeString(text.resolve("truncated"), huaian.substring(0, huaian.length() / 3));
        Files.writeString(text.resolve("not-a-report"), "关于做好春节期间安全生产工作的通知\n\n各乡镇人民政府：\n");
        int[] quirks = {0, ReportRenderer.Quirks.ALL, 16, 0b1010_1010};
        for (ReportRenderer.Form form : ReportRenderer.Form.values()) {
            for (int i = 0; i < quirks.length; i++) {
                long seed = 31L * form.ordinal() + i;
                String rendered = ReportRenderer.render(ReportGenerator.generate(seed), form, ReportRenderer.Quirks.of(quirks[i]), seed).text();
                Path dir = form == ReportRenderer.Form.HTML ? html : text;
                Files.writeString(dir.resolve(form.name().toLowerCase() + "-quirks-" + quirks[i]), rendered, StandardCharsets.UTF_8);
            }
        }
        Files.writeString(html.resolve("broken-spans"),
                "<table><tr><td rowspan=\"x\" colspan=\"-3\">一、</td><td colspan=\"99999\">1</td></tr></table>");
        Files.writeString(html.resolve("unclosed"), "<html><body><h1>某县人民政府2022年政府信息公开工作年度报告<table><tr><td>");
    }
}

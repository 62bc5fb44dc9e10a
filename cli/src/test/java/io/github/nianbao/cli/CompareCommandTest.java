package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.serialization.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nianbao compare}, its series mode, and {@code validate --previous} with text and directories. */
class CompareCommandTest {

    private static final ReportJson JSON = ReportJson.create();

    @TempDir
    Path dir;

    private Path published(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = CompareCommandTest.class.getResourceAsStream("/io/github/nianbao/samples/reports/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private static NianbaoCommandTest.Run run(String... args) {
        return NianbaoCommandTest.run(args);
    }

    @Test
    void hongzeQu2023To2024InBothLanguagesAndJson() throws IOException {
        Path y2023 = published("2023-hongze-qu.txt");
        Path y2024 = published("2024-hongze-qu.txt");
        NianbaoCommandTest.Run zh = run("compare", y2023.toString(), y2024.toString());
        assertEquals(0, zh.status(), zh.err());
        // The text of 2023 names 洪泽区人民政府, that of 2024 淮安市洪泽区人民政府: one agency once 淮安市 is folded.
        assertTrue(zh.out().contains("同一机关（去掉上级行政区划名称后相同：洪泽区人民政府 / 淮安市洪泽区人民政府）"), zh.out());
        assertTrue(zh.out().contains("跨年度核对：无问题"), zh.out());
        assertTrue(zh.out().contains("表三 › 一、本年新收政府信息公开申请数量 › 总计"), zh.out());
        assertTrue(zh.out().contains("+74") && zh.out().contains("4.52"), zh.out());
        assertTrue(zh.out().contains("五、存在的主要问题及改进情况：38%"), zh.out());
        NianbaoCommandTest.Run en = run("compare", "--lang", "en", y2023.toString(), y2024.toString());
        assertTrue(en.out().contains("One agency (same name once superior divisions are folded"), en.out());
        assertTrue(en.out().contains("Cells whose number changed: 30 (largest change first)"), en.out());
        NianbaoCommandTest.Run json = run("compare", "--format", "json", y2023.toString(), y2024.toString());
        JsonNode c = JsonMapper.builder().build().readTree(json.out()).get("comparisons").get(0);
        assertEquals("FOLDED_NAME", c.get("match").asString());
        assertEquals(30, c.get("changes").size());
        assertEquals("/proactiveDisclosure/item5/licensing/decisionsThisYear", c.get("changes").get(0).get("pointer").asString());
        assertEquals("8937", c.get("changes").get(0).get("difference").asString());
        assertEquals(0, c.get("crossYearFindings").size());
        assertEquals(0.38, c.get("similarity").get("problems").get("containment").asDouble(), 0.005);
    }

    @Test
    void validatePreviousReadsTextAndDirectories() throws IOException {
        Path y2023 = published("2023-hongze-qu.txt");
        Path y2024 = published("2024-hongze-qu.txt");
        // A .txt as --previous is imported (it gave a raw Jackson error), and matched by folding 淮安市.
        NianbaoCommandTest.Run r = run("validate", "--previous", y2023.toString(), y2024.toString());
        // Accepted with warnings (the report is a hybrid, an import warning): exit status 4.
        assertEquals(4, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("决定：附警告接受"), r.out());
        assertFalse(r.out().contains("PREVIOUS-MISMATCH"), r.out());
        // A directory of previous years: each report is checked against its own agency's year before.
        Path before = Files.createDirectory(dir.resolve("before"));
        Path now = Files.createDirectory(dir.resolve("now"));
        List<AnnualReport> a = ReportGenerator.standard().series(ReportGenerator.random(3), 2021, 2);
        List<AnnualReport> b = ReportGenerator.standard().series(ReportGenerator.random(4), 2021, 2);
        Files.writeString(before.resolve("a.json"), JSON.encode(a.get(0)));
        Files.writeString(before.resolve("b.json"), JSON.encode(b.get(0)));
        Files.writeString(now.resolve("a.json"), JSON.encode(a.get(1)));
        AnnualReport bNow = b.get(1);
        CellKey over = bNow.applications().layout().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
        Files.writeString(now.resolve("b.json"), JSON.encode(bNow.withApplications((ApplicationTable) bNow.applications()
                .withCell(over, Count.of(((Count) bNow.cell(over)).valueOr(0) + 2)))));
        NianbaoCommandTest.Run d = run("validate", "--format", "json", "--previous", before.toString(), now.toString());
        List<List<String>> rules = new ArrayList<>();
        for (String line : d.out().split("\n")) { // one JSON object per report, then the summary
            JsonNode x = JsonMapper.builder().build().readTree(line);
            if (x.has("findings")) {
                List<String> ids = new ArrayList<>();
                x.get("findings").forEach(f -> ids.add(f.get("ruleId").asString()));
                rules.add(ids);
            }
        }
        assertEquals(2, rules.size(), d.out());
        assertFalse(rules.get(0).contains("YEAR-CARRY") || rules.get(0).contains("PREVIOUS-MISMATCH"), d.out());
        assertTrue(rules.get(1).contains("YEAR-CARRY") && !rules.get(1).contains("PREVIOUS-MISMATCH"), d.out());
    }

    @Test
    void seriesGroupsByAgencyOrdersByYearAndNamesTheMissingYear() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("series"));
        List<AnnualReport> one = new ArrayList<>(ReportGenerator.standard().series(ReportGenerator.random(5), 2019, 6));
        // 2023: the stock of normative documents raised by 2; 2021 removed.
        AnnualReport y2023 = one.get(4);
        ProactiveDisclosure t2 = y2023.proactiveDisclosure();
        CellKey stock = t2.layout().cell(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE);
        one.set(4, y2023.withProactiveDisclosure((ProactiveDisclosure) t2.withCell(stock, Count.of(((Count) t2.cell(stock)).valueOr(0) + 2))));
        one.remove(2);
        List<AnnualReport> other = ReportGenerator.standard().series(ReportGenerator.random(6), 2022, 2);
        int n = 0;
        for (AnnualReport r : one) {
            Files.writeString(folder.resolve("r" + (n++) + ".json"), JSON.encode(r));
        }
        for (AnnualReport r : other) {
            Files.writeString(folder.resolve("r" + (n++) + ".json"), JSON.encode(r));
        }
        NianbaoCommandTest.Run zh = run("compare", "--series", folder.toString());
        assertTrue(zh.out().contains(one.get(0).agency() + "：5 份报告，2019, 2020, 2022, 2023, 2024 年度"), zh.out());
        assertTrue(zh.out().contains("缺少年度：2021"), zh.out());
        assertTrue(zh.out().contains(other.get(0).agency() + "：2 份报告"), zh.out());
        assertTrue(zh.out().contains("YEAR-2021-STOCK"), zh.out());
        assertTrue(zh.out().contains("PREVIOUS-MISMATCH"), zh.out()); // 2020 → 2022 is no consecutive pair
        NianbaoCommandTest.Run en = run("compare", "--series", folder.toString(), "--lang", "en", "--format", "json");
        String[] lines = en.out().split("\n");
        assertEquals(2, lines.length, en.out());
        JsonNode first = JsonMapper.builder().build().readTree(lines[0]);
        assertEquals("[2021]", first.get("missingYears").toString());
        assertEquals(4, first.get("comparisons").size());
        List<String> rules = new ArrayList<>();
        first.get("comparisons").forEach(c -> c.get("crossYearFindings").forEach(f -> rules.add(f.get("ruleId").asString())));
        assertEquals(List.of("PREVIOUS-MISMATCH", "YEAR-2021-STOCK", "YEAR-2021-STOCK"), rules);
        NianbaoCommandTest.Run text = run("compare", "--series", folder.toString(), "--lang", "en");
        assertTrue(text.out().contains("Years missing: 2021"), text.out());
    }
}

package io.github.nianbao.samples.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.similarity.CopiedText;
import io.github.nianbao.validation.similarity.TextSimilarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * COPIED-TEXT and its measure: the published 洪泽区 2023/2024 pair, and pairs built with 0 %, 50 %
 * and 100 % of a section copied from the previous year.
 */
class CopiedTextTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @Test
    void hongzeQu2024AgainstItsPreviousYear() {
        AnnualReport before = SampleReports.hongzeQu2023();
        AnnualReport now = SampleReports.hongzeQu2024();
        List<String> measured = new ArrayList<>();
        for (Section s : CopiedText.SECTIONS) {
            TextSimilarity m = TextSimilarity.of(now.narrative(s).text(), before.narrative(s).text());
            measured.add(s.key() + "=" + Math.round(m.containment() * 100));
        }
        // Rewritten around the same subject: sections 一 and 五 share set phrases and whole sentences
        // (the three improvements of 五 are last year's), below 80 %; section 六 is one line, the same
        // words each year (100 %), shorter than the 100 characters assessed.
        System.out.println("hongze 2024/2023 containment % " + measured);
        assertEquals(List.of(), VALIDATOR.validate(now, before).findings(StandardRule.COPIED_TEXT));
        TextSimilarity problems = TextSimilarity.of(now.problems().text(), before.problems().text());
        assertTrue(problems.passages().get(0).contains("全面梳理和优化工作流程"), problems.passages().toString());
        assertEquals(1.0, TextSimilarity.of(now.otherMatters().text(), before.otherMatters().text()).containment());
        // With a lower threshold the copied share of 五 is a finding naming both years' sections.
        ReportValidator strict = ReportValidator.builder().copiedText(0.3, 100).build();
        List<Finding> f = strict.validate(now, before).findings(StandardRule.COPIED_TEXT);
        assertTrue(f.stream().anyMatch(x -> x.involves(Section.PROBLEMS)), f::toString);
        Finding p = f.stream().filter(x -> x.involves(Section.PROBLEMS)).findFirst().orElseThrow();
        assertEquals(Period.PREVIOUS_YEAR, p.cells().get(1).period());
        assertTrue(p.message().contains("最长的相同段落"), p.message());
        assertTrue(p.message(Locale.ENGLISH).contains("Longest shared passage"), p.message(Locale.ENGLISH));
    }

    /** Sentences of a text, each with its end mark. */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[。；])")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void zeroHalfAndAllCopiedAreOrderedAndOnlyAllIsAFinding() {
        // Last year's section: 淮安市 2024's section 一. Unrelated text of the same kind: 灵秀镇 2020's section 一.
        String previous = SampleReports.huaianShi2024().overview().text();
        String unrelated = SampleReports.lingxiuZhen2020().overview().text();
        List<String> p = sentences(previous);
        List<String> u = sentences(unrelated);
        String none = String.join("", u);
        StringBuilder half = new StringBuilder();
        int copiedChars = 0;
        for (int i = 0; i < p.size(); i++) { // every other sentence copied, the rest unrelated
            if (i % 2 == 0) {
                half.append(p.get(i).replace("2024", "2025"));
                copiedChars += p.get(i).length();
            } else {
                half.append(u.get(i % u.size()));
            }
        }
        String all = previous.replace("2024", "2025").replace("5500", "6100");
        double[] measured = new double[3];
        String[] texts = {none, half.toString(), all};
        for (int k = 0; k < 3; k++) {
            measured[k] = TextSimilarity.of(texts[k], previous).containment();
        }
        System.out.printf("copied 0%%/50%%/100%%: %.3f %.3f %.3f (copied chars %d of %d)%n", measured[0], measured[1],
                measured[2], copiedChars, half.length());
        assertTrue(measured[0] < measured[1] && measured[1] < measured[2], java.util.Arrays.toString(measured));
        assertTrue(measured[0] < 0.2, "unrelated text shares set phrases only: " + measured[0]);
        assertTrue(measured[1] > 0.3 && measured[1] < 0.7, "half copied: " + measured[1]);
        assertEquals(1.0, measured[2], "digits are folded: a copy with new figures is a copy");
        AnnualReport before = SampleReports.huaianShi2024();
        for (int k = 0; k < 3; k++) {
            AnnualReport now = before.withMetadata(before.metadata().withReportYear(2025))
                    .withOverview(Narrative.of(texts[k]))
                    .withProblems(Narrative.of(SampleReports.lingxiuZhen2020().problems().text()))
                    .withOtherMatters(Narrative.of("2025 年，市政府未收取信息处理费。"));
            List<Finding> f = VALIDATOR.validate(now, before).findings(StandardRule.COPIED_TEXT);
            int which = k;
            assertEquals(k == 2 ? 1 : 0, f.size(), () -> which + ": " + f);
            if (k == 2) {
                assertTrue(f.get(0).involves(Section.OVERVIEW));
                assertEquals("100 %", f.get(0).actual().orElseThrow());
            }
        }
    }
}

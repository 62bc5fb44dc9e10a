package io.github.nianbao.samples.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.samples.generator.ReportGenerator;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.narrative.NarrativeFigures;
import io.github.nianbao.validation.narrative.Reading;
import io.github.nianbao.validation.narrative.StatedFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * NARRATIVE-FIGURE: the figures the narrative states against the tables, on the published reports
 * (exactly the real disagreements), on generated reports whose narratives state their own tables
 * (none), and on generated reports with one stated figure changed (the finding names the sentence
 * and the cells).
 */
class NarrativeFiguresTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static List<String> findings(AnnualReport r) {
        return VALIDATOR.validate(r).findings(StandardRule.NARRATIVE_FIGURE).stream()
                .map(f -> f.actual().orElseThrow() + " ≠ " + f.expected().orElseThrow() + " " + ExpectedPaths.of(f)).toList();
    }

    @Test
    void publishedReportsGiveExactlyTheRealDisagreements() {
        assertEquals(List.of(), findings(SampleReports.lingxiuZhen2020()));
        assertEquals(List.of(), findings(SampleReports.hongzeQu2023()));
        assertEquals(List.of(), findings(SampleReports.huaianShi2024()));
        // 区政府办 received 17; table 三 counts 95 new for the whole district (and 0 carried over).
        assertEquals(List.of("17 ≠ 95 / 95 [/overview, /applications/newlyReceived/total, /applications/carriedOver/total]"),
                findings(SampleReports.hongzeQu2024()));
        Finding f = VALIDATOR.validate(SampleReports.hongzeQu2024()).findings(StandardRule.NARRATIVE_FIGURE).get(0);
        assertTrue(f.message().contains("区政府办代表区政府受理政府信息公开申请 17 件"), f.message());
        assertTrue(f.message().contains("本年新收 95"), f.message());
        assertTrue(f.message(Locale.ENGLISH).contains("95 new plus carried over"), f.message(Locale.ENGLISH));
        assertTrue(f.message(Locale.ENGLISH).contains("\"区政府办\""), f.message(Locale.ENGLISH));
    }

    @Test
    void publishedReportsStateFiguresThatAgree() {
        // 淮安市 2024 states 15 figures of tables 二, 三 and 四, every one as the tables give it.
        List<StatedFigure> huaian = NarrativeFigures.find(SampleReports.huaianShi2024());
        assertEquals(List.of("issued.regulations=1", "received=3119", "handled=3050", "carriedOver=34", "carriedForward=103",
                "review=351", "review.upheld=72", "review.corrected=64", "review.otherOutcome=178", "review.pending=37",
                "litigation=46", "litigation.upheld=25", "litigation.corrected=5", "litigation.otherOutcome=9",
                "litigation.pending=7", "fees=3940"), huaian.stream().map(s -> s.subject() + "=" + s.stated()).toList());
        assertTrue(huaian.stream().noneMatch(StatedFigure::disagrees));
        // 灵秀镇 2020 says it received none and had no reconsideration or lawsuit.
        assertEquals(List.of("received=0", "review=0", "litigation=0"), NarrativeFigures.find(SampleReports.lingxiuZhen2020())
                .stream().map(s -> s.subject() + "=" + s.stated()).toList());
    }

    @Test
    void generatedNarrativesStateTheirOwnTables() {
        RandomGenerator random = ReportGenerator.random(15);
        int figures = 0;
        for (int i = 0; i < 2000; i++) {
            AnnualReport r = ReportGenerator.standard().valid(random, i % 2 == 0 ? Edition.V2019 : Edition.V2021);
            List<StatedFigure> stated = NarrativeFigures.find(r);
            assertTrue(stated.size() >= 2, () -> r.overview().text()); // applications, and reconsideration and litigation
            figures += stated.size();
            assertEquals(List.of(), findings(r), r.overview()::text);
        }
        assertTrue(figures > 2000 * 4, "figures found: " + figures);
    }

    @Test
    void aWrongFigureIsNamedWithItsSentenceAndCells() {
        RandomGenerator random = ReportGenerator.random(16);
        for (int i = 0; i < 300; i++) {
            AnnualReport r = ReportGenerator.standard().valid(random, i % 2 == 0 ? Edition.V2019 : Edition.V2021);
            List<StatedFigure> stated = NarrativeFigures.find(r).stream().filter(s -> !s.readings().isEmpty()).toList();
            StatedFigure target = stated.get(random.nextInt(stated.size()));
            long wrong = target.stated() + 1 + target.readings().stream().mapToLong(x -> x.value().orElse(0)).max().orElse(0);
            AnnualReport broken = replace(r, target, wrong);
            if (target.stated() == 0 && !Character.isDigit(blockText(r, target).charAt(target.offset()))) {
                continue; // a statement of none (未收到) has no number to change
            }
            List<Finding> found = VALIDATOR.validate(broken).findings(StandardRule.NARRATIVE_FIGURE);
            assertEquals(1, found.size(), () -> target + " → " + wrong + ": " + found);
            Finding f = found.get(0);
            FindingCell sentence = f.cells().get(0);
            assertEquals(Section.OVERVIEW, sentence.section().orElseThrow());
            assertTrue(sentence.value(Locale.ROOT).contains(Long.toString(wrong)), sentence::toString);
            assertEquals(Long.toString(wrong), f.actual().orElseThrow());
            List<ReportPath> expectedCells = new ArrayList<>();
            for (Reading reading : target.readings()) {
                for (CellKey k : reading.cells()) {
                    if (!expectedCells.contains(k.path())) {
                        expectedCells.add(k.path());
                    }
                }
            }
            assertEquals(expectedCells, f.cells().subList(1, f.cells().size()).stream().map(FindingCell::path).toList());
            assertTrue(f.message().contains(sentence.value(Locale.ROOT)), f.message());
        }
    }

    private static String blockText(AnnualReport r, StatedFigure f) {
        return r.narrative(f.section()).blocks().get(f.block()).text();
    }

    private static AnnualReport replace(AnnualReport r, StatedFigure f, long wrong) {
        List<NarrativeBlock> blocks = new ArrayList<>(r.narrative(f.section()).blocks());
        String text = blocks.get(f.block()).text();
        int end = f.offset();
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        blocks.set(f.block(), NarrativeBlock.paragraph(text.substring(0, f.offset()) + wrong + text.substring(end)));
        assertFalse(f.section() != Section.OVERVIEW, "figures of tables are stated in section 一 here");
        return r.withOverview(Narrative.of(blocks));
    }

    /** A finding's places as pointers, in order. */
    private static final class ExpectedPaths {
        static List<ReportPath> of(Finding f) {
            return f.cells().stream().map(FindingCell::path).toList();
        }
    }
}

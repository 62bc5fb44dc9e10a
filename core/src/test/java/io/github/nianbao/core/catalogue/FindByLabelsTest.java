package io.github.nianbao.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cells are found by labels as reports print them, never by a label that fits two cells. */
class FindByLabelsTest {

    private static final Layout T3 = Layout.of(Section.APPLICATIONS, Edition.V2021);

    private static CellKey t3(ApplicationRow row, Applicant column) {
        return T3.cell(row, column);
    }

    @Test
    void numberingStylesQuotesAndSpacesAsPrinted() {
        CellKey newly = t3(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON);
        assertEquals(Optional.of(newly), T3.findByLabels("一、本年新收政府信息公开申请数量", "自然人"));
        assertEquals(Optional.of(newly), T3.findByLabels("一，本年新收政府信息公开申请数量", "自然人"));
        assertEquals(Optional.of(newly), T3.findByLabels(" 一、本年新收 政府信息公开申请数量 ", " 自然人"));
        assertEquals(Optional.of(newly), T3.findByLabels("本年新收政府信息公开申请数量", "自然人"), "without numbering");

        CellKey total = t3(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL);
        assertEquals(Optional.of(total), T3.findByLabels("(七)总计", "总计"));
        assertEquals(Optional.of(total), T3.findByLabels("（七）总计", "总计"));

        CellKey secret = t3(ApplicationRow.STATE_SECRET, Applicant.OTHER_ORGANIZATION);
        for (String printed : new String[] {"1.属于国家秘密", "1、属于国家秘密", "1．属于国家秘密", "１. 属于国家秘密", "属于国家秘密"}) {
            assertEquals(Optional.of(secret), T3.findByLabels(printed, "其他"), printed);
        }
        CellKey security = t3(ApplicationRow.SECURITY_OR_STABILITY, Applicant.TOTAL);
        assertEquals(Optional.of(security), T3.findByLabels("3.危及\"三安全一稳定\"", "总计"), "ASCII quotes");
        assertEquals(Optional.of(security), T3.findByLabels("3.危及三安全一稳定", "总计"), "no quotes");
    }

    @Test
    void englishLabelsAnyCase() {
        CellKey k = t3(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON);
        assertEquals(Optional.of(k), T3.findByLabels(ApplicationRow.DISCLOSED.englishLabel(), Applicant.NATURAL_PERSON.englishLabel()));
        assertEquals(Optional.of(k), T3.findByLabels(ApplicationRow.DISCLOSED.englishLabel().toUpperCase(),
                Applicant.NATURAL_PERSON.englishLabel().toLowerCase()));
    }

    @Test
    void aWrongNumberingOrAnAmbiguousLabelFindsNothing() {
        // 予以公开 is （一）, not （二）
        assertTrue(T3.findByLabels("（二）予以公开", "自然人").isEmpty());
        assertTrue(T3.findByLabels("1.予以公开", "自然人").isEmpty());
        assertTrue(T3.findByLabels("本年新收", "自然人").isEmpty(), "a part of a label is not the label");
        assertTrue(T3.findByLabels("一、本年新收政府信息公开申请数量", "法人").isEmpty());
        // Table 四: 结果维持 is a column of every block; the block decides.
        Layout t4 = Layout.of(Section.REVIEW_LITIGATION, Edition.V2021);
        assertEquals(Optional.of(t4.cell(ReviewBlock.values()[0], ReviewColumn.values()[0])),
                t4.findByLabels(ReviewBlock.values()[0].label(), ReviewColumn.values()[0].label()));
    }

    @Test
    void aHybridAnswersTheReadmePattern() {
        AnnualReport hybrid = AnnualReport.builder()
                .metadata(ReportMetadata.of("淮安市洪泽区人民政府", 2023, Edition.V2021))
                .applications(ApplicationTable.builder(Edition.V2019).allZero()
                        .set(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON, Count.of(21)).build())
                .build();
        CellKey key = Layout.of(Section.APPLICATIONS, hybrid.edition())
                .findByLabels("一、本年新收政府信息公开申请数量", "自然人").orElseThrow();
        assertEquals(Count.of(21), hybrid.cell(key));
        assertEquals(Edition.V2019, hybrid.applications().layout().edition());
    }

    @Test
    void tableTwoHasTypedViewsWithoutADowncast() {
        io.github.nianbao.core.table.ProactiveDisclosure t = io.github.nianbao.core.table.ProactiveDisclosure.zeros(Edition.V2021);
        assertEquals(Count.of(0), t.v2021().orElseThrow().licensingDecisions());
        assertTrue(t.v2019().isEmpty());
        assertTrue(io.github.nianbao.core.table.ProactiveDisclosure.zeros(Edition.V2019).v2019().isPresent());
        assertTrue(io.github.nianbao.core.table.ProactiveDisclosure.zeros(Edition.V2019).v2021().isEmpty());
    }
}

package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.Severity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16 §5: publication deadlines on both sides of each, and the years of the period and narrative. */
class DateRulesTest {

    private static AnnualReport published(String agency, LocalDate date) {
        AnnualReport r = Reports.clean(Edition.V2021);
        return r.withMetadata(r.metadata().withAgency(agency).withPublicationDate(date));
    }

    private static List<Finding> deadline(ReportValidator v, AnnualReport r) {
        return v.validate(r).findings(StandardRule.DEADLINE);
    }

    @Test
    void departmentsHaveUntil31JanuaryAndGovernmentsUntil31March() {
        int next = Reports.clean(Edition.V2021).reportYear() + 1;
        String department = "某某市财政局";
        String government = "某某市人民政府";
        assertEquals(List.of(), deadline(Reports.VALIDATOR, published(department, LocalDate.of(next, 1, 31))));
        List<Finding> late = deadline(Reports.VALIDATOR, published(department, LocalDate.of(next, 2, 1)));
        assertEquals(1, late.size());
        assertEquals("≤ " + next + "-01-31", late.get(0).expected().orElseThrow());
        assertEquals(Severity.WARNING, late.get(0).severity());
        assertTrue(late.get(0).message().contains("晚 1 天"), late.get(0)::message);
        assertTrue(late.get(0).message(Locale.ENGLISH).contains("government departments"), () -> late.get(0).message(Locale.ENGLISH));
        assertEquals(List.of(), deadline(Reports.VALIDATOR, published(government, LocalDate.of(next, 3, 31))));
        assertEquals(List.of(), deadline(Reports.VALIDATOR, published(government, LocalDate.of(next, 2, 1))));
        List<Finding> govLate = deadline(Reports.VALIDATOR, published(government, LocalDate.of(next, 4, 1)));
        assertEquals(1, govLate.size());
        assertEquals("≤ " + next + "-03-31", govLate.get(0).expected().orElseThrow());
        assertTrue(govLate.get(0).message().contains("人民政府"), govLate.get(0)::message);
        // A township government has the governments' date.
        assertEquals(List.of(), deadline(Reports.VALIDATOR, published("某某镇人民政府", LocalDate.of(next, 3, 1))));
        // Without a date there is nothing to check.
        assertEquals(List.of(), Reports.VALIDATOR.validate(Reports.clean(Edition.V2021)).findings(StandardRule.DEADLINE));
    }

    @Test
    void aPackMaySetEarlierDates() {
        int next = Reports.clean(Edition.V2021).reportYear() + 1;
        ReportValidator strict = ReportValidator.builder().clock(Reports.CLOCK)
                .deadlines(Deadlines.of(MonthDay.of(1, 20), MonthDay.of(3, 15))).build();
        assertEquals(List.of(), deadline(strict, published("某某市财政局", LocalDate.of(next, 1, 20))));
        assertEquals(1, deadline(strict, published("某某市财政局", LocalDate.of(next, 1, 21))).size());
        assertEquals(List.of(), deadline(strict, published("某某市人民政府", LocalDate.of(next, 3, 15))));
        assertEquals(1, deadline(strict, published("某某市人民政府", LocalDate.of(next, 3, 16))).size());
    }

    @Test
    void aDateWithinTheReportYearIsWrong() {
        int year = Reports.clean(Edition.V2021).reportYear();
        List<Finding> early = deadline(Reports.VALIDATOR, published("某某市财政局", LocalDate.of(year, 12, 31)));
        assertEquals(1, early.size());
        assertEquals("DEADLINE.early", early.get(0).messageKey());
        assertEquals(List.of(), deadline(Reports.VALIDATOR, published("某某市财政局", LocalDate.of(year + 1, 1, 1))));
    }

    private static AnnualReport withOverview(String... paragraphs) {
        return Reports.clean(Edition.V2021).withOverview(Narrative.of(paragraphs));
    }

    @Test
    void theStatisticsPeriodIsTheReportYear() {
        int y = Reports.clean(Edition.V2021).reportYear();
        assertEquals(List.of(), Reports.VALIDATOR.validate(withOverview(
                "本报告中所列数据的统计期限自 " + y + " 年 1 月 1 日起至 " + y + " 年 12 月 31 日止。")).findings(StandardRule.PERIOD_YEAR));
        List<Finding> f = Reports.VALIDATOR.validate(withOverview(
                "本报告中所列数据的统计期限自" + (y - 1) + "年1月1日起至" + (y - 1) + "年12月31日止。", y + "年，我局……"))
                .findings(StandardRule.PERIOD_YEAR);
        assertEquals(1, f.size());
        assertEquals(Integer.toString(y - 1), f.get(0).actual().orElseThrow());
        assertTrue(f.get(0).message(Locale.ENGLISH).contains("names " + (y - 1)), () -> f.get(0).message(Locale.ENGLISH));
    }

    @Test
    void aNarrativeOfLastYearsDatesIsAWarning() {
        int y = Reports.clean(Edition.V2021).reportYear();
        assertEquals(List.of(), Reports.VALIDATOR.validate(withOverview(
                y + "年，我局认真贯彻落实条例，较" + (y - 1) + "年增长 5%。")).findings(StandardRule.NARRATIVE_YEAR));
        List<Finding> f = Reports.VALIDATOR.validate(withOverview(
                (y - 1) + " 年，我局认真贯彻落实条例。" + (y - 1) + "年共收到申请 3 件。")).findings(StandardRule.NARRATIVE_YEAR);
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("可能沿用了上一年度报告"), f.get(0)::message);
        // Numbers that only end like a year are not years: 共1{y-1}年 is no mention of {y-1}.
        assertEquals(List.of(), Reports.VALIDATOR.validate(withOverview(
                "共1" + (y - 1) + "年次，共1" + (y - 1) + "年次。")).findings(StandardRule.NARRATIVE_YEAR));
    }
}

package io.github.nianbao.validation;

import static io.github.nianbao.validation.Reports.VALIDATOR;
import static io.github.nianbao.validation.Reports.clean;
import static io.github.nianbao.validation.Reports.plus;
import static io.github.nianbao.validation.Reports.t2;
import static io.github.nianbao.validation.Reports.t3;
import static io.github.nianbao.validation.Reports.t4;
import static io.github.nianbao.validation.Reports.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** For every rule, a report that breaks exactly that rule yields exactly its findings, at exactly its cells. */
class RulesTest {

    @ParameterizedTest
    @EnumSource(Edition.class)
    void cleanReportHasNoFinding(Edition edition) {
        ValidationResult result = VALIDATOR.validate(clean(edition));
        assertTrue(result.isEmpty(), result::toString);
        assertTrue(result.isAcceptable());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void cleanPairHasNoFinding(Edition edition) {
        ValidationResult result = VALIDATOR.validate(Reports.following(edition), Reports.previous(edition));
        assertTrue(result.isEmpty(), result::toString);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void ledger(Edition e) {
        // 一 grows in 自然人 and in 总计: the rows still add up, the two columns' ledgers do not.
        AnnualReport r = plus(plus(clean(e), t3(e, ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON), 1),
                t3(e, ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL), 1);
        List<Finding> f = Expect.only(VALIDATOR.validate(r), StandardRule.T3_LEDGER, 2);
        for (int i = 0; i < 2; i++) {
            Applicant c = i == 0 ? Applicant.NATURAL_PERSON : Applicant.TOTAL;
            Expect.cells(f.get(i), t3(e, ApplicationRow.NEWLY_RECEIVED, c), t3(e, ApplicationRow.CARRIED_OVER, c),
                    t3(e, ApplicationRow.CARRIED_FORWARD, c), t3(e, ApplicationRow.TOTAL_HANDLED, c));
            assertEquals(List.of(1L, 1L, -1L, 1L), f.get(i).cells().stream().map(FindingCell::weight).toList());
        }
        // 自然人: 13 + 2 - 1 = 14, but （七）总计 is 13.
        assertEquals("14", f.get(0).expected().orElseThrow());
        assertEquals("13", f.get(0).actual().orElseThrow());
        assertTrue(f.get(0).message().contains(Section.LEDGER_NOTE), f.get(0).message());
        assertEquals(FindingCell.Role.TOTAL, f.get(0).cells().get(3).role());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void outcomes(Edition e) {
        AnnualReport r = plus(plus(clean(e), t3(e, ApplicationRow.NOT_HELD, Applicant.COMMERCIAL_ENTERPRISE), 2),
                t3(e, ApplicationRow.NOT_HELD, Applicant.TOTAL), 2);
        List<Finding> f = Expect.only(VALIDATOR.validate(r), StandardRule.T3_OUTCOMES, 2);
        Layout layout = Layout.of(Section.APPLICATIONS, e);
        for (int i = 0; i < 2; i++) {
            Applicant c = i == 0 ? Applicant.COMMERCIAL_ENTERPRISE : Applicant.TOTAL;
            List<ReportPath> paths = Expect.paths(f.get(i));
            int resultRows = e == Edition.V2019 ? 19 : 21; // R03–R20 and （六）, without （七）总计
            assertEquals(resultRows + 1, paths.size());
            assertEquals(t3(e, ApplicationRow.TOTAL_HANDLED, c).path(), paths.get(resultRows));
            assertEquals(t3(e, ApplicationRow.DISCLOSED, c).path(), paths.get(0));
            assertTrue(paths.contains(t3(e, ApplicationRow.NOT_HELD, c).path()));
            for (CatalogueEntry row : layout.rows()) {
                boolean result = row.parent().isPresent() && row != ApplicationRow.TOTAL_HANDLED;
                assertEquals(result || row == ApplicationRow.TOTAL_HANDLED, paths.contains(layout.cell(row, c).path()), row::label);
            }
        }
        assertEquals("6", f.get(0).expected().orElseThrow()); // 商业企业: 3 new + 1 carried = 4 handled, 2 more 不掌握
        assertEquals("4", f.get(0).actual().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void rowTotal(Edition e) {
        // One application moves from 予以公开 to 部分公开 in 自然人 only: the column still adds up, two rows do not.
        AnnualReport r = plus(plus(clean(e), t3(e, ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON), -1),
                t3(e, ApplicationRow.PARTIALLY_DISCLOSED, Applicant.NATURAL_PERSON), 1);
        List<Finding> f = Expect.only(VALIDATOR.validate(r), StandardRule.T3_ROW_TOTAL, 2);
        ApplicationRow[] rows = {ApplicationRow.DISCLOSED, ApplicationRow.PARTIALLY_DISCLOSED};
        for (int i = 0; i < 2; i++) {
            CellKey[] keys = new CellKey[7];
            for (Applicant a : Applicant.values()) {
                keys[a.ordinal()] = t3(e, rows[i], a);
            }
            Expect.cells(f.get(i), keys);
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void reviewTotal(Edition e) {
        AnnualReport r = plus(clean(e), t4(e, ReviewBlock.DIRECT_LITIGATION, ReviewColumn.TOTAL), 1);
        Finding f = Expect.only(VALIDATOR.validate(r), StandardRule.T4_TOTAL, 1).get(0);
        Expect.cells(f, t4(e, ReviewBlock.DIRECT_LITIGATION, ReviewColumn.UPHELD), t4(e, ReviewBlock.DIRECT_LITIGATION, ReviewColumn.CORRECTED),
                t4(e, ReviewBlock.DIRECT_LITIGATION, ReviewColumn.OTHER_OUTCOME), t4(e, ReviewBlock.DIRECT_LITIGATION, ReviewColumn.PENDING),
                t4(e, ReviewBlock.DIRECT_LITIGATION, ReviewColumn.TOTAL));
        assertEquals("1", f.expected().orElseThrow());
        assertEquals("2", f.actual().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void nonNegative(Edition e) {
        CellKey key = e == Edition.V2021 ? t2(e, DisclosureRow.PENALTIES, DisclosureColumn.DECISIONS_THIS_YEAR)
                : t2(e, DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS);
        Finding f = Expect.only(VALIDATOR.validate(with(clean(e), key, -3)), StandardRule.NON_NEGATIVE, 1).get(0);
        Expect.cells(f, key);
        assertEquals("-3", f.actual().orElseThrow());
    }

    @Test
    void negativeAmountIsNegative() {
        CellKey key = t2(Edition.V2021, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT);
        AnnualReport r = with(clean(Edition.V2021), key, Amount.of("-0.5", MoneyUnit.WAN_YUAN));
        Expect.cells(Expect.only(VALIDATOR.validate(r), StandardRule.NON_NEGATIVE, 1).get(0), key);
    }

    @Test
    void signedChangeMayBeNegative() {
        AnnualReport r = with(clean(Edition.V2019), t2(Edition.V2019, DisclosureRow.PENALTIES, DisclosureColumn.CHANGE), -10);
        assertTrue(VALIDATOR.validate(r).isEmpty());
    }

    @Test
    void items2019() {
        Edition e = Edition.V2019;
        AnnualReport r = with(clean(e), t2(e, DisclosureRow.PENALTIES, DisclosureColumn.CHANGE), -11);
        Finding f = Expect.only(VALIDATOR.validate(r), StandardRule.T2_2019_ITEMS, 1).get(0);
        Expect.cells(f, t2(e, DisclosureRow.PENALTIES, DisclosureColumn.PREVIOUS_YEAR_ITEMS), t2(e, DisclosureRow.PENALTIES, DisclosureColumn.CHANGE));
        assertEquals("≥ 0", f.expected().orElseThrow());
        assertEquals("-1", f.actual().orElseThrow());
    }

    @Test
    void published2019() {
        Edition e = Edition.V2019;
        AnnualReport r = with(clean(e), t2(e, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED), 16);
        Finding f = Expect.only(VALIDATOR.validate(r), StandardRule.T2_2019_PUBLISHED, 1).get(0);
        Expect.cells(f, t2(e, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED),
                t2(e, DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.TOTAL_PUBLISHED));
        assertEquals("≥ 16", f.expected().orElseThrow());
        assertEquals("15", f.actual().orElseThrow());
    }

    @Test
    void editionYear() {
        AnnualReport v2019 = clean(Edition.V2019);
        AnnualReport r = v2019.withMetadata(ReportMetadata.of(Reports.AGENCY, 2021, Edition.V2019));
        Finding f = Expect.only(VALIDATOR.validate(r), StandardRule.EDITION_YEAR, 1).get(0);
        assertEquals(List.of(MetadataField.EDITION.path(), MetadataField.REPORT_YEAR.path()), Expect.paths(f));
        assertEquals("V2021", f.expected().orElseThrow());
        assertEquals("V2019", f.actual().orElseThrow());
        assertTrue(f.message().contains(Edition.V2021.issuingDocument()));
    }

    @Test
    void yearRange() {
        AnnualReport late = clean(Edition.V2021).withMetadata(ReportMetadata.of(Reports.AGENCY, 2026, Edition.V2021));
        Finding f = Expect.only(VALIDATOR.validate(late), StandardRule.YEAR_RANGE, 1).get(0);
        assertEquals(List.of(MetadataField.REPORT_YEAR.path()), Expect.paths(f));
        assertEquals("2019–2025", f.expected().orElseThrow());
        AnnualReport early = clean(Edition.V2019).withMetadata(ReportMetadata.of(Reports.AGENCY, 2018, Edition.V2019));
        Expect.only(VALIDATOR.validate(early), StandardRule.YEAR_RANGE, 1);
        // The current year comes from the validator's clock.
        AnnualReport current = clean(Edition.V2021).withMetadata(ReportMetadata.of(Reports.AGENCY, 2025, Edition.V2021));
        assertTrue(VALIDATOR.validate(current).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void yearCarry(Edition e) {
        // This year's 上年结转 says 2 自然人, last year carried forward 1: 自然人 and 总计 differ.
        AnnualReport current = Reports.following(e, new long[] {2, 0, 0, 0, 1, 0});
        List<Finding> carry = Expect.only(VALIDATOR.validate(current, Reports.previous(e)), StandardRule.YEAR_CARRY, 2);
        Finding natural = carry.get(0);
        assertEquals(List.of(Period.PREVIOUS_YEAR, Period.THIS_YEAR), natural.cells().stream().map(FindingCell::period).toList());
        Expect.cells(natural, t3(e, ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON), t3(e, ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON));
        Expect.cells(carry.get(1), t3(e, ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL), t3(e, ApplicationRow.CARRIED_OVER, Applicant.TOTAL));
        assertEquals("1", natural.expected().orElseThrow());
        assertEquals("2", natural.actual().orElseThrow());
        assertTrue(natural.message().contains("上一年度报告"), natural.message());
        assertTrue(natural.message(Locale.ENGLISH).contains("previous year's report"), natural.message(Locale.ENGLISH));
    }

    @Test
    void yearCarryAcrossEditions() {
        // 2020 (V2019) to 2021 (V2021): 结转 carries across the change of format.
        AnnualReport previous = Reports.clean(Edition.V2019).withMetadata(ReportMetadata.of(Reports.AGENCY, 2020, Edition.V2019));
        AnnualReport current = Reports.following(Edition.V2021, new long[] {1, 0, 0, 0, 2, 0})
                .withMetadata(ReportMetadata.of(Reports.AGENCY, 2021, Edition.V2021));
        List<Finding> carry = Expect.only(VALIDATOR.validate(current, previous), StandardRule.YEAR_CARRY, 2);
        assertEquals(Edition.V2019, carry.get(0).cells().get(0).key().orElseThrow().edition());
        assertEquals(Edition.V2021, carry.get(0).cells().get(1).key().orElseThrow().edition());
    }

    @Test
    void items2019AcrossYears() {
        Edition e = Edition.V2019;
        AnnualReport current = with(Reports.following(e), t2(e, DisclosureRow.LICENSING, DisclosureColumn.PREVIOUS_YEAR_ITEMS), 39);
        Finding f = Expect.only(VALIDATOR.validate(current, Reports.previous(e)), StandardRule.YEAR_2019_ITEMS, 1).get(0);
        Expect.cells(f, t2(e, DisclosureRow.LICENSING, DisclosureColumn.PREVIOUS_YEAR_ITEMS), t2(e, DisclosureRow.LICENSING, DisclosureColumn.CHANGE),
                t2(e, DisclosureRow.LICENSING, DisclosureColumn.PREVIOUS_YEAR_ITEMS));
        assertEquals(List.of(Period.PREVIOUS_YEAR, Period.PREVIOUS_YEAR, Period.THIS_YEAR), f.cells().stream().map(FindingCell::period).toList());
        assertEquals("38", f.expected().orElseThrow());
        assertEquals("39", f.actual().orElseThrow());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void stock2021AfterCleanUp() {
        // REAL-WORLD: after a clean-up of old documents the stock does not follow last year's plus 制发 minus 废止.
        Edition e = Edition.V2021;
        AnnualReport current = with(Reports.following(e), t2(e, DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE), 9);
        ValidationResult result = VALIDATOR.validate(current, Reports.previous(e));
        Finding f = Expect.only(result, StandardRule.YEAR_2021_STOCK, 1).get(0);
        assertTrue(result.isAcceptable(), "a warning, not an error");
        DisclosureRow row = DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS;
        Expect.cells(f, t2(e, row, DisclosureColumn.IN_FORCE), t2(e, row, DisclosureColumn.ISSUED), t2(e, row, DisclosureColumn.REPEALED),
                t2(e, row, DisclosureColumn.IN_FORCE));
        assertEquals(List.of(1L, 1L, -1L, 1L), f.cells().stream().map(FindingCell::weight).toList());
        assertEquals("16", f.expected().orElseThrow()); // 15 + 2 - 1
        assertEquals("9", f.actual().orElseThrow());
    }

    @Test
    void previousOfAnotherAgency() {
        Edition e = Edition.V2021;
        AnnualReport other = Reports.previous(e).withMetadata(ReportMetadata.of("另一个机关", Reports.yearOf(e) - 1, e));
        // Its carry-forward would break YEAR-CARRY, but cross-year rules do not run on a mismatch.
        AnnualReport current = Reports.following(e, new long[] {5, 0, 0, 0, 1, 0});
        Finding f = Expect.only(VALIDATOR.validate(current, other), StandardRule.PREVIOUS_MISMATCH, 1).get(0);
        assertEquals(List.of(MetadataField.AGENCY.path(), MetadataField.AGENCY.path()), Expect.paths(f));
        assertEquals(List.of(Period.THIS_YEAR, Period.PREVIOUS_YEAR), f.cells().stream().map(FindingCell::period).toList());
    }

    @Test
    void previousOfAnotherYear() {
        Edition e = Edition.V2021;
        AnnualReport twoYearsAgo = Reports.previous(e).withMetadata(ReportMetadata.of(Reports.AGENCY, Reports.yearOf(e) - 2, e));
        Finding f = Expect.only(VALIDATOR.validate(Reports.following(e), twoYearsAgo), StandardRule.PREVIOUS_MISMATCH, 1).get(0);
        assertEquals(List.of(MetadataField.REPORT_YEAR.path(), MetadataField.REPORT_YEAR.path()), Expect.paths(f));
        assertEquals(Reports.AGENCY + " " + (Reports.yearOf(e) - 1), f.expected().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void blankTerm(Edition e) {
        // A blank where the number was 0: the sums still hold (blank counts as 0), the blank is reported alone.
        CellKey key = t3(e, ApplicationRow.STATE_SECRET, Applicant.NATURAL_PERSON);
        Finding f = Expect.only(VALIDATOR.validate(with(clean(e), key, Count.BLANK)), StandardRule.BLANK_CELL, 1).get(0);
        Expect.cells(f, key);
        assertEquals("BLANK-CELL.one", f.messageKey());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void blankTotal(Edition e) {
        // A blank 总计 is not assessed and not repaired: no T4-TOTAL; its table's BLANK-CELL, and a
        // BLANK-TOTAL naming the relation and the terms that hold numbers (upheld 2, corrected 1, pending 1).
        CellKey key = t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL);
        ValidationResult result = VALIDATOR.validate(with(clean(e), key, Count.BLANK));
        assertEquals(List.of(StandardRule.BLANK_CELL.id(), StandardRule.BLANK_TOTAL.id()),
                result.findings().stream().map(Finding::ruleId).toList(), result::toString);
        result.findings().forEach(Expect::messages);
        Expect.cells(result.findings().get(0), key);
        Finding f = result.findings(StandardRule.BLANK_TOTAL).get(0);
        Expect.cells(f, t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD),
                t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.CORRECTED),
                t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.PENDING), key);
        assertEquals(StandardRule.BLANK_TOTAL.defaultSeverity(), f.severity());
        assertEquals(List.of(StandardRule.T4_TOTAL.id()), f.arguments().get("rules"));
        assertTrue(f.message().contains(StandardRule.T4_TOTAL.id()));
        assertEquals("blank", f.actual().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void blankTotalWhoseTermsAddUpToZeroAgreesWithBlankAsZero(Edition e) {
        // A block of 0 outcomes with a blank total: the blank agrees with its terms, it is only a blank.
        AnnualReport report = clean(e);
        for (ReviewColumn c : ReviewColumn.values()) {
            report = with(report, t4(e, ReviewBlock.DIRECT_LITIGATION, c), c == ReviewColumn.TOTAL ? Count.BLANK : Count.of(0));
        }
        Expect.only(VALIDATOR.validate(report), StandardRule.BLANK_CELL, 1);
    }

    @Test
    void blankTermOfABrokenSumIsNamed() {
        Edition e = Edition.V2021;
        CellKey key = t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD); // was 2
        ValidationResult result = VALIDATOR.validate(with(clean(e), key, Count.BLANK));
        assertEquals(List.of(StandardRule.BLANK_CELL.id(), StandardRule.T4_TOTAL.id()),
                result.findings().stream().map(Finding::ruleId).toList());
        Finding sum = result.findings(StandardRule.T4_TOTAL).get(0);
        assertEquals("2", sum.expected().orElseThrow());
        assertTrue(sum.cells().get(0).isNotGiven());
        assertTrue(sum.message().contains("按 0 计"), sum.message());
        assertTrue(sum.message(Locale.ENGLISH).contains("not given, counted as 0: Table IV") || sum.message(Locale.ENGLISH).contains("counted as 0"),
                sum.message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void notApplicableInTables3And4(Edition e) {
        CellKey review = t4(e, ReviewBlock.LITIGATION_AFTER_REVIEW, ReviewColumn.UPHELD); // was 0
        Expect.cells(Expect.only(VALIDATOR.validate(with(clean(e), review, Count.NOT_APPLICABLE)), StandardRule.NA_CELL, 1).get(0), review);
        CellKey apps = t3(e, ApplicationRow.REPEATED, Applicant.RESEARCH_INSTITUTION);
        Expect.cells(Expect.only(VALIDATOR.validate(with(clean(e), apps, Count.NOT_APPLICABLE)), StandardRule.NA_CELL, 1).get(0), apps);
        // Table 二 may say "/" for powers an agency lacks.
        CellKey t2 = e == Edition.V2021 ? t2(e, DisclosureRow.COERCION, DisclosureColumn.DECISIONS_THIS_YEAR)
                : t2(e, DisclosureRow.COERCION, DisclosureColumn.DECISIONS);
        assertTrue(VALIDATOR.validate(with(clean(e), t2, Count.NOT_APPLICABLE)).isEmpty());
    }

    @Test
    void sectionEmpty() {
        AnnualReport r = clean(Edition.V2021).withOverview(Narrative.empty());
        Finding f = Expect.only(VALIDATOR.validate(r), StandardRule.SECTION_EMPTY, 1).get(0);
        assertEquals(List.of(ReportPath.of(Section.OVERVIEW.key())), Expect.paths(f));
        AnnualReport nothing = clean(Edition.V2021).withProblems(Narrative.of(" 无。 "));
        Finding g = Expect.only(VALIDATOR.validate(nothing), StandardRule.SECTION_EMPTY, 1).get(0);
        assertEquals(List.of(ReportPath.of(Section.PROBLEMS.key())), Expect.paths(g));
        assertEquals("SECTION-EMPTY.nothing", g.messageKey());
        // "无" is a fine answer for section 六 (in V2019, which asks nothing about fees).
        assertTrue(VALIDATOR.validate(clean(Edition.V2019).withOtherMatters(Narrative.of("无"))).isEmpty());
    }

    @Test
    void feeDisclosure() {
        AnnualReport r = clean(Edition.V2021).withOtherMatters(Narrative.of("本年度无其他需要报告的事项。"));
        Finding f = Expect.only(VALIDATOR.validate(r), StandardRule.FEE_DISCLOSURE, 1).get(0);
        assertEquals(List.of(ReportPath.of(Section.OTHER_MATTERS.key())), Expect.paths(f));
        assertEquals(Severity.INFO, f.severity());
        assertTrue(VALIDATOR.validate(r).isAcceptable());
        assertTrue(VALIDATOR.validate(clean(Edition.V2019).withOtherMatters(Narrative.of("本年度无其他需要报告的事项。"))).isEmpty());
    }

    @Test
    void feePrecision() {
        CellKey key = t2(Edition.V2021, DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT);
        AnnualReport r = with(clean(Edition.V2021), key, Amount.of("24252.3110825", MoneyUnit.WAN_YUAN));
        Finding f = Expect.only(VALIDATOR.validate(r), StandardRule.FEE_PRECISION, 1).get(0);
        Expect.cells(f, key);
        assertEquals(7, f.arguments().get("decimals"));
        // Six decimals, as seen in real reports, and trailing zeros are fine.
        assertTrue(VALIDATOR.validate(with(clean(Edition.V2021), key, Amount.of("24252.311082", MoneyUnit.WAN_YUAN))).isEmpty());
        assertTrue(VALIDATOR.validate(with(clean(Edition.V2021), key, Amount.of("24252.3110820", MoneyUnit.WAN_YUAN))).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void overflowIsAFinding(Edition e) {
        AnnualReport r = with(with(clean(e), t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD), Long.MAX_VALUE),
                t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.TOTAL), Long.MAX_VALUE);
        Finding f = Expect.only(VALIDATOR.validate(r), StandardRule.SUM_OVERFLOW, 1).get(0);
        assertEquals(5, f.cells().size());
        assertEquals(StandardRule.T4_TOTAL.id(), f.arguments().get("rule"));
        assertTrue(f.expected().isEmpty());
    }

    @Test
    void hybridIsCheckedInItsOwnForm() {
        // A V2021 report with V2019's table 三: the V2019 relations apply to it.
        AnnualReport hybrid = clean(Edition.V2021).withApplications(Reports.applications(Edition.V2019,
                new long[] {12, 3, 1, 0, 2, 1}, new long[] {2, 1, 0, 0, 0, 0}, new long[] {1, 0, 0, 0, 1, 0}));
        assertTrue(hybrid.isHybrid());
        assertTrue(VALIDATOR.validate(hybrid).isEmpty());
        AnnualReport broken = plus(hybrid, t3(Edition.V2019, ApplicationRow.OTHER_PROCESSING, Applicant.TOTAL), 1);
        assertEquals(List.of(StandardRule.T3_OUTCOMES.id(), StandardRule.T3_ROW_TOTAL.id()),
                VALIDATOR.validate(broken).findings().stream().map(Finding::ruleId).toList());
    }
}

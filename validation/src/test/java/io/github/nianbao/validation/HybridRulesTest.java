package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.table.ApplicationTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom sum rules written against V2021 keys check a hybrid's V2019-form table 三 wherever it has their cells. */
class HybridRulesTest {

    private static final Layout V2021 = Layout.of(Section.APPLICATIONS, Edition.V2021);

    private static AnnualReport hybrid(long newly, long disclosed) {
        return AnnualReport.builder()
                .metadata(ReportMetadata.of("淮安市洪泽区人民政府", 2023, Edition.V2021))
                .applications(ApplicationTable.builder(Edition.V2019).allZero()
                        .set(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON, newly)
                        .set(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON, disclosed).build())
                .build();
    }

    // A provincial rule: what is disclosed cannot exceed what was received and carried over.
    private static SumRule.Builder disclosedAtMostReceived() {
        return SumRule.builder("PROV-DISCLOSED").term(V2021.cell(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON))
                .term(V2021.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON), -1)
                .term(V2021.cell(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON), -1)
                .relation(SumRule.Relation.AT_MOST);
    }

    @Test
    void aV2021RuleChecksAHybridWhereTheCellsExist() {
        SumRule rule = disclosedAtMostReceived().build();
        assertFalse(rule.isExactForms());
        ReportValidator validator = ReportValidator.builder().addRule(rule).build();
        ValidationResult broken = validator.validate(hybrid(2, 5));
        List<Finding> f = broken.findings("PROV-DISCLOSED");
        assertEquals(1, f.size(), broken::toString);
        // the finding points at the hybrid's own cells (V2019 form), at the same JSON Pointers
        FindingCell first = f.get(0).cells().get(0);
        assertEquals(Edition.V2019, first.key().orElseThrow().edition());
        assertEquals(V2021.cell(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON).path(), first.path());
        assertTrue(validator.validate(hybrid(5, 2)).findings("PROV-DISCLOSED").isEmpty());
        assertTrue(rule.involves(Period.THIS_YEAR,
                Layout.of(Section.APPLICATIONS, Edition.V2019).cell(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON)));
    }

    @Test
    void aRuleOnARowTheHybridLacksOrBoundToItsFormsDoesNotApply() {
        AnnualReport hybrid = hybrid(2, 5);
        ValidationContext context = new ValidationContext(hybrid, null, 2025);
        assertFalse(disclosedAtMostReceived().exactForms().build().appliesTo(context));
        SumRule v2021Row = SumRule.builder("PROV-R21").term(V2021.cell(ApplicationRow.NO_CORRECTION, Applicant.TOTAL))
                .relation(SumRule.Relation.AT_LEAST).build();
        assertFalse(v2021Row.appliesTo(context), "1.申请人无正当理由逾期不补正… is not a row of the V2019 form");
        assertTrue(disclosedAtMostReceived().build().appliesTo(context));
    }

    @Test
    void standardRulesDoNotRunTwiceOnAHybrid() {
        // 一 and （一） of 自然人 hold numbers, every total is 0: each relation broken once, as on any report.
        AnnualReport r = hybrid(3, 2);
        ValidationResult result = ReportValidator.builder().clock(Reports.CLOCK).build().validate(r);
        assertEquals(2, result.findings(StandardRule.T3_ROW_TOTAL).size(), result::toString);
        assertEquals(1, result.findings(StandardRule.T3_LEDGER).size(), result::toString);
        assertEquals(1, result.findings(StandardRule.T3_OUTCOMES).size(), result::toString);
    }
}

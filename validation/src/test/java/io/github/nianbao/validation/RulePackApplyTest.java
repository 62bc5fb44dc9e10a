package io.github.nianbao.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.validation.pack.RulePack;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16 §4: the provincial example pack in docs/ (stricter deadline, raised severities, a relation of its own). */
class RulePackApplyTest {

    private static final Path EXAMPLE = Path.of("../docs/rule-packs/provincial-example.json");

    @Test
    void theProvincialExamplePackLoadsAndApplies() {
        RulePack pack = RulePack.read(EXAMPLE);
        ReportValidator v = ReportValidator.builder().clock(Reports.CLOCK).rulePack(pack).build();
        AnnualReport clean = Reports.clean(Edition.V2021);
        int next = clean.reportYear() + 1;
        AnnualReport department = clean.withMetadata(clean.metadata().withAgency("某某市财政局")
                .withPublicationDate(LocalDate.of(next, 1, 25)));
        assertEquals(List.of(), Reports.VALIDATOR.validate(department).findings(StandardRule.DEADLINE), "in time by the statute");
        assertEquals(1, v.validate(department).findings(StandardRule.DEADLINE).size(), "late by the province's earlier date");

        // A severity raised: an empty section 五 returns the report under the pack.
        AnnualReport empty = clean.withProblems(Narrative.empty());
        assertEquals(Decision.ACCEPT_WITH_WARNINGS, Reports.VALIDATOR.validate(empty).decision());
        assertEquals(Decision.RETURN, v.validate(empty).decision());

        // The pack's own relation, with its message and hint in both languages.
        AnnualReport tooMany = Reports.plus(Reports.plus(clean, Reports.t3(Edition.V2021, ApplicationRow.DISCLOSED, Applicant.TOTAL), 500),
                Reports.t3(Edition.V2021, ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON), 500);
        List<Finding> own = v.validate(tooMany).findings("EX-DISCLOSED-WITHIN-RECEIVED");
        assertEquals(1, own.size(), v.validate(tooMany)::toString);
        assertEquals(Severity.WARNING, own.get(0).severity());
        assertTrue(own.get(0).message().contains("予以公开的件数多于") && own.get(0).message().contains("请核对表三"), own.get(0)::message);
        assertTrue(own.get(0).message(Locale.ENGLISH).contains("Check the total column"), () -> own.get(0).message(Locale.ENGLISH));
        assertEquals(List.of(), Reports.VALIDATOR.validate(tooMany).findings("EX-DISCLOSED-WITHIN-RECEIVED"));
    }

    @Test
    void theNationalPackGivesTheStandardValidator() {
        ReportValidator fromFile = ReportValidator.builder().clock(Reports.CLOCK).rulePack(RulePack.national()).build();
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < 300; i++) {
            AnnualReport r = Reports.random(random, i % 2 == 0 ? Edition.V2019 : Edition.V2021);
            r = Reports.plus(r, Reports.t3(r.applications().edition(), ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON), i % 3);
            assertEquals(Reports.VALIDATOR.validate(r).findings(), fromFile.validate(r).findings());
        }
    }
}

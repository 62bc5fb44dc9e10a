package io.github.nianbao.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ReportValidator;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** @ConsistentReport through a real Hibernate Validator bootstrap, no Expression Language on the class path. */
class BeanValidationTest {

    private static final Edition E = Edition.V2021;
    private static final String AGENCY = "某某市某某区人民政府办公室";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC);

    /** A clean V2021 report except table 四: 行政复议 10·1·0·0 with 总计 0, 复议后起诉 5·0·0·0 with 总计 0. */
    static AnnualReport report(String agency) {
        return AnnualReport.builder()
                .metadata(ReportMetadata.of(agency, 2023, E))
                .overview(Narrative.of("本年度工作平稳有序。"))
                .problems(Narrative.of("问题与改进。"))
                .otherMatters(Narrative.of("本年度未收取信息处理费。"))
                .proactiveDisclosure(ProactiveDisclosure.zeros(E))
                .applications(ApplicationTable.zeros(E))
                .reviewLitigation(ReviewLitigationTable.of(E, 10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0))
                .build();
    }

    static Validator validator(Locale locale, Severity minimum) {
        HibernateValidatorConfiguration configuration = ConsistentReports.addTo(Validation.byProvider(HibernateValidator.class).configure(), minimum)
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH), locale, false))
                .constraintValidatorPayload(ReportValidator.builder().clock(CLOCK).build());
        return configuration.buildValidatorFactory().getValidator();
    }

    static List<ConstraintViolation<AnnualReport>> sorted(Set<ConstraintViolation<AnnualReport>> violations) {
        return violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
    }

    @Test
    void noExpressionLanguageOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
    }

    @Test
    void oneViolationPerErrorInChinese() {
        List<ConstraintViolation<AnnualReport>> v = sorted(validator(Locale.SIMPLIFIED_CHINESE, Severity.ERROR).validate(report(AGENCY)));
        assertEquals(List.of("reviewLitigation.administrativeReview.total", "reviewLitigation.litigationAfterReview.total"),
                v.stream().map(x -> x.getPropertyPath().toString()).toList());
        String message = v.get(0).getMessage();
        assertTrue(message.startsWith(AGENCY + "2023 年度报告 [T4-TOTAL]：本栏各项结果之和为 11，与 "), message);
        assertTrue(message.contains(ReviewBlock.ADMINISTRATIVE_REVIEW.label()), message);
        assertEquals("{io.github.nianbao.validation.rule.T4-TOTAL}", v.get(0).getMessageTemplate());
        Finding finding = ((HibernateConstraintViolation<?>) v.get(0).unwrap(HibernateConstraintViolation.class)).getDynamicPayload(Finding.class);
        assertEquals("11", finding.expected().orElseThrow());
        Finding second = ((HibernateConstraintViolation<?>) v.get(1).unwrap(HibernateConstraintViolation.class)).getDynamicPayload(Finding.class);
        assertEquals("5", second.expected().orElseThrow());
        assertTrue(v.get(1).getMessage().contains("本栏各项结果之和为 5，"), v.get(1).getMessage());
    }

    @Test
    void oneViolationPerErrorInEnglish() {
        List<ConstraintViolation<AnnualReport>> v = sorted(validator(Locale.ENGLISH, Severity.ERROR).validate(report(AGENCY)));
        assertEquals(2, v.size());
        String message = v.get(0).getMessage();
        assertTrue(message.startsWith(AGENCY + ", report for 2023 [T4-TOTAL]: Table IV: the outcomes of this block add up to 11, not to "), message);
        assertTrue(message.contains(ReviewBlock.ADMINISTRATIVE_REVIEW.englishLabel()), message);
    }

    @Test
    void defaultLocaleDoesNotLeakIntoChinese() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            String message = sorted(validator(Locale.SIMPLIFIED_CHINESE, Severity.ERROR).validate(report(AGENCY))).get(0).getMessage();
            assertTrue(message.contains("本栏各项结果之和为 11"), message);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void consistentReportHasNoViolation() {
        AnnualReport clean = report(AGENCY).withReviewLitigation(ReviewLitigationTable.zeros(E));
        assertTrue(validator(Locale.SIMPLIFIED_CHINESE, Severity.ERROR).validate(clean).isEmpty());
    }

    @Test
    void minimumSeverity() {
        AnnualReport blank = report(AGENCY).withReviewLitigation(ReviewLitigationTable.zeros(E)
                .withCell(ReviewBlock.DIRECT_LITIGATION, ReviewColumn.PENDING, Count.BLANK));
        assertTrue(validator(Locale.SIMPLIFIED_CHINESE, Severity.ERROR).validate(blank).isEmpty());
        List<ConstraintViolation<AnnualReport>> v = sorted(validator(Locale.ENGLISH, Severity.WARNING).validate(blank));
        assertEquals(List.of("reviewLitigation.directLitigation.pending"), v.stream().map(x -> x.getPropertyPath().toString()).toList());
        assertTrue(v.get(0).getMessage().contains("[BLANK-CELL]"), v.get(0).getMessage());
    }

    @Test
    void userTextIsNeverInterpolated() {
        String agency = "${1+1}{x}#{''}{rule}{detail}{io.github.nianbao.validation.constraints.ConsistentReport.message}\\{y\\}$";
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            List<ConstraintViolation<AnnualReport>> v = sorted(validator(locale, Severity.ERROR).validate(report(agency)));
            assertEquals(2, v.size());
            for (ConstraintViolation<AnnualReport> violation : v) {
                assertTrue(violation.getMessage().startsWith(agency), locale + ": " + violation.getMessage());
            }
        }
    }

    @Test
    void narrativeTextIsNeverInterpolated() {
        String text = "${1+1}{x}#{''}{rule}";
        AnnualReport r = report(AGENCY).withReviewLitigation(ReviewLitigationTable.zeros(E)).withProblems(Narrative.of("无"))
                .withOtherMatters(Narrative.of(text));
        List<ConstraintViolation<AnnualReport>> v = sorted(validator(Locale.SIMPLIFIED_CHINESE, Severity.INFO).validate(r));
        assertEquals(List.of("otherMatters", "problems"), v.stream().map(x -> x.getPropertyPath().toString()).toList());
        assertTrue(v.get(0).getMessage().contains(Section.OTHER_MATTERS.label()), v.get(0).getMessage());
    }

    @Test
    void xmlMappingWithTheDefaultProvider() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure()
                .addMapping(ConsistentReports.xmlMapping())
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false));
        Validator validator = configuration.buildValidatorFactory().getValidator();
        List<ConstraintViolation<AnnualReport>> v = sorted(validator.validate(report(AGENCY)));
        assertEquals(2, v.size());
        assertEquals("reviewLitigation.administrativeReview.total", v.get(0).getPropertyPath().toString());
        assertTrue(v.get(0).getMessage().contains("[T4-TOTAL]"), v.get(0).getMessage());
    }

    /** An application's own class with a report field. */
    static final class Submission {
        @ConsistentReport
        final AnnualReport report;

        Submission(AnnualReport report) {
            this.report = report;
        }
    }

    @Test
    void annotatedField() {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE, false))
                .buildValidatorFactory().getValidator();
        List<String> paths = validator.validate(new Submission(report(AGENCY))).stream()
                .map(x -> x.getPropertyPath().toString()).sorted().toList();
        assertEquals(List.of("report.reviewLitigation.administrativeReview.total", "report.reviewLitigation.litigationAfterReview.total"), paths);
    }
}

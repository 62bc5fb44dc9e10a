package io.github.nianbao.validation.constraints;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.StandardRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link ConsistentReport}: runs the report through a {@link ReportValidator} and reports
 * each finding at or above the constraint's severity as one violation. Bean Validation creates and
 * calls it; applications do not.
 *
 * <p>With Hibernate Validator each violation's template is the rule's key in
 * {@code ContributorValidationMessages}, with these message parameters: {@code rule},
 * {@code severity}, {@code agency}, {@code year}, {@code pointer} (the cell's JSON Pointer),
 * {@code cell} and {@code cellEn} (its labels), {@code detail} and {@code detailEn} (the finding's
 * message in Chinese and English), {@code expected} and {@code actual}. The finding itself is the
 * violation's dynamic payload. With other providers the template is the finding's Chinese message,
 * escaped.
 */
public class ConsistentReportValidator implements ConstraintValidator<ConsistentReport, AnnualReport> {

    /** The prefix of the per-rule message keys. */
    public static final String RULE_KEY_PREFIX = "io.github.nianbao.validation.rule.";

    /** The message key for findings of custom rules. */
    public static final String CUSTOM_RULE_KEY = "io.github.nianbao.validation.rule.custom";

    private Severity minimum = Severity.ERROR;

    /** Creates the validator; Bean Validation calls this. */
    public ConsistentReportValidator() {
    }

    @Override
    public void initialize(ConsistentReport constraint) {
        this.minimum = constraint.minimumSeverity();
    }

    @Override
    public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = hibernate(context);
        ReportValidator validator = null;
        if (hibernate != null) {
            validator = hibernate.getConstraintValidatorPayload(ReportValidator.class);
        }
        if (validator == null) {
            validator = ReportValidator.standard();
        }
        List<Finding> findings = validator.validate(report).atLeast(minimum);
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Finding finding : findings) {
            String template;
            if (hibernate != null) {
                template = "{" + (StandardRule.ofId(finding.ruleId()).isPresent() ? RULE_KEY_PREFIX + finding.ruleId() : CUSTOM_RULE_KEY) + "}";
                parameters(hibernate, report, finding);
            } else {
                template = escape(finding.message());
            }
            addViolation(context, template, finding);
        }
        return false;
    }

    private static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
        try {
            return context.unwrap(HibernateConstraintValidatorContext.class);
        } catch (ValidationException | LinkageError notHibernate) {
            return null;
        }
    }

    // Values are set for each violation just before it is added; Hibernate Validator copies them
    // into the violation then.
    private static void parameters(HibernateConstraintValidatorContext context, AnnualReport report, Finding finding) {
        FindingCell cell = finding.primaryCell().orElse(null);
        context.withDynamicPayload(finding)
                .addMessageParameter("rule", finding.ruleId())
                .addMessageParameter("severity", finding.severity().name())
                .addMessageParameter("agency", report.agency())
                .addMessageParameter("year", Integer.toString(report.reportYear()))
                .addMessageParameter("pointer", cell == null ? "" : cell.path().toJsonPointer())
                .addMessageParameter("cell", cell == null ? "" : cell.label(MessageLanguage.DEFAULT_LOCALE))
                .addMessageParameter("cellEn", cell == null ? "" : cell.label(Locale.ENGLISH))
                .addMessageParameter("detail", finding.message(MessageLanguage.DEFAULT_LOCALE))
                .addMessageParameter("detailEn", finding.message(Locale.ENGLISH))
                .addMessageParameter("expected", finding.expected().orElse(""))
                .addMessageParameter("actual", finding.actual().orElse(""));
    }

    private static void addViolation(ConstraintValidatorContext context, String template, Finding finding) {
        ConstraintValidatorContext.ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
        List<String> segments = finding.primaryCell().map(c -> c.path().segments()).orElse(List.of());
        if (segments.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
                builder.addPropertyNode(segments.get(0));
        for (int i = 1; i < segments.size(); i++) {
            node = node.addPropertyNode(segments.get(i));
        }
        node.addConstraintViolation();
    }

    /** Escapes the characters Bean Validation message templates give meaning to. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$' || c == '#') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

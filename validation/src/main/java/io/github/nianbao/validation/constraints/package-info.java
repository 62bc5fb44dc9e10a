/**
 * Bean Validation for reports: the class-level constraint {@link
 * io.github.nianbao.validation.constraints.ConsistentReport}, which turns each finding of a
 * {@link io.github.nianbao.validation.ReportValidator} into one {@code ConstraintViolation} whose
 * property path leads to the cell.
 *
 * <p>{@code AnnualReport} lives in the core module, which does not depend on Bean Validation, so the
 * constraint is declared for it by mapping rather than by annotation. With Hibernate Validator:
 *
 * <pre>{@code
 * Validator validator = ConsistentReports.addTo(Validation.byProvider(HibernateValidator.class).configure())
 *         .messageInterpolator(new ParameterMessageInterpolator())
 *         .buildValidatorFactory()
 *         .getValidator();
 * Set<ConstraintViolation<AnnualReport>> violations = validator.validate(report);
 * }</pre>
 *
 * <p>With any provider, add the XML mapping {@link
 * io.github.nianbao.validation.constraints.ConsistentReports#XML_MAPPING} (to {@code validation.xml}
 * as a {@code constraint-mapping}, or through {@code Configuration.addMapping(ConsistentReports.xmlMapping())}).
 * The constraint can also annotate fields, getters and parameters of type {@code AnnualReport} in an
 * application's own classes.
 *
 * <p>Messages come from {@code ContributorValidationMessages.properties} (Chinese) and
 * {@code ContributorValidationMessages_en.properties}, one key per rule
 * ({@code io.github.nianbao.validation.rule.<id>}), which an application may override in its own
 * {@code ValidationMessages.properties}. They need no Expression Language. Text from the report is
 * passed as message parameters and never read as a template.
 */
package io.github.nianbao.validation.constraints;

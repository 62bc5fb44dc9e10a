package io.github.nianbao.benchmarks.bean;

import io.github.nianbao.core.catalogue.Applicant;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One row of table 三 as a plain bean: a {@code Long} per column, {@code null} when the report
 * gave no number. Every cell must be given and at least 0.
 */
@RowTotal
public class ApplicantRowBean {

    /** The number of columns, 总计 included. */
    static final int COLUMNS = Applicant.values().length;
    /** The number of applicant columns, before 总计. */
    static final int APPLICANTS = Applicant.TOTAL.ordinal();
    private static final Applicant[] APPLICANT = Applicant.values();

    /** Column {@code naturalPerson}. */
    @NotNull
    @Min(0)
    public Long naturalPerson;

    /** Column {@code commercialEnterprise}. */
    @NotNull
    @Min(0)
    public Long commercialEnterprise;

    /** Column {@code researchInstitution}. */
    @NotNull
    @Min(0)
    public Long researchInstitution;

    /** Column {@code publicInterestOrganization}. */
    @NotNull
    @Min(0)
    public Long publicInterestOrganization;

    /** Column {@code legalServiceAgency}. */
    @NotNull
    @Min(0)
    public Long legalServiceAgency;

    /** Column {@code otherOrganization}. */
    @NotNull
    @Min(0)
    public Long otherOrganization;

    /** Column {@code total}. */
    @NotNull
    @Min(0)
    public Long total;

    /** Creates an empty row. */
    public ApplicantRowBean() {
    }

    /**
     * Returns a column by position.
     *
     * @param c the column, from 0; {@code 6} is 总计
     * @return the cell
     */
    public Long column(int c) {
        return switch (c) {
            case 0 -> naturalPerson;
            case 1 -> commercialEnterprise;
            case 2 -> researchInstitution;
            case 3 -> publicInterestOrganization;
            case 4 -> legalServiceAgency;
            case 5 -> otherOrganization;
            case 6 -> total;
            default -> throw new IndexOutOfBoundsException(c);
        };
    }

    static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    // One violation per broken column, at that column's property.
    static boolean violation(ConstraintValidatorContext context, boolean first, int column) {
        if (first) {
            context.disableDefaultConstraintViolation();
        }
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(APPLICANT[column].key())
                .addConstraintViolation();
        return false;
    }
}

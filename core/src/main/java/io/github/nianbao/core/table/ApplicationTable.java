package io.github.nianbao.core.table;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;

/**
 * Table 三, 收到和处理政府信息公开申请情况: applications received and handled, per applicant.
 * V2019's form has 23 rows, V2021's 25 (see {@link ApplicationRow}). A V2021 report may carry the
 * V2019 form (the hybrid seen in practice).
 */
public final class ApplicationTable extends Table {

    ApplicationTable(Layout layout, Cell[] cells) {
        super(layout, cells);
    }

    /**
     * Starts a table in {@code form}'s layout, every cell blank.
     *
     * @param form the edition whose rows the table has
     * @return the builder
     */
    public static TableBuilder<ApplicationTable, ApplicationRow, Applicant> builder(Edition form) {
        return new TableBuilder<>(Layout.of(Section.APPLICATIONS, form));
    }

    /**
     * Returns a table of zeros.
     *
     * @param form the edition whose rows the table has
     * @return the table
     */
    public static ApplicationTable zeros(Edition form) {
        return builder(form).allZero().build();
    }

    /**
     * Returns a table of blanks: what a report holds before anything is known.
     *
     * @param form the edition whose rows the table has
     * @return the table
     */
    public static ApplicationTable blank(Edition form) {
        return builder(form).build();
    }

    /**
     * Returns a table from its numbers: one array of seven per row, in printed order.
     *
     * @param form the edition whose rows the table has
     * @param values 23 (V2019) or 25 (V2021) rows of 7
     * @return the table
     */
    public static ApplicationTable of(Edition form, long[][] values) {
        return builder(form).values(values).build();
    }

    /** {@return a builder holding this table's cells} */
    public TableBuilder<ApplicationTable, ApplicationRow, Applicant> toBuilder() {
        return new TableBuilder<>(this);
    }

    /**
     * Returns one cell.
     *
     * @param row the row
     * @param applicant the column
     * @return the count
     * @throws IllegalArgumentException if this form lacks the row
     */
    public Count cell(ApplicationRow row, Applicant applicant) {
        return (Count) cell(key(row, applicant));
    }

    /**
     * Returns one row.
     *
     * @param row the row
     * @return the row's counts
     * @throws IllegalArgumentException if this form lacks the row
     */
    public ApplicantCounts row(ApplicationRow row) {
        return new ApplicantCounts(this, row, key(row, Applicant.NATURAL_PERSON).index());
    }

    /**
     * Tells whether this form has a row.
     *
     * @param row the row
     * @return whether the row exists in this form
     */
    public boolean hasRow(ApplicationRow row) {
        return !layout().row(row).isEmpty();
    }

    /**
     * Returns a copy with one cell replaced.
     *
     * @param row the row
     * @param applicant the column
     * @param value the new count
     * @return the copy
     */
    public ApplicationTable withCell(ApplicationRow row, Applicant applicant, Count value) {
        return withCell(key(row, applicant), value);
    }

    @Override
    public ApplicationTable withCell(CellKey key, Cell value) {
        return (ApplicationTable) super.withCell(key, value);
    }

    /** {@return R01 一、本年新收政府信息公开申请数量} */
    public ApplicantCounts newlyReceived() {
        return row(ApplicationRow.NEWLY_RECEIVED);
    }

    /** {@return R02 二、上年结转政府信息公开申请数量} */
    public ApplicantCounts carriedOver() {
        return row(ApplicationRow.CARRIED_OVER);
    }

    /** {@return R03 （一）予以公开} */
    public ApplicantCounts disclosed() {
        return row(ApplicationRow.DISCLOSED);
    }

    /** {@return R04 （二）部分公开} */
    public ApplicantCounts partiallyDisclosed() {
        return row(ApplicationRow.PARTIALLY_DISCLOSED);
    }

    /** {@return row R05 ({@link ApplicationRow#STATE_SECRET})} */
    public ApplicantCounts stateSecret() {
        return row(ApplicationRow.STATE_SECRET);
    }

    /** {@return row R06 ({@link ApplicationRow#PROHIBITED_BY_LAW})} */
    public ApplicantCounts prohibitedByLaw() {
        return row(ApplicationRow.PROHIBITED_BY_LAW);
    }

    /** {@return row R07 ({@link ApplicationRow#SECURITY_OR_STABILITY})} */
    public ApplicantCounts securityOrStability() {
        return row(ApplicationRow.SECURITY_OR_STABILITY);
    }

    /** {@return row R08 ({@link ApplicationRow#THIRD_PARTY_RIGHTS})} */
    public ApplicantCounts thirdPartyRights() {
        return row(ApplicationRow.THIRD_PARTY_RIGHTS);
    }

    /** {@return row R09 ({@link ApplicationRow#INTERNAL_AFFAIRS})} */
    public ApplicantCounts internalAffairs() {
        return row(ApplicationRow.INTERNAL_AFFAIRS);
    }

    /** {@return row R10 ({@link ApplicationRow#PROCESS_INFORMATION})} */
    public ApplicantCounts processInformation() {
        return row(ApplicationRow.PROCESS_INFORMATION);
    }

    /** {@return row R11 ({@link ApplicationRow#ENFORCEMENT_FILES})} */
    public ApplicantCounts enforcementFiles() {
        return row(ApplicationRow.ENFORCEMENT_FILES);
    }

    /** {@return row R12 ({@link ApplicationRow#INQUIRY_MATTERS})} */
    public ApplicantCounts inquiryMatters() {
        return row(ApplicationRow.INQUIRY_MATTERS);
    }

    /** {@return row R13 ({@link ApplicationRow#NOT_HELD})} */
    public ApplicantCounts notHeld() {
        return row(ApplicationRow.NOT_HELD);
    }

    /** {@return row R14 ({@link ApplicationRow#REQUIRES_CREATION})} */
    public ApplicantCounts requiresCreation() {
        return row(ApplicationRow.REQUIRES_CREATION);
    }

    /** {@return row R15 ({@link ApplicationRow#UNCLEAR_AFTER_CORRECTION})} */
    public ApplicantCounts unclearAfterCorrection() {
        return row(ApplicationRow.UNCLEAR_AFTER_CORRECTION);
    }

    /** {@return row R16 ({@link ApplicationRow#PETITIONS_AND_COMPLAINTS})} */
    public ApplicantCounts petitionsAndComplaints() {
        return row(ApplicationRow.PETITIONS_AND_COMPLAINTS);
    }

    /** {@return row R17 ({@link ApplicationRow#REPEATED})} */
    public ApplicantCounts repeated() {
        return row(ApplicationRow.REPEATED);
    }

    /** {@return row R18 ({@link ApplicationRow#PUBLICATIONS})} */
    public ApplicantCounts publications() {
        return row(ApplicationRow.PUBLICATIONS);
    }

    /** {@return row R19 ({@link ApplicationRow#MASS_REPEATED})} */
    public ApplicantCounts massRepeated() {
        return row(ApplicationRow.MASS_REPEATED);
    }

    /** {@return row R20 ({@link ApplicationRow#CONFIRMATION_OR_REISSUE})} */
    public ApplicantCounts confirmationOrReissue() {
        return row(ApplicationRow.CONFIRMATION_OR_REISSUE);
    }

    /** {@return row R21′ ({@link ApplicationRow#OTHER_PROCESSING}), V2019 form only} */
    public ApplicantCounts otherProcessing() {
        return row(ApplicationRow.OTHER_PROCESSING);
    }

    /** {@return row R21 ({@link ApplicationRow#NO_CORRECTION}), V2021 form only} */
    public ApplicantCounts noCorrection() {
        return row(ApplicationRow.NO_CORRECTION);
    }

    /** {@return row R22 ({@link ApplicationRow#FEE_UNPAID}), V2021 form only} */
    public ApplicantCounts feeUnpaid() {
        return row(ApplicationRow.FEE_UNPAID);
    }

    /** {@return row R23 ({@link ApplicationRow#OTHER_REASONS}), V2021 form only} */
    public ApplicantCounts otherReasons() {
        return row(ApplicationRow.OTHER_REASONS);
    }

    /** {@return R24 （七）总计} */
    public ApplicantCounts totalHandled() {
        return row(ApplicationRow.TOTAL_HANDLED);
    }

    /** {@return R25 四、结转下年度继续办理} */
    public ApplicantCounts carriedForward() {
        return row(ApplicationRow.CARRIED_FORWARD);
    }
}

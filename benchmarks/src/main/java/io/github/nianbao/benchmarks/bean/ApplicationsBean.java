package io.github.nianbao.benchmarks.bean;

import jakarta.validation.Valid;

/**
 * Table 三 as a plain bean: one field per row of both forms (the rows a form lacks stay
 * {@code null}), with the column relations as class-level constraints.
 */
@Ledger
@Outcomes
public class ApplicationsBean {

    /** Row {@code newlyReceived}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean newlyReceived;

    /** Row {@code carriedOver}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean carriedOver;

    /** Row {@code disclosed}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean disclosed;

    /** Row {@code partiallyDisclosed}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean partiallyDisclosed;

    /** Row {@code stateSecret}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean stateSecret;

    /** Row {@code prohibitedByLaw}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean prohibitedByLaw;

    /** Row {@code securityOrStability}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean securityOrStability;

    /** Row {@code thirdPartyRights}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean thirdPartyRights;

    /** Row {@code internalAffairs}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean internalAffairs;

    /** Row {@code processInformation}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean processInformation;

    /** Row {@code enforcementFiles}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean enforcementFiles;

    /** Row {@code inquiryMatters}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean inquiryMatters;

    /** Row {@code notHeld}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean notHeld;

    /** Row {@code requiresCreation}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean requiresCreation;

    /** Row {@code unclearAfterCorrection}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean unclearAfterCorrection;

    /** Row {@code petitionsAndComplaints}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean petitionsAndComplaints;

    /** Row {@code repeated}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean repeated;

    /** Row {@code publications}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean publications;

    /** Row {@code massRepeated}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean massRepeated;

    /** Row {@code confirmationOrReissue}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean confirmationOrReissue;

    /** Row {@code otherProcessing}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean otherProcessing;

    /** Row {@code noCorrection}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean noCorrection;

    /** Row {@code feeUnpaid}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean feeUnpaid;

    /** Row {@code otherReasons}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean otherReasons;

    /** Row {@code totalHandled}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean totalHandled;

    /** Row {@code carriedForward}; {@code null} when the form lacks it. */
    @Valid
    public ApplicantRowBean carriedForward;

    /** Creates an empty table. */
    public ApplicationsBean() {
    }

    /** {@return the result rows （一） to （六） of both forms, {@code null} for those this form lacks} */
    public ApplicantRowBean[] resultRows() {
        return new ApplicantRowBean[] {disclosed, partiallyDisclosed, stateSecret, prohibitedByLaw, securityOrStability, thirdPartyRights, internalAffairs, processInformation, enforcementFiles, inquiryMatters, notHeld, requiresCreation, unclearAfterCorrection, petitionsAndComplaints, repeated, publications, massRepeated, confirmationOrReissue, otherProcessing, noCorrection, feeUnpaid, otherReasons};
    }
}

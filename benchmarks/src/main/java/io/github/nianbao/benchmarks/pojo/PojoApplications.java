package io.github.nianbao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Table 三 as plain databind maps it: one field per row of both forms; the rows a form lacks are
 * {@code null} and left out when written.
 */
@JsonPropertyOrder({"newlyReceived", "carriedOver", "disclosed", "partiallyDisclosed", "stateSecret", "prohibitedByLaw", "securityOrStability", "thirdPartyRights", "internalAffairs", "processInformation", "enforcementFiles", "inquiryMatters", "notHeld", "requiresCreation", "unclearAfterCorrection", "petitionsAndComplaints", "repeated", "publications", "massRepeated", "confirmationOrReissue", "otherProcessing", "noCorrection", "feeUnpaid", "otherReasons", "totalHandled", "carriedForward"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PojoApplications {

    /** Row {@code newlyReceived}. */
    public Applicants newlyReceived;
    /** Row {@code carriedOver}. */
    public Applicants carriedOver;
    /** Row {@code disclosed}. */
    public Applicants disclosed;
    /** Row {@code partiallyDisclosed}. */
    public Applicants partiallyDisclosed;
    /** Row {@code stateSecret}. */
    public Applicants stateSecret;
    /** Row {@code prohibitedByLaw}. */
    public Applicants prohibitedByLaw;
    /** Row {@code securityOrStability}. */
    public Applicants securityOrStability;
    /** Row {@code thirdPartyRights}. */
    public Applicants thirdPartyRights;
    /** Row {@code internalAffairs}. */
    public Applicants internalAffairs;
    /** Row {@code processInformation}. */
    public Applicants processInformation;
    /** Row {@code enforcementFiles}. */
    public Applicants enforcementFiles;
    /** Row {@code inquiryMatters}. */
    public Applicants inquiryMatters;
    /** Row {@code notHeld}. */
    public Applicants notHeld;
    /** Row {@code requiresCreation}. */
    public Applicants requiresCreation;
    /** Row {@code unclearAfterCorrection}. */
    public Applicants unclearAfterCorrection;
    /** Row {@code petitionsAndComplaints}. */
    public Applicants petitionsAndComplaints;
    /** Row {@code repeated}. */
    public Applicants repeated;
    /** Row {@code publications}. */
    public Applicants publications;
    /** Row {@code massRepeated}. */
    public Applicants massRepeated;
    /** Row {@code confirmationOrReissue}. */
    public Applicants confirmationOrReissue;
    /** Row {@code otherProcessing}. */
    public Applicants otherProcessing;
    /** Row {@code noCorrection}. */
    public Applicants noCorrection;
    /** Row {@code feeUnpaid}. */
    public Applicants feeUnpaid;
    /** Row {@code otherReasons}. */
    public Applicants otherReasons;
    /** Row {@code totalHandled}. */
    public Applicants totalHandled;
    /** Row {@code carriedForward}. */
    public Applicants carriedForward;

    /** Creates an empty table. */
    public PojoApplications() {
    }

    /** One row: a cell per applicant column, then 总计; cells are written even when {@code null} (blank). */
    @JsonPropertyOrder({"naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization", "legalServiceAgency", "otherOrganization", "total"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Applicants {
        /** Column {@code naturalPerson}. */
        public Object naturalPerson;
        /** Column {@code commercialEnterprise}. */
        public Object commercialEnterprise;
        /** Column {@code researchInstitution}. */
        public Object researchInstitution;
        /** Column {@code publicInterestOrganization}. */
        public Object publicInterestOrganization;
        /** Column {@code legalServiceAgency}. */
        public Object legalServiceAgency;
        /** Column {@code otherOrganization}. */
        public Object otherOrganization;
        /** Column {@code total}. */
        public Object total;

        /** Creates an empty row. */
        public Applicants() {
        }
    }
}

package io.github.nianbao.core.table;

import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.cell.Count;

/**
 * One row of table 三: a count per applicant column and the row's 总计. A view: it reads the
 * table it came from.
 */
public final class ApplicantCounts {

    private final ApplicationTable table;
    private final ApplicationRow row;
    private final int first;

    ApplicantCounts(ApplicationTable table, ApplicationRow row, int first) {
        this.table = table;
        this.row = row;
        this.first = first;
    }

    /** {@return the row} */
    public ApplicationRow row() {
        return row;
    }

    /**
     * Returns one column of the row.
     *
     * @param applicant the column
     * @return the count
     */
    public Count get(Applicant applicant) {
        return table.countAt(first + applicant.ordinal());
    }

    /** {@return 自然人} */
    public Count naturalPerson() {
        return get(Applicant.NATURAL_PERSON);
    }

    /** {@return 商业企业} */
    public Count commercialEnterprise() {
        return get(Applicant.COMMERCIAL_ENTERPRISE);
    }

    /** {@return 科研机构} */
    public Count researchInstitution() {
        return get(Applicant.RESEARCH_INSTITUTION);
    }

    /** {@return 社会公益组织} */
    public Count publicInterestOrganization() {
        return get(Applicant.PUBLIC_INTEREST_ORGANIZATION);
    }

    /** {@return 法律服务机构} */
    public Count legalServiceAgency() {
        return get(Applicant.LEGAL_SERVICE_AGENCY);
    }

    /** {@return 其他} */
    public Count otherOrganization() {
        return get(Applicant.OTHER_ORGANIZATION);
    }

    /** {@return 总计} */
    public Count total() {
        return get(Applicant.TOTAL);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(row.label()).append(':');
        for (Applicant a : Applicant.values()) {
            sb.append(' ').append(get(a));
        }
        return sb.toString();
    }
}

package io.github.nianbao.core.catalogue;

/**
 * The columns of table 三: the applicants, then 总计.
 */
public enum Applicant implements CatalogueEntry {
    /** 自然人. */
    NATURAL_PERSON("自然人", "Natural persons", "naturalPerson", Group.APPLICANTS),
    /** 商业企业. */
    COMMERCIAL_ENTERPRISE("商业企业", "Commercial enterprises", "commercialEnterprise", Group.LEGAL_PERSONS),
    /** 科研机构. */
    RESEARCH_INSTITUTION("科研机构", "Research institutions", "researchInstitution", Group.LEGAL_PERSONS),
    /** 社会公益组织. */
    PUBLIC_INTEREST_ORGANIZATION("社会公益组织", "Public-interest organisations", "publicInterestOrganization", Group.LEGAL_PERSONS),
    /** 法律服务机构. */
    LEGAL_SERVICE_AGENCY("法律服务机构", "Legal service agencies", "legalServiceAgency", Group.LEGAL_PERSONS),
    /** 其他. */
    OTHER_ORGANIZATION("其他", "Other organisations", "otherOrganization", Group.LEGAL_PERSONS),
    /** 总计: the row total over the six applicant columns. */
    TOTAL("总计", "Total", "total", null);

    private final Descriptor descriptor;

    Applicant(String label, String english, String key, Group parent) {
        this.descriptor = Descriptor.of(label, english, key, parent);
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }
}

package io.github.nianbao.core.catalogue;

/**
 * The five cells of each block of table 四.
 */
public enum ReviewColumn implements CatalogueEntry {
    /** 结果维持. */
    UPHELD("结果维持", "Upheld", "upheld"),
    /** 结果纠正. */
    CORRECTED("结果纠正", "Corrected", "corrected"),
    /** 其他结果. */
    OTHER_OUTCOME("其他结果", "Other outcome", "otherOutcome"),
    /** 尚未审结. */
    PENDING("尚未审结", "Pending", "pending"),
    /** 总计. */
    TOTAL(Applicant.TOTAL.label(), Applicant.TOTAL.englishLabel(), Applicant.TOTAL.key());

    private final Descriptor descriptor;

    ReviewColumn(String label, String english, String key) {
        this.descriptor = Descriptor.of(label, english, key, null);
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }
}

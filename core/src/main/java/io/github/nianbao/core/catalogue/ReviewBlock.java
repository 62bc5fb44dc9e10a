package io.github.nianbao.core.catalogue;

/**
 * The three blocks of table 四 (政府信息公开行政复议、行政诉讼情况).
 */
public enum ReviewBlock implements CatalogueEntry {
    /** 行政复议. */
    ADMINISTRATIVE_REVIEW("行政复议", "Administrative reconsideration", "administrativeReview", null),
    /** 未经复议直接起诉, under 行政诉讼. */
    DIRECT_LITIGATION("未经复议直接起诉", "Litigation without prior reconsideration", "directLitigation", Group.LITIGATION),
    /** 复议后起诉, under 行政诉讼. */
    LITIGATION_AFTER_REVIEW("复议后起诉", "Litigation after reconsideration", "litigationAfterReview", Group.LITIGATION);

    private final Descriptor descriptor;

    ReviewBlock(String label, String english, String key, Group parent) {
        this.descriptor = Descriptor.of(label, english, key, parent);
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }
}

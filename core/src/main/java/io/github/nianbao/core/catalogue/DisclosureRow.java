package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import java.util.EnumSet;

/**
 * The rows of table 二, of both editions, each in its block.
 */
public enum DisclosureRow implements CatalogueEntry {
    /** 规章. */
    REGULATIONS("规章", "Rules", "regulations", DisclosureBlock.ITEM_1, EnumSet.allOf(Edition.class)),
    /** V2019 规范性文件. */
    NORMATIVE_DOCUMENTS("规范性文件", "Normative documents", "normativeDocuments", DisclosureBlock.ITEM_1, EnumSet.of(Edition.V2019)),
    /** V2021 行政规范性文件. */
    ADMINISTRATIVE_NORMATIVE_DOCUMENTS("行政规范性文件", "Administrative normative documents",
            "administrativeNormativeDocuments", DisclosureBlock.ITEM_1, EnumSet.of(Edition.V2021)),
    /** 行政许可. */
    LICENSING("行政许可", "Administrative licensing", "licensing", DisclosureBlock.ITEM_5, EnumSet.allOf(Edition.class)),
    /** V2019 其他对外管理服务事项. */
    OTHER_MANAGEMENT_SERVICES("其他对外管理服务事项", "Other external management services",
            "otherManagementServices", DisclosureBlock.ITEM_5, EnumSet.of(Edition.V2019)),
    /** 行政处罚. */
    PENALTIES("行政处罚", "Administrative penalties", "penalties", DisclosureBlock.ITEM_6, EnumSet.allOf(Edition.class)),
    /** 行政强制. */
    COERCION("行政强制", "Administrative coercion", "coercion", DisclosureBlock.ITEM_6, EnumSet.allOf(Edition.class)),
    /** 行政事业性收费. */
    FEES("行政事业性收费", "Administrative fees", "fees", DisclosureBlock.ITEM_8, EnumSet.allOf(Edition.class)),
    /** V2019 政府集中采购. */
    PROCUREMENT("政府集中采购", "Centralised government procurement", "procurement", DisclosureBlock.ITEM_9, EnumSet.of(Edition.V2019));

    private final Descriptor descriptor;
    private final DisclosureBlock block;

    DisclosureRow(String label, String english, String key, DisclosureBlock block, EnumSet<Edition> editions) {
        this.descriptor = Descriptor.of(label, english, key, null, editions);
        this.block = block;
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    /** {@return the block the row belongs to} */
    public DisclosureBlock block() {
        return block;
    }
}

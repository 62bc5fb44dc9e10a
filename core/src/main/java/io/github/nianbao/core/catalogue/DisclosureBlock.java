package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import java.util.EnumSet;
import java.util.List;

/**
 * The blocks of table 二, one per item of Art. 20 of the regulations, each with its columns per
 * edition.
 */
public enum DisclosureBlock implements CatalogueEntry {
    /** 第二十条第（一）项: 行政法规、规章和规范性文件. */
    ITEM_1("第二十条第（一）项", "Art. 20 item (1)", "item1", EnumSet.allOf(Edition.class),
            List.of(DisclosureColumn.NEWLY_MADE, DisclosureColumn.NEWLY_PUBLISHED, DisclosureColumn.TOTAL_PUBLISHED),
            List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE)),
    /** 第二十条第（五）项: 行政许可和其他对外管理服务事项. */
    ITEM_5("第二十条第（五）项", "Art. 20 item (5)", "item5", EnumSet.allOf(Edition.class),
            List.of(DisclosureColumn.PREVIOUS_YEAR_ITEMS, DisclosureColumn.CHANGE, DisclosureColumn.DECISIONS),
            List.of(DisclosureColumn.DECISIONS_THIS_YEAR)),
    /** 第二十条第（六）项: 行政处罚、行政强制. */
    ITEM_6("第二十条第（六）项", "Art. 20 item (6)", "item6", EnumSet.allOf(Edition.class),
            List.of(DisclosureColumn.PREVIOUS_YEAR_ITEMS, DisclosureColumn.CHANGE, DisclosureColumn.DECISIONS),
            List.of(DisclosureColumn.DECISIONS_THIS_YEAR)),
    /** 第二十条第（八）项: 行政事业性收费. */
    ITEM_8("第二十条第（八）项", "Art. 20 item (8)", "item8", EnumSet.allOf(Edition.class),
            List.of(DisclosureColumn.PREVIOUS_YEAR_ITEMS, DisclosureColumn.CHANGE),
            List.of(DisclosureColumn.FEE_AMOUNT)),
    /** 第二十条第（九）项: 政府集中采购 (V2019 only). */
    ITEM_9("第二十条第（九）项", "Art. 20 item (9)", "item9", EnumSet.of(Edition.V2019),
            List.of(DisclosureColumn.PROCUREMENT_ITEMS, DisclosureColumn.PROCUREMENT_AMOUNT),
            List.of());

    /** The header of the row-label column of every block. */
    public static final String ROW_HEADER = "信息内容";

    private final Descriptor descriptor;
    private final List<DisclosureColumn> columns2019;
    private final List<DisclosureColumn> columns2021;

    DisclosureBlock(String label, String english, String key, EnumSet<Edition> editions,
            List<DisclosureColumn> columns2019, List<DisclosureColumn> columns2021) {
        this.descriptor = Descriptor.of(label, english, key, null, editions);
        this.columns2019 = columns2019;
        this.columns2021 = columns2021;
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    /**
     * Returns the block's columns in the given edition.
     *
     * @param edition the edition
     * @return the columns in printed order; empty if the edition lacks the block
     */
    public List<DisclosureColumn> columns(Edition edition) {
        return edition == Edition.V2019 ? columns2019 : columns2021;
    }
}

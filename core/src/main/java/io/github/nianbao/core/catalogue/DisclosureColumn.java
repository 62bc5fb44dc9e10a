package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import java.util.EnumSet;

/**
 * The columns of table 二 (主动公开政府信息情况), of both editions.
 */
public enum DisclosureColumn implements CatalogueEntry {
    /** V2019 本年新制作数量. */
    NEWLY_MADE("本年新制作数量", "Newly made this year", "newlyMade", Edition.V2019, CellKind.COUNT),
    /** V2019 本年新公开数量. */
    NEWLY_PUBLISHED("本年新公开数量", "Newly published this year", "newlyPublished", Edition.V2019, CellKind.COUNT),
    /** V2019 对外公开总数量. */
    TOTAL_PUBLISHED("对外公开总数量", "Total published", "totalPublished", Edition.V2019, CellKind.COUNT),
    /** V2019 上一年项目数量. */
    PREVIOUS_YEAR_ITEMS("上一年项目数量", "Items the previous year", "previousYearItems", Edition.V2019, CellKind.COUNT),
    /** V2019 本年增/减, signed. */
    CHANGE("本年增/减", "Change this year", "change", Edition.V2019, CellKind.SIGNED_COUNT),
    /** V2019 处理决定数量. */
    DECISIONS("处理决定数量", "Decisions", "decisions", Edition.V2019, CellKind.COUNT),
    /** V2019 采购项目数量. */
    PROCUREMENT_ITEMS("采购项目数量", "Procurement items", "procurementItems", Edition.V2019, CellKind.COUNT),
    /** V2019 采购总金额, in the unit the report gives. */
    PROCUREMENT_AMOUNT("采购总金额", "Total procurement amount", "procurementAmount", Edition.V2019, CellKind.AMOUNT),
    /** V2021 本年制发件数. */
    ISSUED("本年制发件数", "Issued this year", "issued", Edition.V2021, CellKind.COUNT),
    /** V2021 本年废止件数. */
    REPEALED("本年废止件数", "Repealed this year", "repealed", Edition.V2021, CellKind.COUNT),
    /** V2021 现行有效件数. */
    IN_FORCE("现行有效件数", "In force", "inForce", Edition.V2021, CellKind.COUNT),
    /** V2021 本年处理决定数量. */
    DECISIONS_THIS_YEAR("本年处理决定数量", "Decisions this year", "decisionsThisYear", Edition.V2021, CellKind.COUNT),
    /** V2021 本年收费金额（单位：万元）. */
    FEE_AMOUNT("本年收费金额（单位：万元）", "Fees charged this year (10,000 yuan)", "feeAmount", Edition.V2021, CellKind.AMOUNT);

    private final Descriptor descriptor;
    private final CellKind kind;

    DisclosureColumn(String label, String english, String key, Edition edition, CellKind kind) {
        this.descriptor = Descriptor.of(label, english, key, null, EnumSet.of(edition));
        this.kind = kind;
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    /** {@return what the column's cells hold} */
    public CellKind kind() {
        return kind;
    }
}

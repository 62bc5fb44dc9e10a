package io.github.nianbao.core.table;

import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;

/**
 * Table 二 in the V2019 form: items (一), (五), (六), (八) and (九), with the signed 本年增/减 columns.
 */
public final class ProactiveDisclosure2019 extends ProactiveDisclosure {

    ProactiveDisclosure2019(Layout layout, Cell[] cells) {
        super(layout, cells);
    }

    /** {@return 规章 › 本年新制作数量} */
    public Count regulationsNewlyMade() {
        return count(DisclosureRow.REGULATIONS, DisclosureColumn.NEWLY_MADE);
    }

    /** {@return 规章 › 本年新公开数量} */
    public Count regulationsNewlyPublished() {
        return count(DisclosureRow.REGULATIONS, DisclosureColumn.NEWLY_PUBLISHED);
    }

    /** {@return 规章 › 对外公开总数量} */
    public Count regulationsTotalPublished() {
        return count(DisclosureRow.REGULATIONS, DisclosureColumn.TOTAL_PUBLISHED);
    }

    /** {@return 规范性文件 › 本年新制作数量} */
    public Count normativeDocumentsNewlyMade() {
        return count(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_MADE);
    }

    /** {@return 规范性文件 › 本年新公开数量} */
    public Count normativeDocumentsNewlyPublished() {
        return count(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED);
    }

    /** {@return 规范性文件 › 对外公开总数量} */
    public Count normativeDocumentsTotalPublished() {
        return count(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.TOTAL_PUBLISHED);
    }

    /** {@return 行政许可 › 上一年项目数量} */
    public Count licensingPreviousYearItems() {
        return count(DisclosureRow.LICENSING, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
    }

    /** {@return 行政许可 › 本年增/减 (signed)} */
    public Count licensingChange() {
        return count(DisclosureRow.LICENSING, DisclosureColumn.CHANGE);
    }

    /** {@return 行政许可 › 处理决定数量} */
    public Count licensingDecisions() {
        return count(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS);
    }

    /** {@return 其他对外管理服务事项 › 上一年项目数量} */
    public Count otherServicesPreviousYearItems() {
        return count(DisclosureRow.OTHER_MANAGEMENT_SERVICES, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
    }

    /** {@return 其他对外管理服务事项 › 本年增/减 (signed)} */
    public Count otherServicesChange() {
        return count(DisclosureRow.OTHER_MANAGEMENT_SERVICES, DisclosureColumn.CHANGE);
    }

    /** {@return 其他对外管理服务事项 › 处理决定数量} */
    public Count otherServicesDecisions() {
        return count(DisclosureRow.OTHER_MANAGEMENT_SERVICES, DisclosureColumn.DECISIONS);
    }

    /** {@return 行政处罚 › 上一年项目数量} */
    public Count penaltiesPreviousYearItems() {
        return count(DisclosureRow.PENALTIES, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
    }

    /** {@return 行政处罚 › 本年增/减 (signed)} */
    public Count penaltiesChange() {
        return count(DisclosureRow.PENALTIES, DisclosureColumn.CHANGE);
    }

    /** {@return 行政处罚 › 处理决定数量} */
    public Count penaltiesDecisions() {
        return count(DisclosureRow.PENALTIES, DisclosureColumn.DECISIONS);
    }

    /** {@return 行政强制 › 上一年项目数量} */
    public Count coercionPreviousYearItems() {
        return count(DisclosureRow.COERCION, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
    }

    /** {@return 行政强制 › 本年增/减 (signed)} */
    public Count coercionChange() {
        return count(DisclosureRow.COERCION, DisclosureColumn.CHANGE);
    }

    /** {@return 行政强制 › 处理决定数量} */
    public Count coercionDecisions() {
        return count(DisclosureRow.COERCION, DisclosureColumn.DECISIONS);
    }

    /** {@return 行政事业性收费 › 上一年项目数量} */
    public Count feesPreviousYearItems() {
        return count(DisclosureRow.FEES, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
    }

    /** {@return 行政事业性收费 › 本年增/减 (signed)} */
    public Count feesChange() {
        return count(DisclosureRow.FEES, DisclosureColumn.CHANGE);
    }

    /** {@return 政府集中采购 › 采购项目数量} */
    public Count procurementItems() {
        return count(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS);
    }

    /** {@return 政府集中采购 › 采购总金额, in the unit the report gave} */
    public Amount procurementAmount() {
        return amount(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT);
    }
}

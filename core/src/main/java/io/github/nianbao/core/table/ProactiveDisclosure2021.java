package io.github.nianbao.core.table;

import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;

/**
 * Table 二 in the V2021 form: items (一), (五), (六) and (八), with fees in 万元.
 */
public final class ProactiveDisclosure2021 extends ProactiveDisclosure {

    ProactiveDisclosure2021(Layout layout, Cell[] cells) {
        super(layout, cells);
    }

    /** {@return 规章 › 本年制发件数} */
    public Count regulationsIssued() {
        return count(DisclosureRow.REGULATIONS, DisclosureColumn.ISSUED);
    }

    /** {@return 规章 › 本年废止件数} */
    public Count regulationsRepealed() {
        return count(DisclosureRow.REGULATIONS, DisclosureColumn.REPEALED);
    }

    /** {@return 规章 › 现行有效件数} */
    public Count regulationsInForce() {
        return count(DisclosureRow.REGULATIONS, DisclosureColumn.IN_FORCE);
    }

    /** {@return 行政规范性文件 › 本年制发件数} */
    public Count normativeDocumentsIssued() {
        return count(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED);
    }

    /** {@return 行政规范性文件 › 本年废止件数} */
    public Count normativeDocumentsRepealed() {
        return count(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED);
    }

    /** {@return 行政规范性文件 › 现行有效件数} */
    public Count normativeDocumentsInForce() {
        return count(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE);
    }

    /** {@return 行政许可 › 本年处理决定数量} */
    public Count licensingDecisions() {
        return count(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS_THIS_YEAR);
    }

    /** {@return 行政处罚 › 本年处理决定数量} */
    public Count penaltiesDecisions() {
        return count(DisclosureRow.PENALTIES, DisclosureColumn.DECISIONS_THIS_YEAR);
    }

    /** {@return 行政强制 › 本年处理决定数量} */
    public Count coercionDecisions() {
        return count(DisclosureRow.COERCION, DisclosureColumn.DECISIONS_THIS_YEAR);
    }

    /** {@return 行政事业性收费 › 本年收费金额, in 万元} */
    public Amount feeAmount() {
        return amount(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT);
    }
}

package io.github.nianbao.core.table;

import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.cell.Count;

/**
 * One block of table 四: the outcomes of reconsideration or litigation cases and their 总计. A
 * view: it reads the table it came from.
 */
public final class OutcomeCounts {

    private final ReviewLitigationTable table;
    private final ReviewBlock block;
    private final int first;

    OutcomeCounts(ReviewLitigationTable table, ReviewBlock block, int first) {
        this.table = table;
        this.block = block;
        this.first = first;
    }

    /** {@return the block} */
    public ReviewBlock block() {
        return block;
    }

    /**
     * Returns one cell of the block.
     *
     * @param column the column
     * @return the count
     */
    public Count get(ReviewColumn column) {
        return table.countAt(first + column.ordinal());
    }

    /** {@return 结果维持} */
    public Count upheld() {
        return get(ReviewColumn.UPHELD);
    }

    /** {@return 结果纠正} */
    public Count corrected() {
        return get(ReviewColumn.CORRECTED);
    }

    /** {@return 其他结果} */
    public Count otherOutcome() {
        return get(ReviewColumn.OTHER_OUTCOME);
    }

    /** {@return 尚未审结} */
    public Count pending() {
        return get(ReviewColumn.PENDING);
    }

    /** {@return 总计} */
    public Count total() {
        return get(ReviewColumn.TOTAL);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(block.label()).append(':');
        for (ReviewColumn c : ReviewColumn.values()) {
            sb.append(' ').append(get(c));
        }
        return sb.toString();
    }
}

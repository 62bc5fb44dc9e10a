package io.github.nianbao.core.table;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import java.util.Arrays;

/**
 * Table 四, 政府信息公开行政复议、行政诉讼情况: 15 counts in three blocks of five. The same in
 * both editions.
 */
public final class ReviewLitigationTable extends Table {

    ReviewLitigationTable(Layout layout, Cell[] cells) {
        super(layout, cells);
    }

    /**
     * Starts a table, every cell blank.
     *
     * @param edition the report's edition (the form is the same in both)
     * @return the builder
     */
    public static TableBuilder<ReviewLitigationTable, ReviewBlock, ReviewColumn> builder(Edition edition) {
        return new TableBuilder<>(Layout.of(Section.REVIEW_LITIGATION, edition));
    }

    /**
     * Returns a table of zeros.
     *
     * @param edition the report's edition
     * @return the table
     */
    public static ReviewLitigationTable zeros(Edition edition) {
        return builder(edition).allZero().build();
    }

    /**
     * Returns a table of blanks.
     *
     * @param edition the report's edition
     * @return the table
     */
    public static ReviewLitigationTable blank(Edition edition) {
        return builder(edition).build();
    }

    /**
     * Returns a table from its 15 numbers, in printed order.
     *
     * @param edition the report's edition
     * @param values 行政复议, 未经复议直接起诉 and 复议后起诉, five each
     * @return the table
     */
    public static ReviewLitigationTable of(Edition edition, long... values) {
        if (values.length != 15) {
            throw new IllegalArgumentException("table 四 has 15 cells, not " + values.length);
        }
        long[][] rows = new long[3][];
        for (int i = 0; i < 3; i++) {
            rows[i] = Arrays.copyOfRange(values, i * 5, i * 5 + 5);
        }
        return builder(edition).values(rows).build();
    }

    /** {@return a builder holding this table's cells} */
    public TableBuilder<ReviewLitigationTable, ReviewBlock, ReviewColumn> toBuilder() {
        return new TableBuilder<>(this);
    }

    /**
     * Returns one cell.
     *
     * @param block the block
     * @param column the column
     * @return the count
     */
    public Count cell(ReviewBlock block, ReviewColumn column) {
        return (Count) cell(key(block, column));
    }

    /**
     * Returns one block.
     *
     * @param block the block
     * @return its five counts
     */
    public OutcomeCounts block(ReviewBlock block) {
        return new OutcomeCounts(this, block, block.ordinal() * ReviewColumn.values().length);
    }

    /**
     * Returns a copy with one cell replaced.
     *
     * @param block the block
     * @param column the column
     * @param value the new count
     * @return the copy
     */
    public ReviewLitigationTable withCell(ReviewBlock block, ReviewColumn column, Count value) {
        return withCell(key(block, column), value);
    }

    @Override
    public ReviewLitigationTable withCell(CellKey key, Cell value) {
        return (ReviewLitigationTable) super.withCell(key, value);
    }

    /** {@return 行政复议} */
    public OutcomeCounts administrativeReview() {
        return block(ReviewBlock.ADMINISTRATIVE_REVIEW);
    }

    /** {@return 行政诉讼 › 未经复议直接起诉} */
    public OutcomeCounts directLitigation() {
        return block(ReviewBlock.DIRECT_LITIGATION);
    }

    /** {@return 行政诉讼 › 复议后起诉} */
    public OutcomeCounts litigationAfterReview() {
        return block(ReviewBlock.LITIGATION_AFTER_REVIEW);
    }
}

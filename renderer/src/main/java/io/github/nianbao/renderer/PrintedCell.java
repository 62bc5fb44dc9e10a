package io.github.nianbao.renderer;

import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;

/**
 * How a cell is printed in a rendered table: the same text in Word and HTML.
 */
final class PrintedCell {

    /** What a not-applicable cell prints. */
    static final String NOT_APPLICABLE = "/";
    /** What an unknown cell prints; the cell is also listed under its table. */
    static final String UNKNOWN = "?";

    private PrintedCell() {
    }

    /**
     * Returns a cell's text. A blank prints nothing (never 0); a count prints its digits and sign;
     * an amount prints every digit it has, trailing zeros included, and its unit, except in the
     * V2021 fee column when the amount is in 万元, the unit the column's own label states (which is
     * how published tables print it).
     *
     * @param key the cell's key
     * @param cell the cell
     * @return the text
     */
    static String text(CellKey key, Cell cell) {
        return switch (cell.state()) {
            case BLANK -> "";
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case UNKNOWN -> UNKNOWN;
            case NUMBER -> cell instanceof Amount a ? amount(key, a) : Long.toString(((Count) cell).value());
        };
    }

    private static String amount(CellKey key, Amount a) {
        String digits = a.value().toPlainString();
        boolean unitInHeader = key.column() == DisclosureColumn.FEE_AMOUNT && a.unit() == MoneyUnit.WAN_YUAN;
        return unitInHeader ? digits : digits + a.unit().symbol();
    }

    /**
     * Describes an unknown cell for the list under its table: block (table 二), row and column
     * labels, and the reason code when there is one.
     *
     * @param key the cell's key
     * @param cell the cell, unknown
     * @param messages the messages of the document's language
     * @return the description
     */
    static String describeUnknown(CellKey key, Cell cell, Messages messages) {
        StringBuilder sb = new StringBuilder();
        key.block().ifPresent(b -> sb.append(b.label()).append(" › "));
        sb.append(key.row().label()).append(" › ").append(key.column().label());
        cell.unknownReason().ifPresent(r -> sb.append(messages.format("unknown.reason", r)));
        return sb.toString();
    }
}

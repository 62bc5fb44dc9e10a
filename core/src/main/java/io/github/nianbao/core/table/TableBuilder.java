package io.github.nianbao.core.table;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a table of one layout. Every cell starts blank. Not thread-safe; the tables it builds are.
 *
 * @param <T> the table type
 * @param <R> the row type ({@code ApplicationRow}, {@code DisclosureRow} or {@code ReviewBlock})
 * @param <C> the column type ({@code Applicant}, {@code DisclosureColumn} or {@code ReviewColumn})
 */
public final class TableBuilder<T extends Table, R extends CatalogueEntry, C extends CatalogueEntry> {

    private final Layout layout;
    private final Cell[] cells;

    TableBuilder(Layout layout) {
        this.layout = layout;
        this.cells = blanks(layout).clone();
    }

    // Every decoded table starts from blanks: the blank cells of each of the six layouts, made once.
    private static final Map<Section, Map<Edition, Cell[]>> BLANKS = new EnumMap<>(Section.class);

    static {
        for (Section table : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
            Map<Edition, Cell[]> byEdition = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                Layout layout = Layout.of(table, edition);
                Cell[] blank = new Cell[layout.size()];
                for (CellKey k : layout.cells()) {
                    blank[k.index()] = k.kind() == CellKind.AMOUNT ? Amount.BLANK : Count.BLANK;
                }
                byEdition.put(edition, blank);
            }
            BLANKS.put(table, byEdition);
        }
    }

    private static Cell[] blanks(Layout layout) {
        return BLANKS.get(layout.table()).get(layout.edition());
    }

    TableBuilder(Table from) {
        this.layout = from.layout();
        this.cells = from.cells().toArray(new Cell[0]);
    }

    private enum CellFill { BLANK, NOT_APPLICABLE, ZERO }

    private void fill(CellFill fill) {
        for (CellKey k : layout.cells()) {
            boolean amount = k.kind() == CellKind.AMOUNT;
            cells[k.index()] = switch (fill) {
                case BLANK -> amount ? Amount.BLANK : Count.BLANK;
                case NOT_APPLICABLE -> amount ? Amount.NOT_APPLICABLE : Count.NOT_APPLICABLE;
                case ZERO -> amount ? Amount.of(BigDecimal.ZERO, zeroUnit(k)) : Count.of(0);
            };
        }
    }

    // The V2021 fee column is fixed to 万元; the V2019 procurement amount has no fixed unit, so 元.
    private static MoneyUnit zeroUnit(CellKey key) {
        return key.column() == DisclosureColumn.FEE_AMOUNT ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }

    /** {@return this builder with every cell set to 0 (money: 0 in the column's unit)} */
    public TableBuilder<T, R, C> allZero() {
        fill(CellFill.ZERO);
        return this;
    }

    /** {@return this builder with every cell blank} */
    public TableBuilder<T, R, C> allBlank() {
        fill(CellFill.BLANK);
        return this;
    }

    /**
     * Sets one cell.
     *
     * @param key a key of this table, of either form as for {@link Table#cell(CellKey)}
     * @param value a count or amount, as the key requires
     * @return this builder
     * @throws IllegalArgumentException if this form has no such cell, or the value is of the wrong kind
     */
    public TableBuilder<T, R, C> set(CellKey key, Cell value) {
        CellKey local = Table.keyIn(layout, key);
        cells[local.index()] = Table.checkKind(local, value);
        return this;
    }

    /**
     * Sets one cell.
     *
     * @param row the row
     * @param column the column
     * @param value a count or amount, as the cell requires
     * @return this builder
     */
    public TableBuilder<T, R, C> set(R row, C column, Cell value) {
        return set(layout.cell(row, column), value);
    }

    /**
     * Sets one count cell.
     *
     * @param row the row
     * @param column the column
     * @param value the count
     * @return this builder
     */
    public TableBuilder<T, R, C> set(R row, C column, long value) {
        return set(layout.cell(row, column), Count.of(value));
    }

    /**
     * Sets a whole row of counts, left to right.
     *
     * @param row the row
     * @param values one value per column of the row
     * @return this builder
     * @throws IllegalArgumentException if the number of values differs from the row's columns or the row holds an amount
     */
    public TableBuilder<T, R, C> row(R row, long... values) {
        List<CellKey> keys = rowKeys(row, values.length);
        for (int i = 0; i < values.length; i++) {
            set(keys.get(i), Count.of(values[i]));
        }
        return this;
    }

    /**
     * Sets a whole row, left to right.
     *
     * @param row the row
     * @param values one cell per column of the row
     * @return this builder
     */
    public TableBuilder<T, R, C> row(R row, Cell... values) {
        List<CellKey> keys = rowKeys(row, values.length);
        for (int i = 0; i < values.length; i++) {
            set(keys.get(i), values[i]);
        }
        return this;
    }

    /**
     * Sets every count cell from a two-dimensional array: one inner array per row of the layout,
     * in printed order.
     *
     * @param values the rows
     * @return this builder
     */
    public TableBuilder<T, R, C> values(long[][] values) {
        List<CatalogueEntry> rows = layout.rows();
        if (values.length != rows.size()) {
            throw new IllegalArgumentException(layout + " has " + rows.size() + " rows, not " + values.length);
        }
        for (int r = 0; r < values.length; r++) {
            List<CellKey> keys = rowKeys(rows.get(r), values[r].length);
            for (int i = 0; i < keys.size(); i++) {
                set(keys.get(i), Count.of(values[r][i]));
            }
        }
        return this;
    }

    private List<CellKey> rowKeys(CatalogueEntry row, int given) {
        List<CellKey> keys = layout.row(row);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(layout + " has no row " + row.label());
        }
        if (keys.size() != given) {
            throw new IllegalArgumentException(row.label() + " has " + keys.size() + " cells, not " + given);
        }
        return keys;
    }

    /** {@return the table} */
    @SuppressWarnings("unchecked")
    public T build() {
        return (T) Table.create(layout, cells.clone());
    }
}

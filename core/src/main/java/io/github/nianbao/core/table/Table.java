package io.github.nianbao.core.table;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the three report tables: a fixed {@link Layout} of the catalogue and one {@link Cell} per
 * key. Every cell is present; a cell nobody gave is {@linkplain Cell#isBlank() blank}. Immutable
 * and thread-safe.
 *
 * <p>Generic addressing ({@link #cell(CellKey)}, {@link #cellAt(int)}) serves rules and codecs;
 * the subclasses add typed accessors for application code.
 */
public abstract sealed class Table permits ProactiveDisclosure, ApplicationTable, ReviewLitigationTable {

    private final Layout layout;
    private final Cell[] cells;

    Table(Layout layout, Cell[] cells) {
        this.layout = layout;
        this.cells = cells;
    }

    /** {@return the layout: table and edition form} */
    public final Layout layout() {
        return layout;
    }

    /** {@return the edition whose form this table has} */
    public final Edition edition() {
        return layout.edition();
    }

    /** {@return the section the table fills} */
    public final Section section() {
        return layout.table();
    }

    /**
     * Returns a cell. The key may come from the other edition's form of the same table when this
     * form has the same row and column: a hybrid report's table 三 (the V2019 form in a V2021
     * report) answers keys of the V2021 form for every row the two forms share.
     *
     * @param key a key of this table
     * @return the cell
     * @throws IllegalArgumentException if the key is of another table, or of a row or column this
     *                                  form does not have (such as the V2021 rows under （六）其他处理
     *                                  in a V2019-form table 三)
     */
    public final Cell cell(CellKey key) {
        return cells[keyIn(layout, key).index()];
    }

    /** The key of a layout for a key of either form of its table. */
    static CellKey keyIn(Layout layout, CellKey key) {
        if (key.layout() == layout) {
            return key;
        }
        if (key.table() == layout.table()) {
            Optional<CellKey> same = layout.find(key.row(), key.column());
            if (same.isPresent()) {
                return same.get();
            }
        }
        throw new IllegalArgumentException(key + " (" + key.edition() + " form) is not a cell of " + layout
                + ": this form has no " + key.row().label() + " › " + key.column().label());
    }

    /**
     * Returns the cell at a layout position: the fast path for code that iterates.
     *
     * @param index a position from 0 to {@code layout().size() - 1}
     * @return the cell
     */
    public final Cell cellAt(int index) {
        return cells[index];
    }

    /**
     * Returns the count at a layout position.
     *
     * @param index the position of a count cell
     * @return the count
     * @throws ClassCastException if the cell is an amount
     */
    public final Count countAt(int index) {
        return (Count) cells[index];
    }

    /** {@return every cell in layout order, as an unmodifiable list} */
    public final List<Cell> cells() {
        return List.of(cells);
    }

    /**
     * Returns a copy of this table with one cell replaced.
     *
     * @param key a key of this table, of either form as for {@link #cell(CellKey)}
     * @param value the new cell, of the kind the key holds
     * @return the copy
     * @throws IllegalArgumentException if this form has no such cell
     */
    public Table withCell(CellKey key, Cell value) {
        CellKey local = keyIn(layout, key);
        Cell[] copy = cells.clone();
        copy[local.index()] = checkKind(local, value);
        return create(layout, copy);
    }

    static Table create(Layout layout, Cell[] cells) {
        return switch (layout.table()) {
            case PROACTIVE_DISCLOSURE -> layout.edition() == Edition.V2019
                    ? new ProactiveDisclosure2019(layout, cells) : new ProactiveDisclosure2021(layout, cells);
            case APPLICATIONS -> new ApplicationTable(layout, cells);
            case REVIEW_LITIGATION -> new ReviewLitigationTable(layout, cells);
            default -> throw new IllegalArgumentException(layout.table() + " is not a table");
        };
    }

    static Cell checkKind(CellKey key, Cell value) {
        Objects.requireNonNull(value, () -> "cell " + key);
        boolean amount = key.kind() == CellKind.AMOUNT;
        if (amount != (value instanceof Amount)) {
            throw new IllegalArgumentException(key + " holds " + (amount ? "an amount" : "a count") + ", not " + value);
        }
        return value;
    }

    final CellKey key(CatalogueEntry row, CatalogueEntry column) {
        return layout.cell(row, column);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Table t && t.layout == layout && Arrays.equals(t.cells, cells);
    }

    @Override
    public final int hashCode() {
        return layout.hashCode() * 31 + Arrays.hashCode(cells);
    }

    /** {@return the table as labelled rows of cells, one row per line} */
    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('[').append(edition()).append(']');
        for (CatalogueEntry row : layout.rows()) {
            sb.append("\n  ").append(row.label()).append(':');
            for (CellKey k : layout.row(row)) {
                sb.append(' ').append(cells[k.index()]);
            }
        }
        return sb.toString();
    }
}

package io.github.nianbao.core.table;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import java.util.Optional;

/**
 * Table 二, 主动公开政府信息情况: one implementation per edition, since the two editions share
 * neither columns nor all rows.
 */
public abstract sealed class ProactiveDisclosure extends Table permits ProactiveDisclosure2019, ProactiveDisclosure2021 {

    ProactiveDisclosure(Layout layout, Cell[] cells) {
        super(layout, cells);
    }

    /**
     * Starts a table of {@code edition}'s form, every cell blank.
     *
     * @param edition the edition
     * @return the builder; {@link TableBuilder#build()} returns the edition's implementation
     */
    public static TableBuilder<ProactiveDisclosure, DisclosureRow, DisclosureColumn> builder(Edition edition) {
        return new TableBuilder<>(Layout.of(Section.PROACTIVE_DISCLOSURE, edition));
    }

    /**
     * Returns a table of zeros (money: 0 in the column's unit).
     *
     * @param edition the edition
     * @return the table
     */
    public static ProactiveDisclosure zeros(Edition edition) {
        return builder(edition).allZero().build();
    }

    /**
     * Returns a table of blanks.
     *
     * @param edition the edition
     * @return the table
     */
    public static ProactiveDisclosure blank(Edition edition) {
        return builder(edition).build();
    }

    /**
     * Returns this table as the V2019 form, with its typed accessors, when it has that form.
     *
     * @return the V2019 table, or empty if this is the V2021 form
     */
    public Optional<ProactiveDisclosure2019> v2019() {
        return this instanceof ProactiveDisclosure2019 t ? Optional.of(t) : Optional.empty();
    }

    /**
     * Returns this table as the V2021 form, with its typed accessors, when it has that form.
     *
     * @return the V2021 table, or empty if this is the V2019 form
     */
    public Optional<ProactiveDisclosure2021> v2021() {
        return this instanceof ProactiveDisclosure2021 t ? Optional.of(t) : Optional.empty();
    }

    /** {@return a builder holding this table's cells} */
    public TableBuilder<ProactiveDisclosure, DisclosureRow, DisclosureColumn> toBuilder() {
        return new TableBuilder<>(this);
    }

    /**
     * Returns one cell.
     *
     * @param row the row
     * @param column the column
     * @return the cell: an {@link Amount} in the money columns, a {@link Count} elsewhere
     * @throws IllegalArgumentException if this edition's form has no such cell
     */
    public Cell cell(DisclosureRow row, DisclosureColumn column) {
        return cell(key(row, column));
    }

    /**
     * Returns one count cell.
     *
     * @param row the row
     * @param column a count column
     * @return the count
     */
    public Count count(DisclosureRow row, DisclosureColumn column) {
        return (Count) cell(row, column);
    }

    /**
     * Returns one money cell.
     *
     * @param row the row
     * @param column a money column
     * @return the amount
     */
    public Amount amount(DisclosureRow row, DisclosureColumn column) {
        return (Amount) cell(row, column);
    }

    /**
     * Returns a copy with one cell replaced.
     *
     * @param row the row
     * @param column the column
     * @param value the new cell
     * @return the copy
     */
    public ProactiveDisclosure withCell(DisclosureRow row, DisclosureColumn column, Cell value) {
        return withCell(key(row, column), value);
    }

    @Override
    public ProactiveDisclosure withCell(CellKey key, Cell value) {
        return (ProactiveDisclosure) super.withCell(key, value);
    }
}

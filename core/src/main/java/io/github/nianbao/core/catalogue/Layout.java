package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cells of one table in one edition's form, in printed order: rows top to bottom, and within
 * a row the columns left to right. There are six layouts, each created once; obtain them with
 * {@link #of(Section, Edition)}.
 */
public final class Layout {

    private static final Map<Section, Map<Edition, Layout>> LAYOUTS = new EnumMap<>(Section.class);

    static {
        for (Section table : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
            Map<Edition, Layout> byEdition = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                byEdition.put(edition, new Layout(table, edition));
            }
            LAYOUTS.put(table, byEdition);
        }
    }

    private final Section table;
    private final Edition edition;
    private final List<CellKey> cells;
    private final Map<CatalogueEntry, List<CellKey>> byRow;
    private final Map<String, CellKey> byPointer;

    private Layout(Section table, Edition edition) {
        this.table = table;
        this.edition = edition;
        List<CellKey> keys = new ArrayList<>();
        ReportPath base = ReportPath.of(table.key());
        switch (table) {
            case PROACTIVE_DISCLOSURE -> {
                for (DisclosureRow row : DisclosureRow.values()) {
                    if (row.editions().contains(edition)) {
                        ReportPath rowPath = base.child(row.block().key()).child(row.key());
                        for (DisclosureColumn col : row.block().columns(edition)) {
                            keys.add(new CellKey(this, keys.size(), row.block(), row, col, col.kind(), rowPath.child(col.key())));
                        }
                    }
                }
            }
            case APPLICATIONS -> {
                for (ApplicationRow row : ApplicationRow.values()) {
                    if (row.editions().contains(edition)) {
                        for (Applicant col : Applicant.values()) {
                            keys.add(new CellKey(this, keys.size(), null, row, col, CellKind.COUNT,
                                    base.child(row.key()).child(col.key())));
                        }
                    }
                }
            }
            case REVIEW_LITIGATION -> {
                for (ReviewBlock row : ReviewBlock.values()) {
                    for (ReviewColumn col : ReviewColumn.values()) {
                        keys.add(new CellKey(this, keys.size(), null, row, col, CellKind.COUNT,
                                base.child(row.key()).child(col.key())));
                    }
                }
            }
            default -> throw new IllegalArgumentException(table + " is not a table");
        }
        this.cells = Collections.unmodifiableList(keys);
        Map<CatalogueEntry, List<CellKey>> rows = new LinkedHashMap<>();
        Map<String, CellKey> pointers = new HashMap<>();
        for (CellKey k : keys) {
            rows.computeIfAbsent(k.row(), r -> new ArrayList<>()).add(k);
            pointers.put(k.path().toJsonPointer(), k);
        }
        rows.replaceAll((r, l) -> List.copyOf(l));
        this.byRow = Collections.unmodifiableMap(rows);
        this.byPointer = pointers;
    }

    /**
     * Returns the layout of {@code table} in {@code edition}'s form.
     *
     * @param table {@link Section#PROACTIVE_DISCLOSURE}, {@link Section#APPLICATIONS} or {@link Section#REVIEW_LITIGATION}
     * @param edition the edition
     * @return the layout
     * @throws IllegalArgumentException if the section is not a table
     */
    public static Layout of(Section table, Edition edition) {
        Map<Edition, Layout> byEdition = LAYOUTS.get(table);
        if (byEdition == null) {
            throw new IllegalArgumentException(table + " is not a table");
        }
        return byEdition.get(edition);
    }

    /** {@return the table} */
    public Section table() {
        return table;
    }

    /** {@return the edition of this form} */
    public Edition edition() {
        return edition;
    }

    /** {@return every cell, in printed order} */
    public List<CellKey> cells() {
        return cells;
    }

    /** {@return the number of cells} */
    public int size() {
        return cells.size();
    }

    /** {@return the rows in printed order: {@link DisclosureRow}s, {@link ApplicationRow}s or {@link ReviewBlock}s} */
    public List<CatalogueEntry> rows() {
        return List.copyOf(byRow.keySet());
    }

    /**
     * Returns the cells of one row.
     *
     * @param row a row of this layout
     * @return its cells, left to right; empty if the layout has no such row
     */
    public List<CellKey> row(CatalogueEntry row) {
        return byRow.getOrDefault(row, List.of());
    }

    /**
     * Finds a cell by row and column.
     *
     * @param row the row (for table 四, the block)
     * @param column the column
     * @return the cell, or empty if this form has no such cell
     */
    public Optional<CellKey> find(CatalogueEntry row, CatalogueEntry column) {
        for (CellKey k : row(row)) {
            if (k.column() == column) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a cell by row and column.
     *
     * @param row the row (for table 四, the block)
     * @param column the column
     * @return the cell
     * @throws IllegalArgumentException if this form has no such cell
     */
    public CellKey cell(CatalogueEntry row, CatalogueEntry column) {
        return find(row, column).orElseThrow(() -> new IllegalArgumentException(
                "the " + edition + " form of table " + table.numbering() + " has no cell " + row.label() + " › " + column.label()));
    }

    /**
     * Finds a cell by its labels, as reports print them: the official label ({@code
     * 一、本年新收政府信息公开申请数量}), the label in another numbering style ({@code 1、}, {@code 1．},
     * {@code (七)} for {@code （七）}), with other quotes or spaces, without its numbering
     * ({@code 本年新收政府信息公开申请数量}), or the English label ({@code Newly received}, any case). A
     * label that fits more than one row or column of this form finds nothing.
     *
     * @param rowLabel the row's label (for table 四, the block's), for example {@code 一、本年新收政府信息公开申请数量}
     * @param columnLabel the column's label, for example {@code 自然人}
     * @return the cell, or empty if this form has no cell with those labels
     */
    public Optional<CellKey> findByLabels(String rowLabel, String columnLabel) {
        Optional<CatalogueEntry> row = LabelMatch.find(rowLabel, byRow.keySet());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<CellKey> rowCells = byRow.get(row.get());
        return LabelMatch.find(columnLabel, rowCells.stream().map(CellKey::column).toList())
                .flatMap(column -> find(row.get(), column));
    }

    /**
     * Finds a cell by its location.
     *
     * @param path a path such as {@code /applications/newlyReceived/naturalPerson}
     * @return the cell, or empty if this form has no cell there
     */
    public Optional<CellKey> find(ReportPath path) {
        return Optional.ofNullable(byPointer.get(path.toJsonPointer()));
    }

    @Override
    public String toString() {
        return "Layout[" + table.key() + ", " + edition + ", " + cells.size() + " cells]";
    }
}

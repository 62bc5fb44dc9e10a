package io.github.nianbao.importer;

import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's own arithmetic, as the importer uses it to split glued digits: each relation says
 * that the sum of some cells equals the sum of others (FORMAT.md §6: T3-ROW-TOTAL, T3-LEDGER,
 * T3-OUTCOMES, T4-TOTAL), or, in V2019 table 二, that a sum is not negative (T2-2019-ITEMS:
 * 上一年项目数量 + 本年增/减 ≥ 0). Only relations a validator treats as errors are here: a reading
 * is ruled out only by what a published report must not break.
 *
 * @param terms the cells summed on one side; blank terms count as 0
 * @param totals the cells summed on the other side; a blank total makes the relation unassessable
 * @param atLeastZero whether the relation says the terms sum to 0 or more ({@code totals} empty)
 */
record Arithmetic(List<CellKey> terms, List<CellKey> totals, boolean atLeastZero) {

    Arithmetic(List<CellKey> terms, List<CellKey> totals) {
        this(terms, totals, false);
    }

    static List<Arithmetic> of(Layout layout) {
        List<Arithmetic> out = new ArrayList<>();
        switch (layout.table()) {
            case APPLICATIONS -> {
                for (CatalogueEntry row : layout.rows()) {
                    List<CellKey> six = new ArrayList<>();
                    for (CellKey k : layout.row(row)) {
                        if (k.column() != Applicant.TOTAL) {
                            six.add(k);
                        }
                    }
                    out.add(new Arithmetic(six, List.of(layout.cell(row, Applicant.TOTAL))));
                }
                for (Applicant a : Applicant.values()) {
                    out.add(new Arithmetic(
                            List.of(layout.cell(ApplicationRow.NEWLY_RECEIVED, a), layout.cell(ApplicationRow.CARRIED_OVER, a)),
                            List.of(layout.cell(ApplicationRow.TOTAL_HANDLED, a), layout.cell(ApplicationRow.CARRIED_FORWARD, a))));
                    List<CellKey> outcomes = new ArrayList<>();
                    for (CatalogueEntry row : layout.rows()) {
                        ApplicationRow r = (ApplicationRow) row;
                        if (r.parent().isPresent() && r != ApplicationRow.TOTAL_HANDLED) {
                            outcomes.add(layout.cell(r, a));
                        }
                    }
                    out.add(new Arithmetic(outcomes, List.of(layout.cell(ApplicationRow.TOTAL_HANDLED, a))));
                }
            }
            case REVIEW_LITIGATION -> {
                for (ReviewBlock b : ReviewBlock.values()) {
                    List<CellKey> four = new ArrayList<>();
                    for (ReviewColumn c : ReviewColumn.values()) {
                        if (c != ReviewColumn.TOTAL) {
                            four.add(layout.cell(b, c));
                        }
                    }
                    out.add(new Arithmetic(four, List.of(layout.cell(b, ReviewColumn.TOTAL))));
                }
            }
            case PROACTIVE_DISCLOSURE -> {
                for (CatalogueEntry row : layout.rows()) {
                    List<CellKey> keys = layout.row(row);
                    if (keys.size() >= 2 && keys.get(0).column() == DisclosureColumn.PREVIOUS_YEAR_ITEMS
                            && keys.get(1).column() == DisclosureColumn.CHANGE) {
                        out.add(new Arithmetic(List.of(keys.get(0), keys.get(1)), List.of(), true));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.Group;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.SumRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The relations of FORMAT.md §6 as {@link SumRule} instances, read off the catalogue: which rows are
 * results, which columns are applicants, which rows each form has. Nothing here lists a row by hand
 * that the catalogue can tell.
 */
public final class StandardSums {

    private StandardSums() {
    }

    /** {@return every standard sum rule, for every form of every table, grouped by rule} */
    public static List<SumRule> create() {
        List<SumRule> all = new ArrayList<>();
        for (Edition form : Edition.values()) {
            t2Items(form, all);
        }
        for (Edition form : Edition.values()) {
            t2Published(form, all);
        }
        for (Edition form : Edition.values()) {
            ledger(form, all);
        }
        for (Edition form : Edition.values()) {
            outcomes(form, all);
        }
        for (Edition form : Edition.values()) {
            rowTotals(form, all);
        }
        for (Edition form : Edition.values()) {
            reviewTotals(form, all);
        }
        for (Edition previous : Edition.values()) {
            for (Edition current : Edition.values()) {
                carry(previous, current, all);
            }
        }
        items2019(all);
        stock2021(all);
        return List.copyOf(all);
    }

    /** Whether an entry sits under a group, directly or through other groups. */
    static boolean under(CatalogueEntry entry, Group group) {
        Optional<Group> p = entry.parent();
        while (p.isPresent()) {
            if (p.get() == group) {
                return true;
            }
            p = p.get().parent();
        }
        return false;
    }

    private static Layout applications(Edition form) {
        return Layout.of(Section.APPLICATIONS, form);
    }

    /** The result rows of table 三 (三、本年度办理结果), without their 总计. */
    private static List<CatalogueEntry> resultRows(Layout layout) {
        return layout.rows().stream().filter(r -> under(r, Group.RESULTS) && r != ApplicationRow.TOTAL_HANDLED).toList();
    }

    // T3-LEDGER: the rows outside the results group are 一、二 before it and 四 after it; the header
    // cell says 一 + 二 = 三 + 四, which reads as （七）总计 = 一 + 二 − 四.
    private static void ledger(Edition form, List<SumRule> out) {
        Layout layout = applications(form);
        List<CatalogueEntry> rows = layout.rows();
        int firstResult = rows.indexOf(resultRows(layout).get(0));
        for (Applicant column : Applicant.values()) {
            SumRule.Builder b = SumRule.builder(StandardRule.T3_LEDGER.id()).exactForms().quote(Section.LEDGER_NOTE);
            for (CatalogueEntry row : rows) {
                if (row.parent().isEmpty()) {
                    b.term(layout.cell(row, column), rows.indexOf(row) < firstResult ? 1 : -1);
                }
            }
            out.add(b.total(layout.cell(ApplicationRow.TOTAL_HANDLED, column)).build());
        }
    }

    // T3-OUTCOMES: （七）总计 is the sum of every data row of the results group; the label of （二）
    // says an application is counted under one result only.
    private static void outcomes(Edition form, List<SumRule> out) {
        Layout layout = applications(form);
        List<CatalogueEntry> results = resultRows(layout);
        for (Applicant column : Applicant.values()) {
            SumRule.Builder b = SumRule.builder(StandardRule.T3_OUTCOMES.id()).exactForms().quote(ApplicationRow.PARTIALLY_DISCLOSED.label());
            for (CatalogueEntry row : results) {
                b.term(layout.cell(row, column));
            }
            out.add(b.total(layout.cell(ApplicationRow.TOTAL_HANDLED, column)).build());
        }
    }

    // T3-ROW-TOTAL: 总计 is the sum of the columns under 申请人情况.
    private static void rowTotals(Edition form, List<SumRule> out) {
        Layout layout = applications(form);
        for (CatalogueEntry row : layout.rows()) {
            SumRule.Builder b = SumRule.builder(StandardRule.T3_ROW_TOTAL.id()).exactForms();
            for (Applicant column : Applicant.values()) {
                if (under(column, Group.APPLICANTS)) {
                    b.term(layout.cell(row, column));
                }
            }
            out.add(b.total(layout.cell(row, Applicant.TOTAL)).build());
        }
    }

    // T4-TOTAL: in each block 总计 is the sum of the four outcome cells.
    private static void reviewTotals(Edition form, List<SumRule> out) {
        Layout layout = Layout.of(Section.REVIEW_LITIGATION, form);
        for (ReviewBlock block : ReviewBlock.values()) {
            SumRule.Builder b = SumRule.builder(StandardRule.T4_TOTAL.id()).exactForms();
            for (CellKey key : layout.row(block)) {
                if (key.column() != ReviewColumn.TOTAL) {
                    b.term(key);
                }
            }
            out.add(b.total(layout.cell(block, ReviewColumn.TOTAL)).build());
        }
    }

    // T2-2019-ITEMS: 上一年项目数量 + 本年增/减 ≥ 0 wherever a row has both.
    private static void t2Items(Edition form, List<SumRule> out) {
        Layout layout = Layout.of(Section.PROACTIVE_DISCLOSURE, form);
        for (CatalogueEntry row : layout.rows()) {
            Optional<CellKey> items = layout.find(row, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
            Optional<CellKey> change = layout.find(row, DisclosureColumn.CHANGE);
            if (items.isPresent() && change.isPresent()) {
                out.add(SumRule.builder(StandardRule.T2_2019_ITEMS.id()).exactForms()
                        .term(items.get()).term(change.get())
                        .relation(SumRule.Relation.AT_LEAST).build());
            }
        }
    }

    // T2-2019-PUBLISHED: 本年新公开数量 ≤ 对外公开总数量.
    private static void t2Published(Edition form, List<SumRule> out) {
        Layout layout = Layout.of(Section.PROACTIVE_DISCLOSURE, form);
        for (CatalogueEntry row : layout.rows()) {
            Optional<CellKey> published = layout.find(row, DisclosureColumn.NEWLY_PUBLISHED);
            Optional<CellKey> total = layout.find(row, DisclosureColumn.TOTAL_PUBLISHED);
            if (published.isPresent() && total.isPresent()) {
                out.add(SumRule.builder(StandardRule.T2_2019_PUBLISHED.id()).exactForms()
                        .term(published.get()).total(total.get())
                        .relation(SumRule.Relation.AT_MOST).build());
            }
        }
    }

    // YEAR-CARRY: what year N−1 carried forward is what year N carried over, column by column, also
    // across the change of edition and for hybrid forms.
    private static void carry(Edition previousForm, Edition currentForm, List<SumRule> out) {
        Layout before = applications(previousForm);
        Layout now = applications(currentForm);
        for (Applicant column : Applicant.values()) {
            out.add(SumRule.builder(StandardRule.YEAR_CARRY.id()).exactForms()
                    .term(Period.PREVIOUS_YEAR, before.cell(ApplicationRow.CARRIED_FORWARD, column), 1)
                    .total(now.cell(ApplicationRow.CARRIED_OVER, column))
                    .build());
        }
    }

    // YEAR-2019-ITEMS: 上一年项目数量(N) = 上一年项目数量(N−1) + 本年增/减(N−1).
    private static void items2019(List<SumRule> out) {
        Layout layout = Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2019);
        for (CatalogueEntry row : layout.rows()) {
            Optional<CellKey> items = layout.find(row, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
            Optional<CellKey> change = layout.find(row, DisclosureColumn.CHANGE);
            if (items.isPresent() && change.isPresent()) {
                out.add(SumRule.builder(StandardRule.YEAR_2019_ITEMS.id()).exactForms()
                        .term(Period.PREVIOUS_YEAR, items.get(), 1)
                        .term(Period.PREVIOUS_YEAR, change.get(), 1)
                        .total(items.get())
                        .build());
            }
        }
    }

    // YEAR-2021-STOCK: 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数(N) − 本年废止件数(N).
    private static void stock2021(List<SumRule> out) {
        Layout layout = Layout.of(Section.PROACTIVE_DISCLOSURE, Edition.V2021);
        for (CatalogueEntry row : layout.rows()) {
            Optional<CellKey> inForce = layout.find(row, DisclosureColumn.IN_FORCE);
            Optional<CellKey> issued = layout.find(row, DisclosureColumn.ISSUED);
            Optional<CellKey> repealed = layout.find(row, DisclosureColumn.REPEALED);
            if (inForce.isPresent() && issued.isPresent() && repealed.isPresent()) {
                out.add(SumRule.builder(StandardRule.YEAR_2021_STOCK.id()).exactForms()
                        .term(Period.PREVIOUS_YEAR, inForce.get(), 1)
                        .term(issued.get(), 1)
                        .term(repealed.get(), -1)
                        .total(inForce.get())
                        .build());
            }
        }
    }
}

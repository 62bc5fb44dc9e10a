package io.github.nianbao.validation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.table.Table;

/**
 * The tables a check reads, this year's and the previous year's, in fixed slots, and the
 * combination of their forms as one small number. Sum rules are compiled to slots, and the rules
 * that apply to a combination of forms are worked out once per combination.
 */
final class FormSet {

    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};

    /** Slots: this year's three tables, then the previous year's. */
    static final int SLOTS = 2 * TABLES.length;

    private static final int RADIX = Edition.values().length + 1;

    /** How many form combinations {@link #key} tells apart. */
    static final int KEYS = (int) Math.pow(RADIX, SLOTS);

    private FormSet() {
    }

    /** {@return the slot of a table of this year's or the previous year's report} */
    static int slot(Period period, Section table) {
        for (int i = 0; i < TABLES.length; i++) {
            if (TABLES[i] == table) {
                return (period == Period.PREVIOUS_YEAR ? TABLES.length : 0) + i;
            }
        }
        throw new IllegalArgumentException(table + " is not a table");
    }

    /** {@return the tables of the context by slot; the previous year's are null without one} */
    static Table[] tables(ValidationContext context) {
        Table[] tables = new Table[SLOTS];
        fill(tables, 0, context.report());
        AnnualReport prior = context.previousYearOrNull();
        if (prior != null) {
            fill(tables, TABLES.length, prior);
        }
        return tables;
    }

    private static void fill(Table[] tables, int from, AnnualReport report) {
        tables[from] = report.proactiveDisclosure();
        tables[from + 1] = report.applications();
        tables[from + 2] = report.reviewLitigation();
    }

    /** {@return the forms of the tables as a number below {@link #KEYS}: each slot's edition, or none} */
    static int key(Table[] tables) {
        int key = 0;
        for (Table t : tables) {
            key = key * RADIX + (t == null ? 0 : t.edition().ordinal() + 1);
        }
        return key;
    }
}

package io.github.nianbao.validation;

import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.table.Table;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * Consecutive sum rules of a validator, checked as one step. The catalogue holds about 200
 * relations over every form of every table, and a report has one form per table: which rules apply
 * is worked out once per combination of forms (this year's and the previous year's) and kept, so
 * that checking a report costs only the arithmetic of the relations about it. Findings come in the
 * order of the rules, as if each had been checked on its own.
 */
final class SumRun implements Rule {

    /** The rules of one combination of forms. */
    private record Program(Layout[] forms, SumRule[] rules) {

        boolean isFor(Table[] tables) {
            for (int i = 0; i < tables.length; i++) {
                if ((tables[i] == null ? null : tables[i].layout()) != forms[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final SumRule[] rules;
    private final AtomicReferenceArray<Program> programs = new AtomicReferenceArray<>(FormSet.KEYS);

    SumRun(List<SumRule> rules) {
        this.rules = rules.toArray(SumRule[]::new);
    }

    /** Not a rule of its own: the steps of a validator's plan are never looked up by id. */
    @Override
    public String id() {
        return rules[0].id() + "…" + rules[rules.length - 1].id();
    }

    @Override
    public void check(ValidationContext context, Consumer<Finding> findings) {
        Table[] tables = FormSet.tables(context);
        for (SumRule rule : program(tables).rules) {
            rule.check(tables, findings, context.relations);
        }
    }

    private Program program(Table[] tables) {
        int key = FormSet.key(tables);
        Program p = programs.get(key);
        if (p == null || !p.isFor(tables)) {
            Layout[] forms = new Layout[tables.length];
            for (int i = 0; i < tables.length; i++) {
                forms[i] = tables[i] == null ? null : tables[i].layout();
            }
            p = new Program(forms, Arrays.stream(rules).filter(r -> r.appliesTo(tables)).toArray(SumRule[]::new));
            programs.set(key, p); // a race only computes the same program twice
        }
        return p;
    }

    @Override
    public String toString() {
        return "SumRun[" + rules.length + " rules]";
    }
}

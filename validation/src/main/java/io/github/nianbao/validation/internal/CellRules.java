package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.Rule;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.SumRule;
import io.github.nianbao.validation.ValidationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rules about single cells: NON-NEGATIVE, BLANK-CELL, BLANK-TOTAL, NA-CELL and FEE-PRECISION. Each walks
 * the cells of the three tables by position and builds a finding only for a cell that breaks it.
 */
public final class CellRules {

    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};

    /** 万元 amounts are exact to the fen with 6 decimals; more is finer than money goes. */
    static final int MAX_WAN_YUAN_DECIMALS = 6;

    private CellRules() {
    }

    /**
     * A rule that looks at one cell at a time. None breaks on a count that is a number of at least 0:
     * the {@link #inOneWalk walk} passes over those without asking.
     */
    private abstract static class PerCell implements Rule {

        private final StandardRule rule;

        PerCell(StandardRule rule) {
            this.rule = rule;
        }

        @Override
        public final String id() {
            return rule.id();
        }

        @Override
        public void check(ValidationContext context, Consumer<Finding> findings) {
            walk(new PerCell[] {this}, context, findings);
        }

        abstract boolean breaks(Layout layout, int index, Cell cell);

        Finding finding(ValidationContext context, CellKey key, Cell cell) {
            FindingCell at = FindingCell.of(key, cell);
            Finding.Builder b = Finding.builder().ruleId(rule.id()).severity(rule.defaultSeverity())
                    .addCells(at).actual(cell.toString())
                    .putArguments("cell", at)
                    .putArguments("place", key);
            decorate(b, context, key, cell);
            return b.build();
        }

        void decorate(Finding.Builder finding, ValidationContext context, CellKey key, Cell cell) {
        }

        /** Gives the findings of the cells that break the rule, in cell order: one per cell unless a rule groups them. */
        void report(ValidationContext context, List<Hit> hits, Consumer<Finding> findings) {
            for (Hit hit : hits) {
                findings.accept(finding(context, hit.key(), hit.cell()));
            }
        }
    }

    /**
     * Tells whether a rule is one of the rules here, which {@link #inOneWalk} can run together.
     *
     * @param rule a rule
     * @return whether it looks at one cell at a time
     */
    public static boolean looksAtOneCell(Rule rule) {
        return rule instanceof PerCell;
    }

    /**
     * Runs rules of this class in one walk over the cells instead of one walk each: a sound table is
     * passed over at the cost of one test per cell. The findings come in the order the rules would
     * give them one after the other.
     *
     * @param rules rules for which {@link #looksAtOneCell} holds
     * @return one step that runs them all
     */
    public static Rule inOneWalk(List<Rule> rules) {
        PerCell[] perCell = rules.stream().map(PerCell.class::cast).toArray(PerCell[]::new);
        return new Rule() {
            @Override
            public String id() {
                return perCell[0].id() + "…" + perCell[perCell.length - 1].id();
            }

            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                walk(perCell, context, findings);
            }
        };
    }

    // One walk over the cells for all the rules; findings by rule, then in cell order.
    private static void walk(PerCell[] rules, ValidationContext context, Consumer<Finding> findings) {
        List<List<Hit>> hits = null;
        AnnualReport report = context.report();
        for (Section section : TABLES) {
            Table table = report.table(section);
            Layout layout = table.layout();
            for (int i = 0, n = layout.size(); i < n; i++) {
                Cell cell = table.cellAt(i);
                if (cell instanceof Count c && c.isNumber() && c.signum() >= 0) {
                    continue;
                }
                for (int r = 0; r < rules.length; r++) {
                    if (rules[r].breaks(layout, i, cell)) {
                        if (hits == null) {
                            hits = new ArrayList<>(rules.length);
                            for (PerCell ignored : rules) {
                                hits.add(new ArrayList<>());
                            }
                        }
                        hits.get(r).add(new Hit(layout.cells().get(i), cell));
                    }
                }
            }
        }
        for (int r = 0; hits != null && r < rules.length; r++) {
            if (!hits.get(r).isEmpty()) {
                rules[r].report(context, hits.get(r), findings);
            }
        }
    }

    private record Hit(CellKey key, Cell cell) {
    }

    /** {@return NON-NEGATIVE: every count and amount at least 0, except the signed V2019 本年增/减} */
    public static Rule nonNegative() {
        return new PerCell(StandardRule.NON_NEGATIVE) {
            @Override
            boolean breaks(Layout layout, int index, Cell cell) {
                return cell.signum() < 0 && cell.isNumber() && layout.cells().get(index).kind() != CellKind.SIGNED_COUNT;
            }

            @Override
            void decorate(Finding.Builder finding, ValidationContext context, CellKey key, Cell cell) {
                finding.expected("≥ 0");
            }
        };
    }

    /** {@return NA-CELL: not applicable in table 三 or 四, which have no such state} */
    public static Rule notApplicable() {
        return new PerCell(StandardRule.NA_CELL) {
            @Override
            boolean breaks(Layout layout, int index, Cell cell) {
                return cell.isNotApplicable() && layout.table() != Section.PROACTIVE_DISCLOSURE;
            }
        };
    }

    /** {@return FEE-PRECISION: a 万元 amount with more than 6 decimals} */
    public static Rule feePrecision() {
        return new PerCell(StandardRule.FEE_PRECISION) {
            @Override
            boolean breaks(Layout layout, int index, Cell cell) {
                return cell instanceof Amount a && a.isNumber() && a.unit() == MoneyUnit.WAN_YUAN
                        && a.value().scale() > MAX_WAN_YUAN_DECIMALS
                        && a.value().stripTrailingZeros().scale() > MAX_WAN_YUAN_DECIMALS;
            }

            @Override
            void decorate(Finding.Builder finding, ValidationContext context, CellKey key, Cell cell) {
                int decimals = ((Amount) cell).value().stripTrailingZeros().scale();
                finding.expected("≤ " + MAX_WAN_YUAN_DECIMALS + " decimals").putArguments("decimals", decimals);
            }
        };
    }

    /**
     * Returns BLANK-CELL: blanks where the format expects a number, one finding per table naming all
     * of that table's blank cells (a report that prints its zeros as blanks has a hundred of them,
     * and one line per cell buries every other finding). The finding's cells are the blank cells, in
     * cell order.
     *
     * @return the rule
     */
    public static Rule blank() {
        return new PerCell(StandardRule.BLANK_CELL) {
            @Override
            boolean breaks(Layout layout, int index, Cell cell) {
                return cell.isBlank();
            }

            @Override
            void report(ValidationContext context, List<Hit> hits, Consumer<Finding> findings) {
                for (int from = 0, to; from < hits.size(); from = to) {
                    Section table = hits.get(from).key().table();
                    to = from + 1;
                    while (to < hits.size() && hits.get(to).key().table() == table) {
                        to++;
                    }
                    Finding.Builder b = Finding.builder().ruleId(StandardRule.BLANK_CELL.id())
                            .severity(StandardRule.BLANK_CELL.defaultSeverity());
                    List<FindingCell> cells = new ArrayList<>(to - from);
                    for (Hit hit : hits.subList(from, to)) {
                        cells.add(FindingCell.of(hit.key(), hit.cell()));
                    }
                    b.addAllCells(cells).actual(Integer.toString(cells.size()))
                            .putArguments("table", new Messages.Nested("table." + table.key(), Map.of()))
                            .putArguments("count", cells.size());
                    if (cells.size() == 1) {
                        b.messageKey(StandardRule.BLANK_CELL.id() + ".one").putArguments("place", hits.get(from).key());
                    }
                    findings.accept(b.build());
                }
            }
        };
    }

    // Whether the relation holds with the blank total read as 0.
    private static boolean holdsAgainstZero(SumRule.Relation relation, long sum) {
        return switch (relation) {
            case EQUAL -> sum == 0;
            case AT_MOST -> sum <= 0;
            case AT_LEAST -> sum >= 0;
        };
    }

    /**
     * Returns BLANK-TOTAL: a blank total of a relation whose terms hold numbers that, blanks counted
     * as 0, do not add up to 0. Read as 0, such a total contradicts its terms; read as not given, the
     * relation cannot be assessed: either way a reviewer must look at it, and it is never replaced by
     * the sum. A blank total whose terms add up to 0 (all blank or 0, or a ledger that balances at 0)
     * agrees with the reading that blanks count as 0 and is only part of its table's BLANK-CELL
     * finding. The finding's cells are the terms holding numbers other than 0, then the total.
     *
     * @param sums the sum rules of the validator
     * @return the rule
     */
    public static Rule blankTotal(List<SumRule> sums) {
        Map<CellKey, List<SumRule>> totals = new HashMap<>();
        for (SumRule s : sums) {
            s.total().filter(t -> t.period() == Period.THIS_YEAR)
                    .ifPresent(t -> totals.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(s));
        }
        totals.replaceAll((k, v) -> List.copyOf(v));
        return new PerCell(StandardRule.BLANK_TOTAL) {
            @Override
            boolean breaks(Layout layout, int index, Cell cell) {
                return cell.isBlank() && totals.containsKey(layout.cells().get(index));
            }

            @Override
            void report(ValidationContext context, List<Hit> hits, Consumer<Finding> findings) {
                for (Hit hit : hits) {
                    List<String> unassessed = new ArrayList<>();
                    List<FindingCell> terms = new ArrayList<>();
                    for (SumRule s : totals.get(hit.key())) {
                        if (!s.appliesTo(context) || unassessed.contains(s.id())) {
                            continue;
                        }
                        List<FindingCell> given = new ArrayList<>();
                        long sum = 0;
                        boolean overflow = false;
                        for (SumRule.Term t : s.terms()) {
                            AnnualReport from = t.period() == Period.THIS_YEAR ? context.report() : context.previousYearOrNull();
                            Cell c = from.cell(t.key());
                            if (c instanceof Count n && n.isNumber() && n.signum() != 0) {
                                given.add(FindingCell.of(t.period(), FindingCell.Role.TERM, t.weight(), t.key(), c));
                                try {
                                    sum = Math.addExact(sum, Math.multiplyExact(t.weight(), n.value()));
                                } catch (ArithmeticException e) {
                                    overflow = true;
                                }
                            }
                        }
                        if (overflow || !holdsAgainstZero(s.relation(), sum)) {
                            unassessed.add(s.id());
                            for (FindingCell g : given) {
                                if (!terms.contains(g)) {
                                    terms.add(g);
                                }
                            }
                        }
                    }
                    if (!unassessed.isEmpty()) {
                        FindingCell total = FindingCell.of(Period.THIS_YEAR, FindingCell.Role.TOTAL, 1, hit.key(), hit.cell());
                        findings.accept(Finding.builder().ruleId(StandardRule.BLANK_TOTAL.id())
                                .severity(StandardRule.BLANK_TOTAL.defaultSeverity())
                                .addAllCells(terms).addCells(total).actual(hit.cell().toString())
                                .putArguments("place", hit.key()).putArguments("rules", List.copyOf(unassessed))
                                .putArguments("given", terms.stream().map(t -> FindingCell.of(t.period(),
                                        FindingCell.Role.SUBJECT, 1, t.key().orElseThrow(), t.cell().orElseThrow())).toList())
                                .build());
                    }
                }
            }
        };
    }
}

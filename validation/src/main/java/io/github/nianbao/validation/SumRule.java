package io.github.nianbao.validation;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.cell.CellState;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.validation.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A relation between count cells, as data: the weighted sum of some cells compared with one reported
 * cell (by default, equal to it). Every relation of the format between cells (T3-LEDGER,
 * T3-OUTCOMES, T3-ROW-TOTAL, T4-TOTAL, the V2019 table 二 relations and the cross-year ones) is an
 * instance built from the core catalogue; custom rules can be built the same way. Immutable and
 * thread-safe.
 *
 * <p>A rule is bound to the cells of particular table forms: it applies to a report whose tables
 * have those forms, and to nothing else. Terms that are blank or not applicable count as 0 and are
 * named in the finding; a total that is blank or not applicable means the relation cannot be
 * assessed, so it yields nothing here (the cell itself is reported by
 * {@link StandardRule#BLANK_CELL} or {@link StandardRule#NA_CELL}) and is never replaced by the
 * computed value. A term or total that is {@linkplain io.github.nianbao.core.cell.Cell#isUnknown()
 * unknown} (printed in the source but not read) means the relation is not assessed either: it
 * neither holds nor fails, and instead of any finding of its own it yields one
 * {@link StandardRule#NOT_ASSESSED} finding naming the unknown cells. Arithmetic is exact; a sum outside the range of {@code long} yields a
 * {@link StandardRule#SUM_OVERFLOW} finding.
 *
 * <p>The check reads cells by their positions, compiled once from the keys: no reflection, no
 * boxing and no text on the path of a relation that holds.
 */
public final class SumRule implements Rule {

    /** The generic message key of custom sum rules that bring no message of their own. */
    public static final String GENERIC_MESSAGE_KEY = "SUM-RULE";

    /** The message key of the finding of a rule whose {@link BlankPolicy} is {@link BlankPolicy#BLANK_IS_ERROR}. */
    public static final String BLANK_MESSAGE_KEY = "SUM-BLANK";

    /** How the weighted sum of the terms compares with the total. */
    public enum Relation {
        /** sum = total. */
        EQUAL("="),
        /** sum ≤ total. */
        AT_MOST("≤"),
        /** sum ≥ total. */
        AT_LEAST("≥");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        /** {@return the mathematical symbol: =, ≤ or ≥} */
        public String symbol() {
            return symbol;
        }

        boolean holds(long sum, long total) {
            return switch (this) {
                case EQUAL -> sum == total;
                case AT_MOST -> sum <= total;
                case AT_LEAST -> sum >= total;
            };
        }
    }

    /**
     * One operand of a sum rule: a count cell of this year's or the previous year's report, and its
     * weight.
     *
     * @param period which report the cell belongs to
     * @param key the cell
     * @param weight the factor the cell enters the sum with (1 for a total)
     */
    public record Term(Period period, CellKey key, long weight) {

        /**
         * Checks the components.
         *
         * @param period which report
         * @param key the cell
         * @param weight the factor, not 0
         */
        public Term {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(key, "key");
            if (key.kind() == CellKind.AMOUNT) {
                throw new IllegalArgumentException("sum rules relate counts; " + key + " holds an amount");
            }
            if (weight == 0) {
                throw new IllegalArgumentException("a term of weight 0 has no place in a sum: " + key);
            }
        }
    }

    private final String id;
    private final Severity severity;
    private final String messageKey;
    private final String quote;
    private final MessageCatalog catalog;
    private final List<Term> terms;
    private final Term total;
    private final Relation relation;
    private final BlankPolicy blankPolicy;

    private final boolean exactForms;
    // Compiled operands: terms first, then the total if there is one.
    private final CellKey[] keys;
    /** Where each operand's table stands in the array of {@link FormSet#tables}. */
    private final int[] slots;
    /** Each operand's position in each edition's form of its table, by edition ordinal; -1 where that form lacks it. */
    private final int[][] indexIn;
    private final long[] weights;
    private final boolean needsPrevious;

    private SumRule(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.severity = b.severity != null ? b.severity
                : StandardRule.ofId(b.id).map(StandardRule::defaultSeverity).orElse(Severity.ERROR);
        this.messageKey = b.messageKey != null ? b.messageKey
                : StandardRule.ofId(b.id).isPresent() ? b.id : GENERIC_MESSAGE_KEY;
        this.quote = b.quote;
        this.catalog = b.catalog;
        this.terms = List.copyOf(b.terms);
        this.total = b.total;
        this.relation = b.relation;
        this.blankPolicy = b.blankPolicy;
        this.exactForms = b.exactForms;
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("sum rule " + id + " has no terms");
        }
        List<Term> operands = new ArrayList<>(terms);
        if (total != null) {
            operands.add(total);
        }
        int n = operands.size();
        slots = new int[n];
        keys = new CellKey[n];
        indexIn = new int[n][];
        weights = new long[n];
        boolean needs = false;
        for (int i = 0; i < n; i++) {
            Term t = operands.get(i);
            needs |= t.period() == Period.PREVIOUS_YEAR;
            slots[i] = FormSet.slot(t.period(), t.key().table());
            keys[i] = t.key();
            indexIn[i] = new int[Edition.values().length];
            for (Edition form : Edition.values()) {
                Layout layout = Layout.of(t.key().table(), form);
                indexIn[i][form.ordinal()] = layout == t.key().layout() ? t.key().index()
                        : exactForms ? -1 : layout.find(t.key().row(), t.key().column()).map(CellKey::index).orElse(-1);
            }
            weights[i] = t.weight();
        }
        needsPrevious = needs;
    }

    /**
     * Starts a sum rule.
     *
     * @param id the rule id its findings carry
     * @return the builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    @Override
    public String id() {
        return id;
    }

    /** {@return the severity of the rule's findings} */
    public Severity severity() {
        return severity;
    }

    /** {@return the key of the rule's message template} */
    public String messageKey() {
        return messageKey;
    }

    /** {@return the words of the regulation or format that state the relation, if there are any} */
    public Optional<String> quote() {
        return Optional.ofNullable(quote);
    }

    /** {@return the weighted terms, in order} */
    public List<Term> terms() {
        return terms;
    }

    /** {@return the reported cell the sum is compared with; empty when the sum is compared with 0} */
    public Optional<Term> total() {
        return Optional.ofNullable(total);
    }

    /** {@return how the sum compares with the total} */
    public Relation relation() {
        return relation;
    }

    /** {@return what a blank or not-applicable cell means in this rule} */
    public BlankPolicy blankPolicy() {
        return blankPolicy;
    }

    /**
     * Returns this rule with another blank policy, everything else the same.
     *
     * @param policy the policy
     * @return the rule; this one if the policy is its own
     */
    public SumRule withBlankPolicy(BlankPolicy policy) {
        if (policy == blankPolicy) {
            return this;
        }
        Builder b = builder(id).severity(severity).messageKey(messageKey).catalog(catalog).relation(relation).blankPolicy(policy);
        if (quote != null) {
            b.quote(quote);
        }
        for (Term t : terms) {
            b.term(t.period(), t.key(), t.weight());
        }
        if (total != null) {
            b.total(total.period(), total.key());
        }
        if (exactForms) {
            b.exactForms();
        }
        return b.build();
    }

    /** {@return whether the rule reads the previous year's report} */
    public boolean isCrossYear() {
        return needsPrevious;
    }

    /**
     * Tells whether the rule reads a cell.
     *
     * @param period which report
     * @param key the cell
     * @return whether the cell is a term or the total
     */
    public boolean involves(Period period, CellKey key) {
        for (int i = 0; i < keys.length; i++) {
            if (slots[i] == FormSet.slot(period, key.table()) && indexIn[i][key.edition().ordinal()] == key.index()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the rule applies only to tables of exactly the forms its keys come from, or
     * also to the other edition's form of a table wherever that form has the same cells (a hybrid
     * report's V2019-form table 三 for a rule written against V2021 keys).
     *
     * @return whether the rule is bound to its keys' forms
     */
    public boolean isExactForms() {
        return exactForms;
    }

    /**
     * Tells whether the rule applies to a report: its tables have the forms the rule's cells belong
     * to, and the previous year's report is there if the rule reads it.
     *
     * @param context the report and its previous year
     * @return whether {@link #check} can assess the relation
     */
    public boolean appliesTo(ValidationContext context) {
        return appliesTo(FormSet.tables(context));
    }

    /** Whether every operand's table is there and has the operand's form. */
    boolean appliesTo(Table[] tables) {
        for (int i = 0; i < keys.length; i++) {
            Table t = tables[slots[i]];
            if (t == null || t.section() != keys[i].table() || indexIn[i][t.edition().ordinal()] < 0) {
                return false;
            }
        }
        return true;
    }

    private int index(Table[] tables, int operand) {
        return indexIn[operand][tables[slots[operand]].edition().ordinal()];
    }

    @Override
    public void check(ValidationContext context, Consumer<Finding> findings) {
        Table[] tables = FormSet.tables(context);
        if (appliesTo(tables)) { // else another form of the table, or no previous year: not about this report
            check(tables, findings, context.relations);
        }
    }

    /**
     * Checks the relation on tables already known to have the rule's forms.
     *
     * @param tables the report's tables as {@link FormSet#tables} arranges them
     * @param tally where the relation is counted as assessed or not
     */
    void check(Table[] tables, Consumer<Finding> findings, RelationTally tally) {
        int termCount = terms.size();
        long bound = 0;
        boolean totalGiven = true;
        boolean unknown = false;
        boolean blankTotal = false;
        if (total != null) {
            Count t = tables[slots[termCount]].countAt(index(tables, termCount));
            if (t.isNumber()) {
                bound = t.value();
            } else {
                totalGiven = false; // blank or n/a: a finding of its own; unknown: see below
                unknown = t.isUnknown();
                blankTotal = !unknown;
            }
        }
        long sum = 0;
        boolean anyNumber = false;
        boolean overflow = false;
        boolean notGiven = false;
        for (int i = 0; i < termCount; i++) {
            Count c = tables[slots[i]].countAt(index(tables, i));
            if (c.isNumber()) {
                anyNumber = true;
                if (!overflow) {
                    long v = c.value();
                    try {
                        sum = Math.addExact(sum, weights[i] == 1 ? v : Math.multiplyExact(weights[i], v));
                    } catch (ArithmeticException e) {
                        overflow = true;
                    }
                }
            } else if (c.isUnknown()) {
                unknown = true;
            } else {
                notGiven = true;
            }
        }
        List<RelationResult> results = tally.results;
        if (unknown) {
            tally.notAssessed++;
            findings.accept(notAssessed(tables));
            if (results != null) {
                results.add(result(tables, RelationResult.Status.NOT_ASSESSED, null, CellState.UNKNOWN));
            }
        } else if (blankPolicy == BlankPolicy.BLANK_IS_ERROR && (notGiven || blankTotal)) {
            tally.assessed++;
            findings.accept(blankIsError(tables));
            if (results != null) {
                results.add(result(tables, RelationResult.Status.BROKEN, null, null));
            }
        } else if (!totalGiven || total == null && !anyNumber
                || notGiven && blankPolicy == BlankPolicy.NOT_ASSESSED_IF_BLANK) {
            tally.notAssessed++; // nothing to compare: the blank total is reported on its own
            if (results != null) {
                results.add(result(tables, RelationResult.Status.NOT_ASSESSED, null, CellState.BLANK));
            }
        } else if (overflow) {
            tally.notAssessed++;
            findings.accept(finding(tables, StandardRule.SUM_OVERFLOW.id(), StandardRule.SUM_OVERFLOW.defaultSeverity(),
                    StandardRule.SUM_OVERFLOW.id(), null));
            if (results != null) {
                results.add(result(tables, RelationResult.Status.NOT_ASSESSED, null, null));
            }
        } else {
            tally.assessed++;
            boolean holds = relation.holds(sum, bound);
            if (!holds) {
                Finding f = finding(tables, id, severity, messageKey, sum);
                findings.accept(needsPrevious ? f.withArguments(withPairing(f.arguments(), tally.pairedBy)) : f);
            }
            if (results != null) {
                results.add(result(tables, holds ? RelationResult.Status.HELD : RelationResult.Status.BROKEN,
                        sum - bound, null));
            }
        }
    }

    // BLANK_IS_ERROR: the blank cells break the relation, whatever the sums.
    private Finding blankIsError(Table[] tables) {
        List<FindingCell> cells = operandCells(tables);
        List<FindingCell> blanks = new ArrayList<>();
        for (FindingCell c : cells) {
            if (c.isNotGiven()) {
                blanks.add(FindingCell.of(c.period(), FindingCell.Role.SUBJECT, 1, c.key().orElseThrow(), c.cell().orElseThrow()));
            }
        }
        return Finding.builder().ruleId(id).severity(severity).messageKey(BLANK_MESSAGE_KEY).addAllCells(cells)
                .putArguments("rule", id).putArguments("cells", List.copyOf(blanks))
                .putArguments("terms", List.copyOf(cells.subList(0, terms.size())))
                .build();
    }

    // Only when all results are asked for: the cells that kept the relation from being assessed are
    // those in the given states (unknown; blank and not applicable).
    private RelationResult result(Table[] tables, RelationResult.Status status, Long imbalance, CellState kept) {
        List<FindingCell> cells = operandCells(tables);
        List<FindingCell> keptBy = new ArrayList<>();
        if (kept != null) {
            for (FindingCell c : cells) {
                CellState s = c.state();
                if (kept == CellState.UNKNOWN ? s == CellState.UNKNOWN : s == CellState.BLANK || s == CellState.NOT_APPLICABLE) {
                    keptBy.add(c);
                }
            }
        }
        return new RelationResult(id, status, cells, imbalance, keptBy);
    }

    /** The operand's key in the form of the table at hand. */
    private CellKey localKey(Table[] tables, int operand) {
        Table t = tables[slots[operand]];
        return t.layout() == keys[operand].layout() ? keys[operand] : t.layout().cells().get(index(tables, operand));
    }

    // The relation's cells, in order: terms then the total.
    private List<FindingCell> operandCells(Table[] tables) {
        List<FindingCell> cells = new ArrayList<>(terms.size() + 1);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            cells.add(FindingCell.of(t.period(), FindingCell.Role.TERM, t.weight(), localKey(tables, i),
                    tables[slots[i]].cellAt(index(tables, i))));
        }
        if (total != null) {
            int last = terms.size();
            cells.add(FindingCell.of(total.period(), FindingCell.Role.TOTAL, 1, localKey(tables, last),
                    tables[slots[last]].cellAt(index(tables, last))));
        }
        return cells;
    }

    private Finding notAssessed(Table[] tables) {
        List<FindingCell> cells = operandCells(tables);
        List<FindingCell> unknown = new ArrayList<>();
        for (FindingCell c : cells) {
            if (c.cell().orElseThrow().isUnknown()) {
                unknown.add(c);
            }
        }
        return Finding.builder().ruleId(StandardRule.NOT_ASSESSED.id()).severity(StandardRule.NOT_ASSESSED.defaultSeverity())
                .messageKey(StandardRule.NOT_ASSESSED.id()).addAllCells(cells)
                .putArguments("rule", id).putArguments("unknown", List.copyOf(unknown))
                .build();
    }

    // The slow path: only for a relation that does not hold.
    private static Map<String, Object> withPairing(Map<String, Object> arguments, Object pairedBy) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(arguments);
        all.put("pairedBy", pairedBy);
        return all;
    }

    private Finding finding(Table[] tables, String ruleId, Severity sev, String key, Long sum) {
        List<FindingCell> cells = operandCells(tables);
        List<FindingCell> termCells = List.copyOf(cells.subList(0, terms.size()));
        FindingCell totalCell = total == null ? null : cells.get(terms.size());
        List<FindingCell> notGiven = new ArrayList<>();
        for (FindingCell cell : termCells) {
            if (cell.isNotGiven()) {
                notGiven.add(FindingCell.of(cell.period(), FindingCell.Role.SUBJECT, 1, cell.key().orElseThrow(), cell.cell().orElseThrow()));
            }
        }
        Finding.Builder b = Finding.builder().ruleId(ruleId).severity(sev).messageKey(key).addAllCells(cells);
        b.putArguments("terms", termCells);
        b.putArguments("rule", id);
        b.putArguments("total", totalCell != null ? totalCell : "0");
        if (ruleId.equals(id)) {
            b.catalog(catalog);
        }
        if (sum != null) {
            String expected;
            String actual;
            if (totalCell != null) {
                // What the reported total should be, given the sum.
                expected = switch (relation) {
                    case EQUAL -> Long.toString(sum);
                    case AT_MOST -> "≥ " + sum;
                    case AT_LEAST -> "≤ " + sum;
                };
                actual = totalCell.cell().orElseThrow().toString();
            } else {
                expected = relation.symbol() + " 0";
                actual = Long.toString(sum);
            }
            b.expected(expected).actual(actual);
            b.putArguments("sum", sum);
            b.putArguments("expected", expected);
            b.putArguments("actual", actual);
            b.putArguments("relation", relation.symbol());
            b.putArguments("notGiven", notGiven.isEmpty() ? "" : new Messages.Nested("sum.notGiven", Map.of("cells", List.copyOf(notGiven))));
            b.putArguments("quote", quote == null ? "" : new Messages.Nested("sum.quote", Map.of("quote", quote)));
        }
        return b.build();
    }

    /** {@return the rule as a formula over JSON Pointers} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(id).append(": ");
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            sb.append(i == 0 ? (t.weight() < 0 ? "-" : "") : t.weight() < 0 ? " - " : " + ");
            if (Math.abs(t.weight()) != 1) {
                sb.append(Math.abs(t.weight())).append('*');
            }
            sb.append(t.period() == Period.PREVIOUS_YEAR ? "previous:" : "").append(t.key().path());
        }
        sb.append(' ').append(relation.symbol()).append(' ');
        if (total == null) {
            sb.append('0');
        } else {
            sb.append(total.period() == Period.PREVIOUS_YEAR ? "previous:" : "").append(total.key().path());
        }
        return sb.toString();
    }

    /** Builds a {@link SumRule}. Not thread-safe. */
    public static final class Builder {

        private final String id;
        private Severity severity;
        private String messageKey;
        private String quote;
        private MessageCatalog catalog = MessageCatalog.standard();
        private final List<Term> terms = new ArrayList<>();
        private Term total;
        private Relation relation = Relation.EQUAL;
        private BlankPolicy blankPolicy = BlankPolicy.COUNT_AS_ZERO;
        private boolean exactForms;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the severity. By default a standard rule's default severity, else {@link Severity#ERROR}.
         *
         * @param severity the severity
         * @return this builder
         */
        public Builder severity(Severity severity) {
            this.severity = Objects.requireNonNull(severity);
            return this;
        }

        /**
         * Sets the message key. By default the id for a standard rule, else
         * {@link SumRule#GENERIC_MESSAGE_KEY}, a generic message of the standard catalogue.
         *
         * @param messageKey the key
         * @return this builder
         */
        public Builder messageKey(String messageKey) {
            this.messageKey = Objects.requireNonNull(messageKey);
            return this;
        }

        /**
         * Sets the catalogue the message key is looked up in.
         *
         * @param catalog the catalogue
         * @return this builder
         */
        public Builder catalog(MessageCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog);
            return this;
        }

        /**
         * Sets the words of the regulation or format that state the relation.
         *
         * @param quote the words, quoted in messages
         * @return this builder
         */
        public Builder quote(String quote) {
            this.quote = Objects.requireNonNull(quote);
            return this;
        }

        /**
         * Adds a term of weight 1 from this year's report.
         *
         * @param key a count cell
         * @return this builder
         */
        public Builder term(CellKey key) {
            return term(Period.THIS_YEAR, key, 1);
        }

        /**
         * Adds a weighted term from this year's report.
         *
         * @param key a count cell
         * @param weight its factor, such as -1 for a subtracted cell
         * @return this builder
         */
        public Builder term(CellKey key, long weight) {
            return term(Period.THIS_YEAR, key, weight);
        }

        /**
         * Adds a weighted term.
         *
         * @param period which report the cell is read from
         * @param key a count cell
         * @param weight its factor
         * @return this builder
         */
        public Builder term(Period period, CellKey key, long weight) {
            terms.add(new Term(period, key, weight));
            return this;
        }

        /**
         * Sets the total, a cell of this year's report.
         *
         * @param key a count cell
         * @return this builder
         */
        public Builder total(CellKey key) {
            return total(Period.THIS_YEAR, key);
        }

        /**
         * Sets the total. Without a total the sum is compared with 0.
         *
         * @param period which report the cell is read from
         * @param key a count cell
         * @return this builder
         */
        public Builder total(Period period, CellKey key) {
            this.total = new Term(period, key, 1);
            return this;
        }

        /**
         * Sets the relation; {@link Relation#EQUAL} by default.
         *
         * @param relation how the sum compares with the total
         * @return this builder
         */
        public Builder relation(Relation relation) {
            this.relation = Objects.requireNonNull(relation);
            return this;
        }

        /**
         * Binds the rule to exactly the table forms its keys come from. By default a rule also
         * applies to the other edition's form of a table wherever that form has every cell of the
         * rule (same row, same column): a rule written against V2021 keys of table 三 then checks a
         * hybrid report's V2019-form table 三 too, unless it names a row only V2021 has. The
         * standard rules are built once per form and bound to it.
         *
         * @return this builder
         */
        public Builder exactForms() {
            this.exactForms = true;
            return this;
        }

        /**
         * Sets what a blank or not-applicable cell means; {@link BlankPolicy#COUNT_AS_ZERO} by default.
         *
         * @param blankPolicy the policy
         * @return this builder
         */
        public Builder blankPolicy(BlankPolicy blankPolicy) {
            this.blankPolicy = Objects.requireNonNull(blankPolicy);
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         * @throws IllegalArgumentException if there are no terms
         */
        public SumRule build() {
            return new SumRule(this);
        }
    }
}

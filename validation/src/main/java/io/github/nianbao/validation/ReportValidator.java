package io.github.nianbao.validation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.validation.internal.CellRules;
import io.github.nianbao.validation.internal.DateRules;
import io.github.nianbao.validation.internal.ReportRules;
import io.github.nianbao.validation.internal.StandardSums;
import io.github.nianbao.validation.localisation.ErrorLocator;
import io.github.nianbao.validation.pack.RulePack;
import io.github.nianbao.validation.narrative.NarrativeFigures;
import io.github.nianbao.validation.similarity.CopiedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks reports against every relation of the format and returns all findings, never stopping at
 * the first. Immutable and thread-safe: create one and share it.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard().validate(report, lastYearsReport);
 * if (!result.isAcceptable()) {
 *     result.findings(Severity.ERROR).forEach(f -> System.out.println(f.message(Locale.ENGLISH)));
 * }
 * }</pre>
 *
 * <p>A {@link #builder() builder} adds custom rules, disables rules and overrides severities:
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *         .addRule(myProvincialRule)
 *         .disable(StandardRule.FEE_DISCLOSURE)
 *         .severity(StandardRule.YEAR_CARRY, Severity.WARNING)
 *         .build();
 * }</pre>
 */
public final class ReportValidator {

    private static final ReportValidator STANDARD = builder().build();

    private final List<Rule> rules;
    /** The rules as they run: consecutive sum rules as one step, consecutive per-cell rules as one walk. */
    private final List<Rule> plan;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;
    private final Clock clock;
    /** Whether every relation's result is listed. */
    private final boolean allResults;
    /** Finds the likely causes of broken sums; null unless asked for. */
    private final ErrorLocator locator;
    /** The ids of the sum rules, whose findings call for the locator. */
    private final Set<String> sumRuleIds;
    /** The current year and the instants it spans, so that the clock's calendar is read once a year. */
    private volatile ThisYear thisYear;
    /** Every rule once, as configured, disabled ones included. */
    private final List<RuleDescription> descriptions;
    private final Map<String, RuleDescription> descriptionsById;

    private record ThisYear(int year, long fromMillis, long untilMillis) {
    }

    private ReportValidator(List<Rule> rules, Set<String> disabled, Map<String, Severity> severities, Clock clock,
            ErrorLocator locator, boolean allResults, List<RuleDescription> descriptions) {
        this.rules = List.copyOf(rules);
        this.descriptions = List.copyOf(descriptions);
        Map<String, RuleDescription> byId = new HashMap<>();
        for (RuleDescription d : this.descriptions) {
            byId.put(d.id(), d);
        }
        this.descriptionsById = Map.copyOf(byId);
        this.allResults = allResults;
        this.locator = locator;
        this.sumRuleIds = locator == null ? Set.of()
                : locator.rules().stream().map(SumRule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.plan = plan(this.rules);
        this.disabled = Set.copyOf(disabled);
        this.severities = Map.copyOf(severities);
        this.clock = clock;
    }

    /** {@return the validator with every standard rule at its default severity, on the system clock} */
    public static ReportValidator standard() {
        return STANDARD;
    }

    /** {@return a builder, starting from the standard rules} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rules this validator runs, in order, as they run: a sum rule is one {@link Rule}
     * per relation instance, so an id may occur many times, and rules whose findings the validator
     * reports itself (such as {@link StandardRule#PREVIOUS_MISMATCH}) are not among them. For
     * each rule once, see {@link #ruleDescriptions()}.
     *
     * @return the rules, disabled ones left out
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Describes every rule this validator is configured with, each once: its id, default and
     * effective severity, whether it is disabled, what it checks and, for a sum rule, how many
     * relation instances apply to each edition. Every rule whose findings the validator can report
     * is there — the standard rules (when on) in the order of {@link StandardRule}, including those
     * the validator reports itself ({@link StandardRule#PREVIOUS_MISMATCH},
     * {@link StandardRule#SUM_OVERFLOW}, {@link StandardRule#NOT_ASSESSED}) and the opt-in ones
     * ({@link StandardRule#LIKELY_CAUSE}) — then the rules of rule packs and the custom rules
     * under ids of their own, in the order added. Disabled rules are listed, marked disabled.
     *
     * @return the descriptions, one per id
     */
    public List<RuleDescription> ruleDescriptions() {
        return descriptions;
    }

    /**
     * Describes one rule ({@link #ruleDescriptions()}).
     *
     * @param ruleId the id, standard or custom
     * @return its description, or empty if this validator has no rule of that id
     */
    public Optional<RuleDescription> ruleDescription(String ruleId) {
        return Optional.ofNullable(descriptionsById.get(Objects.requireNonNull(ruleId, "ruleId")));
    }

    /**
     * Returns the severity a rule's findings have from this validator: the override given by
     * {@link Builder#severity(String, Severity)} or a rule pack, else the rule's default.
     *
     * @param ruleId the id, standard or custom
     * @return the severity; empty if this validator has no rule of that id, or the rule is a custom
     *         rule (not a {@link SumRule}) without override, whose findings carry the severities it chooses
     */
    public Optional<Severity> severityOf(String ruleId) {
        return ruleDescription(ruleId).flatMap(RuleDescription::severity);
    }

    /**
     * Tells whether the validator was told to disable a rule ({@link Builder#disable(String)} or a
     * rule pack): it then reports no finding with that id.
     *
     * @param ruleId the id, standard or custom
     * @return whether the rule is disabled
     */
    public boolean isDisabled(String ruleId) {
        return disabled.contains(Objects.requireNonNull(ruleId, "ruleId"));
    }

    /**
     * Checks a report on its own.
     *
     * @param report the report
     * @return every finding
     */
    public ValidationResult validate(AnnualReport report) {
        return validate(report, null);
    }

    /**
     * Checks a report together with the same agency's report for the previous year, which enables
     * the cross-year rules. If the report given as the previous year's is another agency's or not of
     * the year before, that is a {@link StandardRule#PREVIOUS_MISMATCH} finding and the cross-year
     * rules are not run.
     *
     * @param report the report
     * @param previousYear the previous year's report, or {@code null}
     * @return every finding
     */
    public ValidationResult validate(AnnualReport report, AnnualReport previousYear) {
        Objects.requireNonNull(report, "report");
        List<Finding> out = new ArrayList<>();
        Consumer<Finding> sink = disabled.isEmpty() && severities.isEmpty() ? out::add : f -> {
            if (!disabled.contains(f.ruleId())) {
                Severity s = severities.get(f.ruleId());
                out.add(s == null || s == f.severity() ? f : f.withSeverity(s));
            }
        };
        AnnualReport prior = null;
        if (previousYear != null) {
            if (ReportRules.isPreviousYear(report, previousYear)) {
                prior = previousYear;
            } else {
                sink.accept(ReportRules.previousMismatch(report, previousYear));
            }
        }
        ValidationContext context = new ValidationContext(report, prior, currentYear());
        if (allResults) {
            context.relations.results = new ArrayList<>();
        }
        for (Rule step : plan) {
            step.check(context, sink);
        }
        ValidationResult result = new ValidationResult(out, context.relations.assessed, context.relations.notAssessed,
                unknownCells(report), context.relations.results == null ? List.of() : context.relations.results);
        if (locator != null && anySumFinding(out)) {
            result = locator.explain(result, report, prior);
            if (!severities.isEmpty()) { // the added findings did not pass the sink
                List<Finding> overridden = new ArrayList<>();
                for (Finding f : result.findings()) {
                    Severity s = severities.get(f.ruleId());
                    overridden.add(s == null || s == f.severity() ? f : f.withSeverity(s));
                }
                result = result.withFindings(overridden);
            }
        }
        return result;
    }

    private boolean anySumFinding(List<Finding> findings) {
        for (Finding f : findings) {
            if (sumRuleIds.contains(f.ruleId())) {
                return true;
            }
        }
        return false;
    }

    private static int unknownCells(AnnualReport report) {
        return unknownCells(report.proactiveDisclosure()) + unknownCells(report.applications())
                + unknownCells(report.reviewLitigation());
    }

    private static int unknownCells(Table table) {
        int n = 0;
        for (int i = 0, size = table.layout().cells().size(); i < size; i++) {
            if (table.cellAt(i).isUnknown()) {
                n++;
            }
        }
        return n;
    }

    private int currentYear() {
        long now = clock.millis();
        ThisYear y = thisYear;
        if (y == null || now < y.fromMillis() || now >= y.untilMillis()) {
            ZoneId zone = clock.getZone();
            int year = Instant.ofEpochMilli(now).atZone(zone).getYear();
            y = new ThisYear(year, LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli(),
                    LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli());
            thisYear = y;
        }
        return y.year();
    }

    // Rules run in their order, each on its own, but the ≈200 standard sum rules each ask whether
    // they concern the report's table forms, and the per-cell rules each walk every cell: runs of
    // them are done as one step, with the same findings in the same order.
    private static List<Rule> plan(List<Rule> rules) {
        List<Rule> plan = new ArrayList<>();
        for (int i = 0, j; i < rules.size(); i = j) {
            Rule first = rules.get(i);
            j = i + 1;
            if (first instanceof SumRule) {
                while (j < rules.size() && rules.get(j) instanceof SumRule) {
                    j++;
                }
                plan.add(j - i == 1 ? first
                        : new SumRun(rules.subList(i, j).stream().map(SumRule.class::cast).toList()));
            } else if (CellRules.looksAtOneCell(first)) {
                while (j < rules.size() && CellRules.looksAtOneCell(rules.get(j))) {
                    j++;
                }
                plan.add(j - i == 1 ? first : CellRules.inOneWalk(rules.subList(i, j)));
            } else {
                plan.add(first);
            }
        }
        return List.copyOf(plan);
    }

    @Override
    public String toString() {
        return "ReportValidator[" + rules.size() + " rules, disabled " + disabled + ", severities " + severities + "]";
    }

    /** Configures a {@link ReportValidator}. Not thread-safe; the validators it builds are. */
    public static final class Builder {

        private final List<Rule> custom = new ArrayList<>();
        private final Set<String> disabled = new HashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private Clock clock = Clock.systemDefaultZone();
        private boolean standardRules = true;
        private boolean likelyCauses;
        private Deadlines deadlines = Deadlines.statutory();
        private boolean allResults;
        private BlankPolicy blankPolicy;
        /** A pack's relations in place of the standard sum relations; null for the standard ones. */
        private List<SumRule> standardSums;
        /** Packs' relations added after the standard rules (several may share an id). */
        private final List<SumRule> packRelations = new ArrayList<>();
        private Rule copiedText = CopiedText.rule();

        private Builder() {
        }

        /**
         * Lists every relation instance's result in {@link ValidationResult#relationResults()}: held,
         * broken (with the imbalance) or not assessed (with the cells that kept it). Off by default,
         * so that validating costs nothing for relations that hold.
         *
         * @param on whether to list them
         * @return this builder
         */
        public Builder allResults(boolean on) {
            this.allResults = on;
            return this;
        }

        /**
         * Sets the blank policy of every standard sum rule (or of a pack's relations standing in for
         * them). By default each keeps its own: {@link BlankPolicy#COUNT_AS_ZERO} (FORMAT.md §7) for
         * the standard ones. Custom sum rules always keep their own.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder blankPolicy(BlankPolicy policy) {
            this.blankPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /**
         * Applies a rule pack: its severities, disabled rules, deadlines and blank policy, and its
         * relations — in place of the standard sum relations for a pack with base
         * {@link RulePack.Base#NON_SUM}, else after the standard rules.
         *
         * @param pack the pack, such as one read by {@link RulePack#read(java.nio.file.Path)}
         * @return this builder
         */
        public Builder rulePack(RulePack pack) {
            Objects.requireNonNull(pack, "pack");
            if (pack.base() == RulePack.Base.NON_SUM) {
                standardSums = pack.relations();
            } else {
                packRelations.addAll(pack.relations());
            }
            severities.putAll(pack.severities());
            disabled.addAll(pack.disabled());
            pack.deadlines().ifPresent(this::deadlines);
            pack.blankPolicy().ifPresent(this::blankPolicy);
            return this;
        }

        /**
         * Reads a rule pack file and applies it ({@link #rulePack(RulePack)}).
         *
         * @param file the pack, UTF-8 JSON (docs/RULE-PACKS.md)
         * @return this builder
         * @throws io.github.nianbao.validation.pack.RulePackException listing every problem of the pack with its line
         */
        public Builder rulePack(java.nio.file.Path file) {
            return rulePack(RulePack.read(file));
        }

        /**
         * Sets the publication deadlines {@link StandardRule#DEADLINE} checks; the statute's by default.
         *
         * @param deadlines the dates, such as a province's earlier ones
         * @return this builder
         */
        public Builder deadlines(Deadlines deadlines) {
            this.deadlines = Objects.requireNonNull(deadlines);
            return this;
        }

        /**
         * Adds the likely cause of broken sums ({@link StandardRule#LIKELY_CAUSE}, INFO, found by an
         * {@link ErrorLocator} over this validator's sum rules) next to the findings it explains.
         * Off by default: it adds findings that callers expecting the plain findings do not expect,
         * and it costs far more than validation itself on a report with broken sums (nothing on a
         * report whose sums hold).
         *
         * @param on whether to add them
         * @return this builder
         */
        public Builder likelyCauses(boolean on) {
            this.likelyCauses = on;
            return this;
        }

        /**
         * Adds a rule, run after the standard rules in the order added.
         *
         * @param rule the rule; it must be immutable and thread-safe
         * @return this builder
         */
        public Builder addRule(Rule rule) {
            custom.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Adds rules.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder addRules(Iterable<? extends Rule> rules) {
            rules.forEach(this::addRule);
            return this;
        }

        /**
         * Disables every rule with an id, and drops every finding carrying it.
         *
         * @param ruleId the id, standard or custom
         * @return this builder
         */
        public Builder disable(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId));
            return this;
        }

        /**
         * Disables a standard rule.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder disable(StandardRule rule) {
            return disable(rule.id());
        }

        /**
         * Leaves out all standard rules, for a validator of custom rules only.
         *
         * @return this builder
         */
        public Builder withoutStandardRules() {
            standardRules = false;
            return this;
        }

        /**
         * Gives every finding of a rule another severity.
         *
         * @param ruleId the id, standard or custom
         * @param severity the severity its findings get
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId), Objects.requireNonNull(severity));
            return this;
        }

        /**
         * Gives every finding of a standard rule another severity.
         *
         * @param rule the rule
         * @param severity the severity its findings get
         * @return this builder
         */
        public Builder severity(StandardRule rule, Severity severity) {
            return severity(rule.id(), severity);
        }

        /**
         * Sets when {@link StandardRule#COPIED_TEXT} counts a narrative section as copied from the
         * previous year's report.
         *
         * @param threshold the share (0 to 1) of this year's shingles found last year; 0.8 by default
         * @param minimumLength the shortest section assessed, in normalised characters; 100 by default
         * @return this builder
         */
        public Builder copiedText(double threshold, int minimumLength) {
            copiedText = CopiedText.rule(threshold, minimumLength);
            return this;
        }

        /**
         * Sets the clock that tells the current year (for {@link StandardRule#YEAR_RANGE}); the
         * system clock by default.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        private void checkConfiguration() {
            Set<String> known = new HashSet<>();
            for (StandardRule r : StandardRule.values()) {
                known.add(r.id()); // also the ids of findings a custom sum rule can yield (SUM-OVERFLOW, NOT-ASSESSED)
            }
            Set<String> custom = new HashSet<>();
            for (Rule r : this.custom) {
                String id = Objects.requireNonNull(r.id(), () -> "a custom rule has no id: " + r);
                if (standardRules && StandardRule.ofId(id).isPresent()) {
                    throw new IllegalArgumentException("custom rule " + r + " reuses the id of the standard rule " + id
                            + ": give it an id of its own (to replace the standard rule, disable " + id
                            + " and add the custom one under another id)");
                }
                if (!custom.add(id)) {
                    throw new IllegalArgumentException("two custom rules have the id " + id
                            + " (or one rule was added twice): findings could not tell them apart");
                }
            }
            known.addAll(custom);
            for (SumRule r : packRelations) {
                known.add(r.id());
            }
            for (String id : disabled) {
                if (!known.contains(id)) {
                    throw new IllegalArgumentException("disable(\"" + id + "\"): no rule of this validator has that id;"
                            + " see StandardRule for the standard ids");
                }
            }
            for (String id : severities.keySet()) {
                if (!known.contains(id)) {
                    throw new IllegalArgumentException("severity(\"" + id + "\", " + severities.get(id)
                            + "): no rule of this validator has that id; see StandardRule for the standard ids");
                }
            }
        }

        /**
         * Builds the validator. A configuration that would silently do nothing is refused.
         *
         * @return the validator
         * @throws IllegalArgumentException if a custom rule reuses a standard rule's id while the
         *         standard rules are on, two custom rules share an id (or one was added twice), or
         *         {@link #disable(String)} or {@link #severity(String, Severity)} names an id that no
         *         rule of this validator has
         */
        public ReportValidator build() {
            checkConfiguration();
            List<Rule> all = new ArrayList<>();
            List<SumRule> sums = new ArrayList<>();
            if (standardRules) {
                List<SumRule> standardSums = (this.standardSums != null ? this.standardSums : StandardSums.create()).stream()
                        .map(r -> blankPolicy == null ? r : r.withBlankPolicy(blankPolicy)).toList();
                sums.addAll(standardSums);
                sums.addAll(packRelations);
                for (Rule r : custom) {
                    if (r instanceof SumRule s) {
                        sums.add(s);
                    }
                }
                sums.removeIf(s -> disabled.contains(s.id()));
                all.add(ReportRules.yearRange());
                all.add(ReportRules.editionYear());
                all.add(CellRules.nonNegative());
                all.add(CellRules.blank());
                all.add(CellRules.blankTotal(sums));
                all.add(CellRules.notApplicable());
                all.add(CellRules.feePrecision());
                all.addAll(standardSums);
                all.add(DateRules.deadline(deadlines));
                all.add(DateRules.periodYear());
                all.add(DateRules.narrativeYear());
                all.add(ReportRules.sectionEmpty());
                all.add(ReportRules.feeDisclosure());
                all.add(NarrativeFigures.rule());
                all.add(copiedText);
            }
            all.addAll(packRelations);
            all.addAll(custom);
            List<RuleDescription> descriptions = describe(all);
            all.removeIf(r -> disabled.contains(r.id()));
            ErrorLocator locator = null;
            if (likelyCauses && !disabled.contains(StandardRule.LIKELY_CAUSE.id())) {
                List<SumRule> located = new ArrayList<>();
                for (Rule r : all) {
                    if (r instanceof SumRule s) {
                        located.add(s);
                    }
                }
                locator = ErrorLocator.builder().rules(located).build();
            }
            return new ReportValidator(all, disabled, severities, clock, locator, allResults, descriptions);
        }

        /** Each rule once, from every rule configured (before disabled ones are dropped). */
        private List<RuleDescription> describe(List<Rule> configured) {
            Map<String, List<Rule>> byId = new LinkedHashMap<>();
            Set<String> standard = new LinkedHashSet<>();
            boolean anySum = false;
            for (Rule r : configured) {
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
                anySum |= r instanceof SumRule;
            }
            for (StandardRule s : StandardRule.values()) {
                // With the standard rules off, the validator still reports a mismatched previous
                // year, and any sum rule an overflow or a relation it could not assess.
                if (standardRules || byId.containsKey(s.id()) || s == StandardRule.PREVIOUS_MISMATCH
                        || (anySum && (s == StandardRule.SUM_OVERFLOW || s == StandardRule.NOT_ASSESSED))) {
                    standard.add(s.id());
                }
            }
            List<String> ids = new ArrayList<>(standard);
            for (String id : byId.keySet()) {
                if (!standard.contains(id)) {
                    ids.add(id);
                }
            }
            Map<Edition, Table[]> forms = new EnumMap<>(Edition.class);
            for (Edition e : Edition.values()) {
                forms.put(e, emptyTables(e));
            }
            List<RuleDescription> out = new ArrayList<>(ids.size());
            for (String id : ids) {
                List<Rule> rules = byId.getOrDefault(id, List.of());
                Optional<StandardRule> s = StandardRule.ofId(id);
                Optional<Severity> byDefault = rules.stream().filter(SumRule.class::isInstance).map(r -> ((SumRule) r).severity())
                        .findFirst().or(() -> s.map(StandardRule::defaultSeverity));
                Map<Edition, Integer> instances = new EnumMap<>(Edition.class);
                if (rules.stream().anyMatch(SumRule.class::isInstance)) {
                    for (Map.Entry<Edition, Table[]> f : forms.entrySet()) {
                        int n = 0;
                        for (Rule r : rules) {
                            if (r instanceof SumRule sum && sum.appliesTo(f.getValue())) {
                                n++;
                            }
                        }
                        instances.put(f.getKey(), n);
                    }
                }
                out.add(new RuleDescription(id, byDefault, Optional.ofNullable(severities.get(id)).or(() -> byDefault),
                        disabled.contains(id), s, instances));
            }
            return out;
        }

        /** The tables of one edition, this year's and the previous year's: only their forms matter to which relations apply. */
        private static Table[] emptyTables(Edition edition) {
            Table[] tables = new Table[FormSet.SLOTS];
            for (Period p : Period.values()) {
                tables[FormSet.slot(p, Section.PROACTIVE_DISCLOSURE)] = ProactiveDisclosure.builder(edition).build();
                tables[FormSet.slot(p, Section.APPLICATIONS)] = ApplicationTable.builder(edition).build();
                tables[FormSet.slot(p, Section.REVIEW_LITIGATION)] = ReviewLitigationTable.builder(edition).build();
            }
            return tables;
        }
    }
}

package io.github.nianbao.validation.pack;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.BlankPolicy;
import io.github.nianbao.validation.Deadlines;
import io.github.nianbao.validation.MessageCatalog;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.SumRule;
import io.github.nianbao.validation.pack.JsonTree.Node;
import java.math.BigInteger;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks one pack; collects every problem before it gives up. Not thread-safe. */
final class PackReader {

    private static final Set<String> TOP = Set.of("$schema", "packFormat", "id", "version", "title", "base", "deadlines",
            "blankPolicy", "severities", "disable", "relations");
    private static final Set<String> RELATION = Set.of("id", "edition", "terms", "total", "relation", "severity",
            "blankPolicy", "exactForms", "quote", "message", "hint", "previousEdition");
    private static final Set<String> OPERAND = Set.of("cell", "weight", "period");
    private static final Set<String> TEXTS = Set.of("zh", "en");
    private static final Set<String> DEADLINES = Set.of("departments", "governments");
    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};
    private static final String PREVIOUS = "previous:";

    private final String source;
    private final List<RulePackException.Problem> problems = new ArrayList<>();
    /** Messages of the pack's relations, by message key: Chinese and English templates. */
    private final Map<String, String[]> messages = new HashMap<>();

    PackReader(String source) {
        this.source = source;
    }

    /** A problem at a node: its message key (pack.…) and named arguments, as name, value, name, value. */
    private void problem(Node at, String key, Object... arguments) {
        problems.add(RulePackException.Problem.of(source, at.line(), at.column(), at.pointer(), key, arguments));
    }

    RulePack read(String json) {
        Node root = JsonTree.read(json, source, problems);
        if (root == null) {
            throw new RulePackException(problems);
        }
        if (!root.isObject()) {
            problem(root, "pack.notObject");
            throw new RulePackException(problems);
        }
        Map<String, Node> m = members(root, TOP);
        Node format = m.get("packFormat");
        if (format == null) {
            problem(root, "pack.formatMissing", "version", RulePack.FORMAT_VERSION);
        } else if (!(format.value() instanceof BigInteger v) || v.intValue() != RulePack.FORMAT_VERSION || v.bitLength() > 31) {
            problem(format, "pack.formatWrong", "version", RulePack.FORMAT_VERSION, "value", format.value());
        }
        String id = text(m.get("id"), root, "id");
        String version = text(m.get("version"), root, "version");
        if (m.containsKey("title")) {
            texts(m.get("title"));
        }
        RulePack.Base base = m.containsKey("base") ? constant(m.get("base"), RulePack.Base.class) : RulePack.Base.ALL;
        Deadlines deadlines = m.containsKey("deadlines") ? deadlines(m.get("deadlines")) : null;
        BlankPolicy blank = m.containsKey("blankPolicy") ? constant(m.get("blankPolicy"), BlankPolicy.class) : null;
        List<SumRule> relations = new ArrayList<>();
        Set<String> relationIds = new HashSet<>();
        if (m.containsKey("relations")) {
            relations(m.get("relations"), base, relations, relationIds);
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (m.containsKey("severities")) {
            Node s = m.get("severities");
            if (!s.isObject()) {
                problem(s, "pack.severitiesNotObject");
            } else {
                for (Map.Entry<String, Node> e : s.members().entrySet()) {
                    knownId(e.getValue(), e.getKey(), relationIds);
                    Severity sev = constant(e.getValue(), Severity.class);
                    if (sev != null) {
                        severities.put(e.getKey(), sev);
                    }
                }
            }
        }
        Set<String> disabled = new LinkedHashSet<>();
        if (m.containsKey("disable")) {
            Node d = m.get("disable");
            if (!(d.value() instanceof List)) {
                problem(d, "pack.disableNotArray");
            } else {
                for (Node e : d.elements()) {
                    if (!(e.value() instanceof String s)) {
                        problem(e, "pack.idNotString");
                    } else {
                        knownId(e, s, relationIds);
                        if (!disabled.add(s)) {
                            problem(e, "pack.disabledTwice", "id", s);
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new RulePack(id, version, base, relations, severities, disabled, deadlines, blank);
    }

    private void knownId(Node at, String id, Set<String> relationIds) {
        if (StandardRule.ofId(id).isEmpty() && !relationIds.contains(id)) {
            problem(at, "pack.unknownId", "id", id);
        }
    }

    private Map<String, Node> members(Node object, Set<String> allowed) {
        for (Map.Entry<String, Node> e : object.members().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue(), "pack.unknownMember", "name", e.getKey(), "allowed", String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return object.members();
    }

    private String text(Node n, Node parent, String name) {
        if (n == null) {
            problem(parent, "pack.missing", "name", name);
            return "";
        }
        if (!(n.value() instanceof String s) || s.isBlank()) {
            problem(n, "pack.notText", "name", name);
            return "";
        }
        return s;
    }

    private String[] texts(Node n) {
        if (!n.isObject()) {
            problem(n, "pack.textNotObject");
            return null;
        }
        Map<String, Node> m = members(n, TEXTS);
        String zh = text(m.get("zh"), n, "zh");
        String en = m.containsKey("en") ? text(m.get("en"), n, "en") : zh;
        return new String[] {zh, en};
    }

    private <E extends Enum<E>> E constant(Node n, Class<E> type) {
        if (n.value() instanceof String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        problem(n, "pack.notOneOf", "names", names, "value", n.value());
        return null;
    }

    private Deadlines deadlines(Node n) {
        if (!n.isObject()) {
            problem(n, "pack.deadlinesNotObject");
            return null;
        }
        Map<String, Node> m = members(n, DEADLINES);
        MonthDay dep = monthDay(m.get("departments"), n, "departments", Deadlines.statutory().departments());
        MonthDay gov = monthDay(m.get("governments"), n, "governments", Deadlines.statutory().governments());
        return dep == null || gov == null ? null : Deadlines.of(dep, gov);
    }

    private MonthDay monthDay(Node n, Node parent, String name, MonthDay statutory) {
        if (n == null) {
            return statutory;
        }
        try {
            MonthDay d = MonthDay.parse(String.valueOf(n.value()));
            if (d.isAfter(statutory)) {
                problem(n, "pack.deadlineLater", "name", name, "date", d, "statutory", statutory);
            }
            return d;
        } catch (DateTimeParseException e) {
            problem(n, "pack.dateForm", "value", n.value());
            return null;
        }
    }

    private void relations(Node n, RulePack.Base base, List<SumRule> out, Set<String> ids) {
        if (!(n.value() instanceof List)) {
            problem(n, "pack.relationsNotArray");
            return;
        }
        Map<String, Node> seen = new HashMap<>();
        int index = 0;
        for (Node r : n.elements()) {
            SumRule rule = relation(r, base, index++);
            if (rule == null) {
                continue;
            }
            // The relation itself, whatever its id: the formula after "id: ", and the cells' forms.
            String formula = rule.toString();
            StringBuilder shape = new StringBuilder(formula.substring(formula.indexOf(": ") + 2));
            rule.terms().forEach(t -> shape.append('|').append(t.key().edition()));
            rule.total().ifPresent(t -> shape.append('|').append(t.key().edition()));
            Node before = seen.putIfAbsent(shape.toString(), r);
            if (before != null) {
                problem(r, "pack.duplicate", "line", before.line(), "rule", rule);
                continue;
            }
            ids.add(rule.id());
            out.add(rule);
        }
    }

    private SumRule relation(Node r, RulePack.Base base, int index) {
        if (!r.isObject()) {
            problem(r, "pack.relationNotObject");
            return null;
        }
        int before = problems.size();
        Map<String, Node> m = members(r, RELATION);
        String id = text(m.get("id"), r, "id");
        boolean standard = StandardRule.ofId(id).isPresent();
        if (!id.isEmpty() && standard && base == RulePack.Base.ALL) {
            problem(m.get("id"), "pack.standardId", "id", id);
        }
        Edition edition = m.containsKey("edition") ? constant(m.get("edition"), Edition.class) : null;
        if (!m.containsKey("edition")) {
            problem(r, "pack.editionMissing");
        }
        Edition previousEdition = m.containsKey("previousEdition") ? constant(m.get("previousEdition"), Edition.class) : edition;
        SumRule.Builder b = SumRule.builder(id.isEmpty() ? "?" : id);
        List<CellKey> cells = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        List<Operand> termOps = new ArrayList<>();
        List<Node> termNodes = new ArrayList<>();
        Node terms = m.get("terms");
        if (terms == null || !(terms.value() instanceof List) || terms.elements().isEmpty()) {
            problem(terms == null ? r : terms, "pack.termsNotArray");
        } else if (edition != null) {
            Set<String> termCells = new HashSet<>();
            for (Node t : terms.elements()) {
                Operand o = operand(t, edition, previousEdition, true);
                if (o != null) {
                    termOps.add(o);
                    termNodes.add(t);
                    if (!termCells.add(o.period.name() + o.key.path())) {
                        problem(t, "pack.termTwice", "cell", o.key.path());
                    }
                    b.term(o.period, o.key, o.weight);
                    cells.add(o.key);
                    weights.add(o.weight);
                }
            }
        }
        Operand total = null;
        if (m.containsKey("total") && edition != null) {
            total = operand(m.get("total"), edition, previousEdition, false);
            if (total != null) {
                b.total(total.period, total.key);
                for (int i = 0; i < termOps.size(); i++) {
                    Operand o = termOps.get(i);
                    if (o.key == total.key && o.period == total.period) {
                        problem(termNodes.get(i), "pack.totalIsTerm", "cell", total.key.path());
                    }
                }
            }
        }
        SumRule.Relation relation = SumRule.Relation.EQUAL;
        if (m.containsKey("relation")) {
            Node rel = m.get("relation");
            String s = String.valueOf(rel.value());
            relation = switch (s) {
                case "=" -> SumRule.Relation.EQUAL;
                case "<=", "≤" -> SumRule.Relation.AT_MOST;
                case ">=", "≥" -> SumRule.Relation.AT_LEAST;
                default -> {
                    problem(rel, "pack.relationWord", "value", rel.value());
                    yield SumRule.Relation.EQUAL;
                }
            };
        }
        b.relation(relation);
        if (m.containsKey("severity")) {
            Severity s = constant(m.get("severity"), Severity.class);
            if (s != null) {
                b.severity(s);
            }
        }
        if (m.containsKey("blankPolicy")) {
            BlankPolicy p = constant(m.get("blankPolicy"), BlankPolicy.class);
            if (p != null) {
                b.blankPolicy(p);
            }
        }
        if (m.containsKey("exactForms")) {
            if (m.get("exactForms").value() instanceof Boolean e) {
                if (e) {
                    b.exactForms();
                }
            } else {
                problem(m.get("exactForms"), "pack.exactForms");
            }
        }
        if (m.containsKey("quote")) {
            b.quote(text(m.get("quote"), r, "quote"));
        }
        String[] message = m.containsKey("message") ? texts(m.get("message")) : null;
        String[] hint = m.containsKey("hint") ? texts(m.get("hint")) : null;
        if (standard && (message != null || hint != null)) {
            problem(m.get(message != null ? "message" : "hint"), "pack.standardMessage");
        } else if (message != null || hint != null) {
            String key = id + "#" + index;
            String generic = SumRule.GENERIC_MESSAGE_KEY;
            String[] t = new String[2];
            for (int l = 0; l < 2; l++) {
                String base0 = message != null ? message[l]
                        : MessageCatalog.standard().template(generic, (l == 0 ? MessageLanguage.CHINESE : MessageLanguage.ENGLISH).locale()).orElse("");
                t[l] = hint == null ? base0 : base0 + " " + hint[l];
            }
            messages.put(key, t);
            b.messageKey(key).catalog(catalog);
        }
        if (problems.size() > before || edition == null || cells.isEmpty()) {
            return null;
        }
        if (forcesZero(relation, weights, total, cells)) {
            problem(r, "pack.sameSign");
            return null;
        }
        return b.build();
    }

    // With every cell at least 0, Σ a·x = 0 (or ≤ 0 with all a > 0, ≥ 0 with all a < 0) forces every x to 0.
    private static boolean forcesZero(SumRule.Relation relation, List<Long> weights, Operand total, List<CellKey> cells) {
        for (CellKey k : cells) {
            if (k.kind() == CellKind.SIGNED_COUNT) {
                return false;
            }
        }
        if (total != null && total.key.kind() == CellKind.SIGNED_COUNT) {
            return false;
        }
        List<Long> a = new ArrayList<>(weights);
        if (total != null) {
            a.add(-1L);
        }
        boolean allPositive = a.stream().allMatch(w -> w > 0);
        boolean allNegative = a.stream().allMatch(w -> w < 0);
        return switch (relation) {
            case EQUAL -> allPositive || allNegative;
            case AT_MOST -> allPositive;
            case AT_LEAST -> allNegative;
        };
    }

    private final MessageCatalog catalog = (key, locale) -> {
        String[] t = messages.get(key);
        return t == null ? Optional.empty() : Optional.of(MessageLanguage.of(locale).isEnglish() ? t[1] : t[0]);
    };

    private record Operand(Period period, CellKey key, long weight) {
    }

    private Operand operand(Node n, Edition thisEdition, Edition previousEdition, boolean term) {
        String pointer;
        long weight = 1;
        Period period = Period.THIS_YEAR;
        if (n.value() instanceof String s) {
            if (term && s.startsWith("-")) {
                weight = -1;
                s = s.substring(1);
            }
            if (s.startsWith(PREVIOUS)) {
                period = Period.PREVIOUS_YEAR;
                s = s.substring(PREVIOUS.length());
            }
            pointer = s;
        } else if (n.isObject()) {
            Map<String, Node> m = members(n, term ? OPERAND : Set.of("cell", "period"));
            pointer = text(m.get("cell"), n, "cell");
            if (m.containsKey("weight")) {
                Node w = m.get("weight");
                if (w.value() instanceof BigInteger v && v.bitLength() < 32 && v.signum() != 0) {
                    weight = v.longValue();
                } else {
                    problem(w, "pack.weight");
                    return null;
                }
            }
            if (m.containsKey("period")) {
                String p = String.valueOf(m.get("period").value());
                if (p.equals("previous")) {
                    period = Period.PREVIOUS_YEAR;
                } else if (!p.equals("this")) {
                    problem(m.get("period"), "pack.period", "value", p);
                    return null;
                }
            }
        } else {
            problem(n, "pack.cellForm");
            return null;
        }
        Edition edition = period == Period.PREVIOUS_YEAR ? previousEdition : thisEdition;
        if (edition == null) {
            return null;
        }
        ReportPath path;
        try {
            path = ReportPath.parse(pointer);
        } catch (IllegalArgumentException e) {
            problem(n, "pack.pointer", "pointer", pointer, "detail", e.getMessage());
            return null;
        }
        for (Section table : TABLES) {
            Optional<CellKey> k = Layout.of(table, edition).find(path);
            if (k.isPresent()) {
                if (k.get().kind() == CellKind.AMOUNT) {
                    problem(n, "pack.amount", "pointer", pointer);
                    return null;
                }
                return new Operand(period, k.get(), weight);
            }
        }
        problem(n, "pack.noCell", "edition", edition, "pointer", pointer);
        return null;
    }
}

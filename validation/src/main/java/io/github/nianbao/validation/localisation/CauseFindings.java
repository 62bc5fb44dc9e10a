package io.github.nianbao.validation.localisation;

import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.SumRule;
import io.github.nianbao.validation.ValidationResult;
import io.github.nianbao.validation.internal.Messages.Nested;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Turns likely causes into INFO findings placed right after the findings they explain. */
final class CauseFindings {

    /** How many alternatives a message names; the finding's arguments count them all. */
    static final int NAMED_ALTERNATIVES = 3;

    private CauseFindings() {
    }

    static ValidationResult insert(ValidationResult result, List<LikelyCause> causes, int maxCells, int maxSets) {
        if (causes.isEmpty()) {
            return result;
        }
        List<Finding> findings = result.findings();
        Map<Integer, List<Finding>> after = new HashMap<>();
        List<Finding> atEnd = new ArrayList<>();
        for (LikelyCause cause : causes) {
            Finding f = finding(cause, maxCells, maxSets);
            int last = -1;
            for (int i = 0; i < findings.size(); i++) {
                for (SumRule rule : cause.brokenRelations()) {
                    if (isFindingOf(findings.get(i), rule)) {
                        last = i;
                    }
                }
            }
            if (last < 0) {
                atEnd.add(f);
            } else {
                after.computeIfAbsent(last, k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>(findings.size() + causes.size());
        for (int i = 0; i < findings.size(); i++) {
            out.add(findings.get(i));
            out.addAll(after.getOrDefault(i, List.of()));
        }
        out.addAll(atEnd);
        return result.withFindings(out);
    }

    // A sum rule's finding names its terms and then its total, in order.
    private static boolean isFindingOf(Finding f, SumRule rule) {
        if (!f.ruleId().equals(rule.id())) {
            return false;
        }
        List<FindingCell> cells = f.cells();
        int n = rule.terms().size() + (rule.total().isPresent() ? 1 : 0);
        if (cells.size() != n) {
            return false;
        }
        for (int i = 0; i < rule.terms().size(); i++) {
            SumRule.Term t = rule.terms().get(i);
            if (cells.get(i).key().orElse(null) != t.key() || cells.get(i).period() != t.period()) {
                return false;
            }
        }
        return true;
    }

    static Finding finding(LikelyCause cause, int maxCells, int maxSets) {
        List<String> ruleIds = List.copyOf(new LinkedHashSet<>(cause.brokenRelations().stream().map(SumRule::id).toList()));
        if (cause.isCut()) {
            String reason = cause.cutReason().orElseThrow();
            Finding.Builder b = Finding.builder().ruleId(StandardRule.LIKELY_CAUSE_CUT.id()).severity(Severity.INFO);
            b.putArguments("rules", ruleIds);
            b.putArguments("reason", new Nested("cut." + reason, Map.of("maxCells", maxCells, "maxSets", maxSets)));
            b.putArguments("maxCells", maxCells);
            b.putArguments("maxSets", maxSets);
            b.putArguments("code", reason);
            return b.build();
        }
        Explanation best = cause.mostLikely().orElseThrow();
        Finding.Builder b = Finding.builder().ruleId(StandardRule.LIKELY_CAUSE.id()).severity(Severity.INFO);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Change c : best.changes()) {
            b.addCells(FindingCell.of(c.key(), c.printed()));
            expected.add(Long.toString(c.value()));
            actual.add(c.printed().toString());
        }
        b.expected(String.join(", ", expected)).actual(String.join(", ", actual));
        b.putArguments("cause", new Nested(best.cause().messageKey(), Map.of()));
        b.putArguments("changes", changes(best));
        b.putArguments("count", best.size());
        b.putArguments("rules", ruleIds);
        b.putArguments("code", best.cause().code());
        int others = cause.explanations().size() - 1;
        if (others == 0) {
            b.putArguments("alternatives", new Nested("likely.unique", Map.of()));
        } else {
            List<Object> named = new ArrayList<>();
            for (Explanation e : cause.explanations().subList(1, Math.min(cause.explanations().size(), 1 + NAMED_ALTERNATIVES))) {
                named.add(new Nested("likely.alternative", Map.of("cause", new Nested(e.cause().messageKey(), Map.of()),
                        "changes", changes(e))));
            }
            b.putArguments("alternatives", new Nested(others > NAMED_ALTERNATIVES ? "likely.alternatives.more" : "likely.alternatives",
                    Map.of("count", best.size(), "others", others, "list", List.copyOf(named))));
        }
        return b.build();
    }

    private static List<Object> changes(Explanation e) {
        List<Object> out = new ArrayList<>();
        for (Change c : e.changes()) {
            out.add(new Nested("likely.change", Map.of("place", place(c.key()), "value", Long.toString(c.value()),
                    "printed", c.printed().isNumber() ? c.printed().toString()
                            : new Nested(c.printed().isBlank() ? "value.blank" : "value.notApplicable", Map.of()))));
        }
        return List.copyOf(out);
    }

    private static Object place(CellKey key) {
        return key.block().isPresent()
                ? new Nested("likely.place.block", Map.of("block", key.block().get(), "row", key.row(), "column", key.column()))
                : new Nested("likely.place", Map.of("row", key.row(), "column", key.column()));
    }
}

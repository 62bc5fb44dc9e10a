package io.github.nianbao.benchmarks;

import io.github.nianbao.benchmarks.plain.BaselineRule;
import io.github.nianbao.benchmarks.plain.FindingSink;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ValidationResult;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts the rules engine's findings in the baselines' terms, so that setup (and a test) can check
 * that nianbao and the baselines find the same things in the same report before any of them is
 * timed. What only the engine checks (narrative rules, overflow, cross-year rules) is left out, and
 * the blank cells a BLANK-CELL finding names in table 三 or 四, and NA-CELL there, are the
 * baselines' MISSING-CELL (one per cell); BLANK-TOTAL, which the baselines lack, is left out.
 */
public final class EngineAgreement {

    private EngineAgreement() {
    }

    /**
     * Counts the engine's findings per baseline rule.
     *
     * @param result the engine's result
     * @return the counts, rules the baselines do not have left out
     */
    public static Map<BaselineRule, Integer> engine(ValidationResult result) {
        Map<BaselineRule, Integer> counts = new TreeMap<>();
        for (Finding f : result.findings()) {
            // A BLANK-CELL finding names all the blank cells of its table; the baselines give one per cell.
            int n = f.ruleId().equals("BLANK-CELL") ? f.cells().size() : 1;
            baselineRule(f).ifPresent(r -> counts.merge(r, n, Integer::sum));
        }
        return counts;
    }

    /**
     * Counts the straight-line check's findings per rule.
     *
     * @param sink the sink it filled
     * @return the counts
     */
    public static Map<BaselineRule, Integer> floor(FindingSink sink) {
        Map<BaselineRule, Integer> counts = new TreeMap<>();
        for (int i = 0; i < sink.size(); i++) {
            counts.merge(sink.rule(i), 1, Integer::sum);
        }
        return counts;
    }

    private static Optional<BaselineRule> baselineRule(Finding f) {
        return switch (f.ruleId()) {
            case "BLANK-CELL", "NA-CELL" -> f.involves(Section.APPLICATIONS) || f.involves(Section.REVIEW_LITIGATION)
                    ? Optional.of(BaselineRule.MISSING_CELL) : Optional.empty();
            case "T3-LEDGER", "T3-OUTCOMES", "T3-ROW-TOTAL", "T4-TOTAL", "NON-NEGATIVE", "T2-2019-ITEMS",
                    "T2-2019-PUBLISHED", "EDITION-YEAR", "YEAR-RANGE", "FEE-PRECISION" ->
                    Optional.of(BaselineRule.valueOf(f.ruleId().replace('-', '_')));
            default -> Optional.empty(); // SECTION-EMPTY, FEE-DISCLOSURE, SUM-OVERFLOW, cross-year rules
        };
    }
}

package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Decision;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives each report its verdict: which findings the run keeps ({@code --rule}, {@code --severity}),
 * whether one reaches {@code --fail-on}, and what of the report was not read. A report with
 * unknown cells, or read by the importer with an ERROR diagnostic (a table not found, a row
 * missing, a cell it could not read), is never a pass: what was not read was not checked. Each
 * report also gets its acceptance decision ({@link Decision#of}), from the same findings.
 * Immutable and thread-safe.
 */
final class Judge {

    /** The id of the finding that names a relation not assessed because of unknown cells. */
    static final String NOT_ASSESSED = StandardRule.NOT_ASSESSED.id();

    private final Severity failOn;
    private final Set<String> rules;
    private final Severity atLeast;

    /**
     * @param failOn the lowest severity that fails a report
     * @param rules the rule ids whose findings are kept, or empty for all
     * @param atLeast the lowest severity of the findings kept, or null for all
     */
    Judge(Severity failOn, Set<String> rules, Severity atLeast) {
        this.failOn = failOn;
        this.rules = Set.copyOf(rules);
        this.atLeast = atLeast;
    }

    Severity failOn() {
        return failOn;
    }

    Outcome judge(String source, AnnualReport report, ValidationResult result, List<Problem> problems) {
        List<Finding> kept = keep(result.findings());
        boolean fails = false;
        for (Finding f : kept) {
            // A relation not assessed is not a fault of the report but of its reading: it makes the
            // verdict incomplete (through the unknown cells), never a fail.
            if (f.severity().isAtLeast(failOn) && !f.ruleId().equals(NOT_ASSESSED)) {
                fails = true;
                break;
            }
        }
        int notAssessed = result.notAssessedRelations();
        int unknown = result.unknownCells();
        List<Section> missing = new ArrayList<>();
        boolean importErrors = false;
        boolean warned = false;
        for (Problem p : problems) {
            warned |= p.isWarning();
            if (p.isError()) {
                importErrors = true;
                if (p.table() != null && !missing.contains(p.table())) {
                    missing.add(p.table());
                }
            }
        }
        Outcome.Verdict verdict = fails ? Outcome.Verdict.FAIL
                : unknown > 0 || importErrors ? Outcome.Verdict.INCOMPLETE : Outcome.Verdict.PASS;
        // The decision is taken on the findings the run keeps, as the verdict is; what the importer
        // could not read, or read other than printed, leaves at most "accept with warnings".
        Decision decision = Decision.of(kept, unknown > 0 || importErrors || warned);
        return new Outcome(source, report, result, kept, List.copyOf(problems), verdict, decision, unknown, List.copyOf(missing),
                notAssessed, null);
    }

    private List<Finding> keep(List<Finding> findings) {
        if (rules.isEmpty() && atLeast == null) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if ((rules.isEmpty() || rules.contains(f.ruleId())) && (atLeast == null || f.severity().isAtLeast(atLeast))) {
                kept.add(f);
            }
        }
        return kept;
    }
}

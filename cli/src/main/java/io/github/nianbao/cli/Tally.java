package io.github.nianbao.cli;

import io.github.nianbao.core.Severity;
import io.github.nianbao.validation.Finding;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of a run: reports per verdict and per decision, findings per severity and per rule. Not thread-safe. */
final class Tally {

    long reports;
    long passed;
    long incomplete;
    long failed;
    long unreadable;
    /** Over the readable reports: the acceptance decisions. */
    long accepted;
    long acceptedWithWarnings;
    long returned;
    /** Over the reports: cells that could not be read, relations that could not be assessed. */
    long unknownCells;
    long notAssessed;
    final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    final Map<String, Long> byRule = new TreeMap<>();

    void add(Outcome outcome) {
        reports++;
        switch (outcome.verdict()) {
            case PASS -> passed++;
            case INCOMPLETE -> incomplete++;
            case FAIL -> failed++;
            case UNREADABLE -> {
                unreadable++;
                return;
            }
        }
        switch (outcome.decision()) {
            case ACCEPT -> accepted++;
            case ACCEPT_WITH_WARNINGS -> acceptedWithWarnings++;
            case RETURN -> returned++;
        }
        unknownCells += outcome.unknownCells();
        notAssessed += outcome.notAssessed();
        // Findings come grouped by rule (a report with a blank table has a hundred BLANK-CELL
        // warnings in a row): a run of one rule and severity is counted once.
        List<Finding> findings = outcome.findings();
        for (int i = 0, n = findings.size(); i < n; ) {
            Finding first = findings.get(i);
            String rule = first.ruleId();
            Severity severity = first.severity();
            int end = i + 1;
            while (end < n && findings.get(end).severity() == severity && findings.get(end).ruleId().equals(rule)) {
                end++;
            }
            long count = end - i;
            bySeverity.merge(severity, count, Long::sum);
            byRule.merge(rule, count, Long::sum);
            i = end;
        }
    }

    long count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0L);
    }

    /**
     * The run's exit status, the first that applies: 2 when an input could not be read, 1 when a
     * report fails (under the default {@code --fail-on error}: a report is returned), 3 when a report
     * is incomplete, 4 when a report is accepted with warnings, 0 when every report is accepted.
     */
    int status() {
        if (unreadable > 0) {
            return Nianbao.EXIT_USAGE;
        }
        if (failed > 0) {
            return Nianbao.EXIT_FINDINGS;
        }
        if (incomplete > 0) {
            return Nianbao.EXIT_INCOMPLETE;
        }
        return acceptedWithWarnings > 0 ? Nianbao.EXIT_WARNINGS : Nianbao.EXIT_OK;
    }
}

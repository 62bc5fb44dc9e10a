package io.github.nianbao.cli;

import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.Severity;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts of a run: reports per verdict, findings per severity and per rule. Not thread-safe. */
final class Tally {

    long reports;
    long passed;
    long failed;
    long unreadable;
    final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    final Map<String, Long> byRule = new TreeMap<>();

    void add(Outcome outcome, Severity failOn) {
        reports++;
        if (!outcome.isReadable()) {
            unreadable++;
            return;
        }
        if (outcome.fails(failOn)) {
            failed++;
        } else {
            passed++;
        }
        for (Finding f : outcome.findings()) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
            byRule.merge(f.ruleId(), 1L, Long::sum);
        }
    }

    long count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0L);
    }
}

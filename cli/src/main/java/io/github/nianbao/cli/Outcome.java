package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.Severity;
import io.github.nianbao.validation.ValidationResult;
import java.util.List;

/**
 * What became of one report: its findings, or, when it could not be read, the problems that
 * stopped it. {@code source} names the file (and line) it came from.
 *
 * @param source where the report came from
 * @param report the report, or null when it could not be read
 * @param result the validation result, or null when it could not be read
 * @param problems what stopped the reading, or import diagnostics shown next to the findings
 */
record Outcome(String source, AnnualReport report, ValidationResult result, List<String> problems) {

    static Outcome unreadable(String source, List<String> problems) {
        return new Outcome(source, null, null, List.copyOf(problems));
    }

    boolean isReadable() {
        return result != null;
    }

    /** Whether a finding reaches {@code failOn}, or the input could not be read. */
    boolean fails(Severity failOn) {
        return !isReadable() || result.findings().stream().anyMatch(f -> f.severity().isAtLeast(failOn));
    }

    List<Finding> findings() {
        return isReadable() ? result.findings() : List.of();
    }
}

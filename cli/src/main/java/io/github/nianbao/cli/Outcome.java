package io.github.nianbao.cli;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Decision;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.ValidationResult;
import java.util.List;
import java.util.Locale;

/**
 * What became of one report: its verdict, the findings the run keeps, what could not be read, or,
 * when the input could not be read at all, the problems that stopped it. {@code source} names the
 * file (and line) it came from.
 *
 * @param source where the report came from
 * @param report the report, or null when it could not be read
 * @param result the validation result, or null when it could not be read
 * @param findings the findings the run keeps (after {@code --rule} and {@code --severity})
 * @param problems what stopped the reading, or the decoder's warnings and the importer's diagnostics
 * @param verdict the verdict
 * @param decision what a receiving platform does with the report, or null when it could not be read
 * @param unknownCells how many cells are printed in the source but could not be read
 * @param missingTables the tables the importer did not find
 * @param notAssessed how many relations could not be assessed
 * @param sha256 the SHA-256 of the bytes the report was read from (the file, or the line of JSON
 *     Lines), in lower-case hex, or null when the run does not show it or no byte was read
 */
record Outcome(String source, AnnualReport report, ValidationResult result, List<Finding> findings, List<Problem> problems,
        Verdict verdict, Decision decision, int unknownCells, List<Section> missingTables, int notAssessed, String sha256) {

    /**
     * The verdict on one input. A report is {@code FAIL} when a finding reaches {@code --fail-on};
     * else {@code INCOMPLETE} when part of it was not read (unknown cells, or an importer ERROR such
     * as a table not found), since what was not read was not checked; else {@code PASS}, possibly
     * with relations not assessed.
     */
    enum Verdict {
        /** Everything read, no finding at the threshold. */
        PASS,
        /** No finding at the threshold, but part of the report was not read. */
        INCOMPLETE,
        /** A finding at the threshold. */
        FAIL,
        /** No report could be read from the input. */
        UNREADABLE;

        /** {@return the word used in JSON and CSV: {@code pass}, {@code incomplete}, {@code fail}, {@code unreadable}} */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Outcome unreadable(String source, List<Problem> problems) {
        return new Outcome(source, null, null, List.of(), List.copyOf(problems), Verdict.UNREADABLE, null, 0, List.of(), 0, null);
    }

    static Outcome unreadable(String source, Problem problem) {
        return unreadable(source, List.of(problem));
    }

    /**
     * The word of the decision in JSON, CSV and the page's classes: {@code accept},
     * {@code acceptWithWarnings}, {@code return}; empty when the input could not be read.
     */
    String decisionWord() {
        if (decision == null) {
            return "";
        }
        return switch (decision) {
            case ACCEPT -> "accept";
            case ACCEPT_WITH_WARNINGS -> "acceptWithWarnings";
            case RETURN -> "return";
        };
    }

    /** The same outcome, traced to the bytes it was read from. */
    Outcome withSha256(String digest) {
        return new Outcome(source, report, result, findings, problems, verdict, decision, unknownCells, missingTables, notAssessed, digest);
    }

    boolean isReadable() {
        return verdict != Verdict.UNREADABLE;
    }

    /** Whether the verdict is anything but a pass. */
    boolean isNotPass() {
        return verdict != Verdict.PASS;
    }
}

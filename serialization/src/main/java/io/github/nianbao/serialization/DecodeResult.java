package io.github.nianbao.serialization;

import io.github.nianbao.core.AnnualReport;
import java.util.List;
import java.util.Optional;

/**
 * What decoding one document gave: the report, if the document had no error, and every problem
 * found, errors and warnings, in document order. Immutable.
 */
public final class DecodeResult {

    private final AnnualReport report;
    private final List<JsonProblem> problems;
    private final boolean truncated;

    DecodeResult(AnnualReport report, List<JsonProblem> problems, boolean truncated) {
        this.report = report;
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    /** {@return the report; empty when the document has an error} */
    public Optional<AnnualReport> report() {
        return Optional.ofNullable(report);
    }

    /** {@return whether a report was decoded (there may still be warnings)} */
    public boolean isSuccess() {
        return report != null;
    }

    /** {@return every problem, errors and warnings} */
    public List<JsonProblem> problems() {
        return problems;
    }

    /** {@return the errors} */
    public List<JsonProblem> errors() {
        return problems.stream().filter(JsonProblem::isError).toList();
    }

    /** {@return the warnings (lenient mode's skipped properties)} */
    public List<JsonProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * Tells whether decoding stopped at the problem limit ({@link ReportJson.Builder#maxProblems(int)}),
     * so that the document may have more problems than listed.
     *
     * @return whether the list of problems was cut short
     */
    public boolean isTruncated() {
        return truncated;
    }

    /**
     * Returns the report or throws.
     *
     * @return the report
     * @throws ReportJsonException carrying every problem, if the document has an error
     */
    public AnnualReport orElseThrow() {
        if (report == null) {
            throw new ReportJsonException(problems);
        }
        return report;
    }

    /** {@return the problems, one per line, or "ok"} */
    @Override
    public String toString() {
        if (problems.isEmpty()) {
            return "ok";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonProblem p : problems) {
            sb.append(sb.length() == 0 ? "" : "\n").append(p);
        }
        return sb.toString();
    }
}

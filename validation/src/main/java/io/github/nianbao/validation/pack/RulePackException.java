package io.github.nianbao.validation.pack;

import java.util.List;

/**
 * A rule pack that cannot be used: every problem found, each with its line and column in the file
 * and the JSON Pointer of the member. Reading never stops at the first problem.
 */
public final class RulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem of a pack.
     *
     * @param source the file's name, as given to the reader
     * @param line the line, from 1 (0 if unknown)
     * @param column the column, from 1 (0 if unknown)
     * @param pointer the JSON Pointer of the member ({@code ""} for the whole document)
     * @param message what is wrong, in English
     */
    public record Problem(String source, int line, int column, String pointer, String message) {

        /** {@return {@code source:line:column: pointer: message}} */
        @Override
        public String toString() {
            return source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + message;
        }
    }

    private final transient List<Problem> problems;

    RulePackException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("the rule pack has ").append(problems.size()).append(" problem(s):");
        for (Problem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }

    /** {@return every problem, in the order of the file} */
    public List<Problem> problems() {
        return problems;
    }
}

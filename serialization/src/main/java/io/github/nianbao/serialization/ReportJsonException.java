package io.github.nianbao.serialization;

import io.github.nianbao.core.MessageLanguage;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when a document that had to be a report is not one. Carries every problem found; its
 * message lists the first of them in Chinese.
 */
public final class ReportJsonException extends RuntimeException {

    private static final int LISTED = 5;

    private final transient List<JsonProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, at least one of them an error
     */
    public ReportJsonException(List<JsonProblem> problems) {
        super(summary(problems, MessageLanguage.DEFAULT_LOCALE), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found} */
    public List<JsonProblem> problems() {
        return problems;
    }

    /**
     * Lists the first problems in a language.
     *
     * @param locale the language, as {@link MessageLanguage#of(Locale)} picks it
     * @return the number of problems and the first of them, one per line
     */
    public String getMessage(Locale locale) {
        return summary(problems, locale);
    }

    static String summary(List<JsonProblem> problems, Locale locale) {
        StringBuilder sb = new StringBuilder(Messages.format("summary", new Object[] {problems.size()}, locale));
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            sb.append("\n  ").append(problems.get(i).describe(locale));
        }
        if (problems.size() > LISTED) {
            sb.append("\n  …");
        }
        return sb.toString();
    }
}

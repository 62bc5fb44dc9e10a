package io.github.nianbao.validation.pack;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.validation.internal.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;


/**
 * A rule pack that cannot be used: every problem found, each with its line and column in the file
 * and the JSON Pointer of the member. Reading never stops at the first problem. Messages exist in
 * Chinese and English, formatted when asked for ({@link #message(Locale)}); the forms without a
 * locale, {@link #getMessage()} included, give Chinese.
 */
public final class RulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem of a pack: where it is, and what is wrong as a stable message key
     * ({@code pack.unknownMember}, …) with named arguments.
     *
     * @param source the file's name, as given to the reader
     * @param line the line, from 1 (0 if unknown)
     * @param column the column, from 1 (0 if unknown)
     * @param pointer the JSON Pointer of the member ({@code ""} for the whole document)
     * @param key the message key
     * @param arguments the message's named arguments, as text
     */
    public record Problem(String source, int line, int column, String pointer, String key, Map<String, String> arguments) {

        /**
         * Checks and copies the components.
         *
         * @param source the file's name
         * @param line the line
         * @param column the column
         * @param pointer the JSON Pointer
         * @param key the message key
         * @param arguments the named arguments
         */
        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(key, "key");
            arguments = Map.copyOf(arguments);
        }

        // Arguments come as name, value, name, value; values are kept as the text they print as.
        static Problem of(String source, int line, int column, String pointer, String key, Object... arguments) {
            Map<String, String> named = new LinkedHashMap<>();
            for (int i = 0; i + 1 < arguments.length; i += 2) {
                named.put((String) arguments[i], String.valueOf(arguments[i + 1]));
            }
            return new Problem(source, line, column, pointer, key, named);
        }

        /**
         * Says what is wrong.
         *
         * @param locale the language: English for any English locale, Chinese for every other
         * @return the message
         */
        public String message(Locale locale) {
            return Messages.format(Messages.STANDARD, key, arguments, MessageLanguage.of(locale).locale());
        }

        /** {@return what is wrong, in Chinese} */
        public String message() {
            return message(MessageLanguage.DEFAULT_LOCALE);
        }

        /**
         * Formats the problem on one line: {@code source:line:column: pointer: message}.
         *
         * @param locale the language of the message
         * @return the line
         */
        public String toString(Locale locale) {
            return source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + message(locale);
        }

        /** {@return {@code source:line:column: pointer: message}, the message in Chinese} */
        @Override
        public String toString() {
            return toString(MessageLanguage.DEFAULT_LOCALE);
        }
    }

    private final transient List<Problem> problems;

    RulePackException(List<Problem> problems) {
        super(summary(problems, MessageLanguage.DEFAULT_LOCALE));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<Problem> problems, Locale locale) {
        StringBuilder sb = new StringBuilder(Messages.format(Messages.STANDARD, "pack.summary",
                Map.of("count", problems.size()), MessageLanguage.of(locale).locale()));
        for (Problem p : problems) {
            sb.append("\n  ").append(p.toString(locale));
        }
        return sb.toString();
    }

    /**
     * Says what is wrong with the pack: how many problems, then one line each.
     *
     * @param locale the language: English for any English locale, Chinese for every other
     * @return the message
     */
    public String message(Locale locale) {
        return summary(problems, locale);
    }

    /** {@return every problem, in the order of the file} */
    public List<Problem> problems() {
        return problems;
    }
}

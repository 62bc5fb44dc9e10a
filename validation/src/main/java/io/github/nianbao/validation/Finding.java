package io.github.nianbao.validation;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a rule found in a report: the rule's stable id, a severity, the cells involved with
 * their values and states, the expected and the actual value, and a message key with named
 * arguments. Immutable and thread-safe.
 *
 * <p>The message is formatted only when asked for, in the language {@link MessageLanguage#of(Locale)}
 * picks: {@link #message()} gives Chinese (zh-CN), {@link #message(Locale)} English for an English
 * locale and Chinese for every other.
 */
@Value.Immutable
public abstract class Finding implements WithFinding {

    Finding() {
    }

    /** {@return the stable id of the rule, such as {@code T3-LEDGER} (see {@link StandardRule})} */
    public abstract String ruleId();

    /** {@return how grave the finding is} */
    public abstract Severity severity();

    /**
     * Returns the places involved, in a stable order: for a sum, every term (with its weight,
     * value and state) and then the reported total.
     *
     * @return the cells
     */
    public abstract List<FindingCell> cells();

    /** {@return what the rule expected, such as the computed sum; empty if it does not apply} */
    public abstract Optional<String> expected();

    /** {@return what the report gives, such as the reported total; empty if it does not apply} */
    public abstract Optional<String> actual();

    /** {@return the key of the message template; by default the rule id} */
    @Value.Default
    public String messageKey() {
        return ruleId();
    }

    /**
     * Returns the named arguments of the message. Values are strings (inserted as they are),
     * numbers, catalogue entries and {@link FindingCell}s (rendered by their labels in the message's
     * language), lists of these, or nested messages of the standard catalogue (formatted in the same
     * language; their {@code toString} is the Chinese text).
     *
     * @return the arguments, in insertion order
     */
    public abstract Map<String, Object> arguments();

    /** {@return where the message template comes from; the standard catalogue by default} */
    @Value.Default
    @Value.Auxiliary
    public MessageCatalog catalog() {
        return MessageCatalog.standard();
    }

    /**
     * Formats the message in a language.
     *
     * @param locale the language: English for an English locale, Chinese for every other
     * @return the message
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        return Messages.format(catalog(), messageKey(), arguments(), locale);
    }

    /** {@return the message in Chinese} */
    public String message() {
        return message(MessageLanguage.DEFAULT_LOCALE);
    }

    /**
     * Returns the cell a reader should look at first: the reported total of a sum, or else the first
     * cell of this year's report.
     *
     * @return the cell, or empty if the finding names none
     */
    public Optional<FindingCell> primaryCell() {
        FindingCell first = null;
        for (FindingCell c : cells()) {
            if (c.period() == Period.THIS_YEAR) {
                if (c.role() == FindingCell.Role.TOTAL) {
                    return Optional.of(c);
                }
                if (first == null) {
                    first = c;
                }
            }
        }
        return Optional.ofNullable(first != null ? first : cells().isEmpty() ? null : cells().get(0));
    }

    /**
     * Tells whether the finding involves a table or narrative section of this year's report.
     *
     * @param section the section
     * @return whether a cell of the finding lies in it
     */
    public boolean involves(Section section) {
        for (FindingCell c : cells()) {
            if (c.period() == Period.THIS_YEAR && c.section().orElse(null) == section) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether this is a finding of the given rule.
     *
     * @param rule the rule
     * @return whether the ids are equal
     */
    public boolean is(StandardRule rule) {
        return rule.id().equals(ruleId());
    }

    /**
     * Formats the finding on one line: severity, rule id, primary location and message.
     *
     * @param locale the message language, as for {@link #message(Locale)}
     * @return the line
     */
    public String format(Locale locale) {
        StringBuilder sb = new StringBuilder().append(severity()).append(' ').append(ruleId());
        primaryCell().ifPresent(c -> sb.append(' ').append(c.period() == Period.PREVIOUS_YEAR ? "previous:" : "").append(c.path()));
        return sb.append(": ").append(message(locale)).toString();
    }

    /** {@return the finding on one line, message in Chinese} */
    @Override
    public String toString() {
        return format(MessageLanguage.DEFAULT_LOCALE);
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a finding. Not thread-safe; Findings it builds are immutable. */
    public static final class Builder {

        private final ImmutableFinding.Builder delegate = ImmutableFinding.generatedBuilder();

        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Copies every attribute of a finding, to change some of them.
         *
         * @param finding the finding to copy
         * @return this builder
         */
        public Builder from(Finding finding) {
            delegate.from(finding);
            return this;
        }

        /**
         * Sets the id of the rule that found it. Required.
         *
         * @param ruleId a rule id such as {@code T4-TOTAL}
         * @return this builder
         */
        public Builder ruleId(String ruleId) {
            delegate.ruleId(ruleId);
            return this;
        }

        /**
         * Sets the severity. Required.
         *
         * @param severity the severity
         * @return this builder
         */
        public Builder severity(Severity severity) {
            delegate.severity(severity);
            return this;
        }

        /**
         * Adds a cell the finding involves.
         *
         * @param cell the cell
         * @return this builder
         */
        public Builder addCells(FindingCell cell) {
            delegate.addCells(cell);
            return this;
        }

        /**
         * Adds cells the finding involves, in order.
         *
         * @param cells the cells
         * @return this builder
         */
        public Builder addCells(FindingCell... cells) {
            delegate.addCells(cells);
            return this;
        }

        /**
         * Replaces the cells the finding involves.
         *
         * @param cells the cells, in order
         * @return this builder
         */
        public Builder cells(Iterable<? extends FindingCell> cells) {
            delegate.cells(cells);
            return this;
        }

        /**
         * Adds cells the finding involves, in order.
         *
         * @param cells the cells
         * @return this builder
         */
        public Builder addAllCells(Iterable<? extends FindingCell> cells) {
            delegate.addAllCells(cells);
            return this;
        }

        /**
         * Sets the value the rule expected.
         *
         * @param expected the expected value as text
         * @return this builder
         */
        public Builder expected(String expected) {
            delegate.expected(expected);
            return this;
        }

        /**
         * Sets or clears the value the rule expected.
         *
         * @param expected the expected value, or empty
         * @return this builder
         */
        public Builder expected(Optional<String> expected) {
            delegate.expected(expected);
            return this;
        }

        /**
         * Sets the value the report gives.
         *
         * @param actual the actual value as text
         * @return this builder
         */
        public Builder actual(String actual) {
            delegate.actual(actual);
            return this;
        }

        /**
         * Sets or clears the value the report gives.
         *
         * @param actual the actual value, or empty
         * @return this builder
         */
        public Builder actual(Optional<String> actual) {
            delegate.actual(actual);
            return this;
        }

        /**
         * Sets the key of the message template; the rule id by default.
         *
         * @param messageKey the key
         * @return this builder
         */
        public Builder messageKey(String messageKey) {
            delegate.messageKey(messageKey);
            return this;
        }

        /**
         * Adds a message argument.
         *
         * @param key the placeholder name
         * @param value its value
         * @return this builder
         */
        public Builder putArguments(String key, Object value) {
            delegate.putArguments(key, value);
            return this;
        }

        /**
         * Adds a message argument.
         *
         * @param entry placeholder name and value
         * @return this builder
         */
        public Builder putArguments(Map.Entry<String, ? extends Object> entry) {
            delegate.putArguments(entry);
            return this;
        }

        /**
         * Replaces the message arguments.
         *
         * @param arguments placeholder names and values
         * @return this builder
         */
        public Builder arguments(Map<String, ? extends Object> arguments) {
            delegate.arguments(arguments);
            return this;
        }

        /**
         * Adds message arguments.
         *
         * @param arguments placeholder names and values
         * @return this builder
         */
        public Builder putAllArguments(Map<String, ? extends Object> arguments) {
            delegate.putAllArguments(arguments);
            return this;
        }

        /**
         * Sets the catalogue the message key is looked up in; the standard one by default.
         *
         * @param catalog the catalogue
         * @return this builder
         */
        public Builder catalog(MessageCatalog catalog) {
            delegate.catalog(catalog);
            return this;
        }

        /**
         * Builds the finding.
         *
         * @return the immutable Finding
         * @throws IllegalStateException if a required attribute was not set, or a structural invariant does not hold
         */
        public Finding build() {
            return delegate.build();
        }
    }
}

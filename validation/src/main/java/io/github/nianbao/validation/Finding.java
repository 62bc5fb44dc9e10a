package io.github.nianbao.validation;

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
 * <p>The message is formatted only when asked for, in the language of the given locale:
 * {@link #message()} gives Chinese (zh-CN), {@link #message(Locale)} with an English locale gives
 * English.
 */
@Value.Immutable
public abstract class Finding implements WithFinding {

    /** The default language of messages: Chinese as used in mainland China. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

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
     */
    public String message(Locale locale) {
        return Messages.format(catalog(), messageKey(), arguments(), locale);
    }

    /** {@return the message in Chinese} */
    public String message() {
        return message(DEFAULT_LOCALE);
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
     * @param locale the message language
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
        return format(DEFAULT_LOCALE);
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a finding. */
    public static class Builder extends ImmutableFinding.Builder {

        /** Creates an empty builder. */
        public Builder() {
        }
    }
}

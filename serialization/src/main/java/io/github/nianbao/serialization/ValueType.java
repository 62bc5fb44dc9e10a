package io.github.nianbao.serialization;

/**
 * What a JSON value is, or what the canonical form expects at a place. Appears among the
 * {@linkplain JsonProblem#arguments() arguments} of {@link ProblemCode#WRONG_TYPE} problems and is
 * rendered in the message's language.
 */
public enum ValueType {
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** A JSON string. */
    STRING,
    /** A JSON number without fraction or exponent. */
    INTEGER,
    /** A JSON number with a fraction or exponent. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL,
    /** What a count cell holds: an integer, {@code null} (blank), {@code "/"} (not applicable) or an unknown-cell object. */
    COUNT_CELL,
    /** What a money cell holds: an amount object, {@code null} (blank), {@code "/"} (not applicable) or an unknown-cell object. */
    AMOUNT_CELL;

    /** {@return the key of the type's name in the message bundle} */
    String messageKey() {
        return "type." + name();
    }
}

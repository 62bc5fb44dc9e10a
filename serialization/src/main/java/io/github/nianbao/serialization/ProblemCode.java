package io.github.nianbao.serialization;

/**
 * The stable codes of the problems {@link ReportJson} finds in a JSON document. The constant names
 * are the codes: they never change meaning, and new codes are only added. Each code is also the key
 * of its message template in the codec's message bundle.
 */
public enum ProblemCode {
    /** The input is not UTF-8 (for example GBK, or UTF-16 with or without a byte-order mark). */
    ENCODING_NOT_UTF8(true),
    /** The input holds no JSON value at all. */
    DOCUMENT_EMPTY(true),
    /** The input is not well-formed JSON. */
    MALFORMED_JSON(true),
    /** Something follows the report's closing brace. */
    TRAILING_CONTENT(true),
    /** The document is longer than {@link ReportJson.Builder#maxDocumentLength(long)}. */
    DOCUMENT_TOO_LARGE(true),
    /** Objects and arrays nest deeper than {@link ReportJson.Builder#maxNestingDepth(int)}. */
    NESTING_TOO_DEEP(true),
    /** A string is longer than {@link ReportJson.Builder#maxStringLength(int)}. */
    STRING_TOO_LONG(true),
    /** A number (or an amount's decimal string) is longer than {@link ReportJson.Builder#maxNumberLength(int)}. */
    NUMBER_TOO_LONG(true),
    /** A property name is longer than {@link ReportJson.Builder#maxNameLength(int)}. */
    NAME_TOO_LONG(true),
    /** {@code NaN} or {@code Infinity}, which JSON does not have. */
    NON_FINITE_NUMBER(false),
    /** A property the canonical form does not have (a warning in lenient mode). */
    UNKNOWN_PROPERTY(false),
    /** A property given twice in one object. */
    DUPLICATE_PROPERTY(false),
    /** A value of the wrong JSON type, for example a string where an object belongs. */
    WRONG_TYPE(false),
    /** A required property is absent; a blank cell is an explicit {@code null}, never an absent one. */
    MISSING_PROPERTY(false),
    /** A count written with a fraction or exponent, such as {@code 1.5} or {@code 1.0}. */
    FRACTIONAL_COUNT(false),
    /** A count outside the range of a Java {@code long}. */
    COUNT_OUT_OF_RANGE(false),
    /** An integer that is not a count (the report year, the format version) outside the range of an {@code int}. */
    INTEGER_OUT_OF_RANGE(false),
    /** A {@code formatVersion} this codec does not know. */
    UNKNOWN_FORMAT_VERSION(false),
    /** An edition that does not exist. */
    UNKNOWN_EDITION(false),
    /** A block of table 二 that the table's edition does not have. */
    BLOCK_NOT_IN_EDITION(false),
    /** A row that the table's edition does not have. */
    ROW_NOT_IN_EDITION(false),
    /** A column that the table's edition does not have. */
    COLUMN_NOT_IN_EDITION(false),
    /** A table form the report's edition cannot hold (a V2019 report with the V2021 form of table 三). */
    FORM_NOT_ALLOWED(false),
    /** A string in a cell other than {@code "/"}, the one string a cell may hold. */
    INVALID_CELL_TEXT(false),
    /** An amount whose value is not a plain decimal string such as {@code "7730.28"}. */
    INVALID_AMOUNT(false),
    /** A string that is not one of the values allowed at its place (unit, level, narrative block kind). */
    UNKNOWN_VALUE(false),
    /** A publication date that is not an ISO date such as {@code 2021-01-31}. */
    INVALID_DATE(false),
    /** A 行政区划代码 that is not six digits. */
    INVALID_DIVISION_CODE(false),
    /**
     * A JSON Lines stream holds more report lines than {@link ReportJson.Builder#maxLines(long)}; it is
     * the problem of the first line over the limit, and the stream ends there.
     */
    TOO_MANY_LINES(true),
    /** {@code "unknown": false} in a cell: the member marks an unknown cell and is only ever {@code true}. */
    UNKNOWN_NOT_TRUE(false),
    /** An unknown cell's {@code reason} that is not a code (1 to 64 letters, digits, '_', '-', '.'). */
    INVALID_UNKNOWN_REASON(false),
    /**
     * A cell object that mixes the two forms: {@code unknown} or {@code reason} together with an
     * amount's {@code value} or {@code unit}. An unknown cell holds no value.
     */
    UNKNOWN_CELL_WITH_VALUE(false),
    /**
     * An unknown cell in a document whose {@code formatVersion} predates unknown cells (version 1);
     * the problem of each such cell.
     */
    FORMAT_VERSION_TOO_LOW(false),
    /**
     * A JSON Lines line longer than the document length that has not ended after a further
     * {@link ReportJson.Builder#maxSkippedLineLength(long)} bytes: the stream ends there.
     */
    LINE_NOT_ENDED(true);

    private final boolean fatal;

    ProblemCode(boolean fatal) {
        this.fatal = fatal;
    }

    /**
     * Tells whether the code stops decoding: after it no further problems of the document are
     * looked for, since the input cannot be read on.
     *
     * @return whether decoding stops at this problem
     */
    public boolean isFatal() {
        return fatal;
    }

    /** {@return the key of the code's message template: the constant name} */
    public String messageKey() {
        return name();
    }
}

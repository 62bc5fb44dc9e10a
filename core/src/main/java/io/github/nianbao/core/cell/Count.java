package io.github.nianbao.core.cell;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A count cell: a whole number of applications, documents, decisions or items, or blank, or not
 * applicable, or unknown (printed, but not read). Counts may be negative here; whether that is
 * allowed is the rules engine's business.
 *
 * <p>Instances are immutable; small values are shared.
 */
public final class Count implements Cell {

    /** The blank count. */
    public static final Count BLANK = new Count(CellState.BLANK, 0);
    /** The not-applicable count. */
    public static final Count NOT_APPLICABLE = new Count(CellState.NOT_APPLICABLE, 0);
    /** The unknown count with no recorded reason. */
    public static final Count UNKNOWN = new Count(CellState.UNKNOWN, 0, null);

    private static final int CACHE_SIZE = 1024;
    private static final Count[] CACHE = new Count[CACHE_SIZE];

    static {
        for (int i = 0; i < CACHE_SIZE; i++) {
            CACHE[i] = new Count(CellState.NUMBER, i, null);
        }
    }

    private final CellState state;
    private final long value;
    private final String reason;

    private Count(CellState state, long value) {
        this(state, value, null);
    }

    private Count(CellState state, long value, String reason) {
        this.state = state;
        this.value = value;
        this.reason = reason;
    }

    /**
     * Returns an unknown count: printed in the source, its value not determined.
     *
     * @param reason why it could not be read, a code such as {@code GLUED_AMBIGUOUS}
     *               (letters, digits, '_', '-' and '.', at most
     *               64); {@code null} for none
     * @return the unknown count
     * @throws IllegalArgumentException if the reason is not such a code
     */
    public static Count unknown(String reason) {
        return reason == null ? UNKNOWN : new Count(CellState.UNKNOWN, 0, UnknownReasons.check(reason));
    }

    /**
     * Returns the count holding {@code value}.
     *
     * @param value the number
     * @return the count
     */
    public static Count of(long value) {
        return value >= 0 && value < CACHE_SIZE ? CACHE[(int) value] : new Count(CellState.NUMBER, value);
    }

    @Override
    public CellState state() {
        return state;
    }

    /**
     * Returns the number.
     *
     * @return the number
     * @throws IllegalStateException if the cell is blank, not applicable or unknown
     */
    public long value() {
        if (state != CellState.NUMBER) {
            throw new IllegalStateException("count is " + this + ", not a number");
        }
        return value;
    }

    /**
     * Returns the number, or {@code other} when the cell holds none.
     *
     * @param other what a cell that holds no number stands for in the caller's arithmetic; mind
     *              that an {@linkplain #isUnknown() unknown} cell holds none either
     * @return the number or {@code other}
     */
    public long valueOr(long other) {
        return state == CellState.NUMBER ? value : other;
    }

    /** {@return the number, or empty when the cell holds none} */
    public OptionalLong toOptional() {
        return state == CellState.NUMBER ? OptionalLong.of(value) : OptionalLong.empty();
    }

    @Override
    public Optional<String> unknownReason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public int signum() {
        return Long.signum(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Count c && c.state == state && c.value == value && Objects.equals(c.reason, reason);
    }

    @Override
    public int hashCode() {
        return (state.hashCode() * 31 + Long.hashCode(value)) * 31 + Objects.hashCode(reason);
    }

    /** {@return the number, {@code "blank"}, {@code "/"} or {@code "?"}} */
    @Override
    public String toString() {
        return switch (state) {
            case NUMBER -> Long.toString(value);
            case BLANK -> "blank";
            case NOT_APPLICABLE -> "/";
            case UNKNOWN -> "?";
        };
    }
}

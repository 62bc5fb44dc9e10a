package io.github.nianbao.core.cell;

import java.util.OptionalLong;

/**
 * A count cell: a whole number of applications, documents, decisions or items, or blank, or not
 * applicable. Counts may be negative here; whether that is allowed is the rules engine's business.
 *
 * <p>Instances are immutable; small values are shared.
 */
public final class Count implements Cell {

    /** The blank count. */
    public static final Count BLANK = new Count(CellState.BLANK, 0);
    /** The not-applicable count. */
    public static final Count NOT_APPLICABLE = new Count(CellState.NOT_APPLICABLE, 0);

    private static final int CACHE_SIZE = 1024;
    private static final Count[] CACHE = new Count[CACHE_SIZE];

    static {
        for (int i = 0; i < CACHE_SIZE; i++) {
            CACHE[i] = new Count(CellState.NUMBER, i);
        }
    }

    private final CellState state;
    private final long value;

    private Count(CellState state, long value) {
        this.state = state;
        this.value = value;
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
     * @throws IllegalStateException if the cell is blank or not applicable
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
     * @param other what a blank or not-applicable cell stands for in the caller's arithmetic
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
    public int signum() {
        return Long.signum(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Count c && c.state == state && c.value == value;
    }

    @Override
    public int hashCode() {
        return state.hashCode() * 31 + Long.hashCode(value);
    }

    /** {@return the number, {@code "blank"} or {@code "/"}} */
    @Override
    public String toString() {
        return switch (state) {
            case NUMBER -> Long.toString(value);
            case BLANK -> "blank";
            case NOT_APPLICABLE -> "/";
        };
    }
}

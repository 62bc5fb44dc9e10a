package io.github.nianbao.core.cell;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A money cell: an exact decimal amount with the unit it was reported in, or blank, or not
 * applicable, or unknown (printed, but not read). Every digit is kept: {@code 7730.28} and {@code 7730.280} are different amounts, as
 * they are for {@link BigDecimal#equals(Object)}.
 */
public final class Amount implements Cell {

    /** The blank amount. */
    public static final Amount BLANK = new Amount(CellState.BLANK, null, null);
    /** The not-applicable amount. */
    public static final Amount NOT_APPLICABLE = new Amount(CellState.NOT_APPLICABLE, null, null);
    /** The unknown amount with no recorded reason. */
    public static final Amount UNKNOWN = new Amount(CellState.UNKNOWN, null, null);

    private final CellState state;
    private final BigDecimal value;
    private final MoneyUnit unit;
    private final String reason;

    private Amount(CellState state, BigDecimal value, MoneyUnit unit) {
        this(state, value, unit, null);
    }

    private Amount(CellState state, BigDecimal value, MoneyUnit unit, String reason) {
        this.state = state;
        this.value = value;
        this.unit = unit;
        this.reason = reason;
    }

    /**
     * Returns an unknown amount: printed in the source, its value not determined.
     *
     * @param reason why it could not be read, a code such as {@code GLUED_AMBIGUOUS}
     *               (letters, digits, '_', '-' and '.', at most
     *               64); {@code null} for none
     * @return the unknown amount
     * @throws IllegalArgumentException if the reason is not such a code
     */
    public static Amount unknown(String reason) {
        return reason == null ? UNKNOWN : new Amount(CellState.UNKNOWN, null, null, UnknownReasons.check(reason));
    }

    /**
     * Returns the amount {@code value} in {@code unit}.
     *
     * @param value the exact amount
     * @param unit its unit
     * @return the amount
     */
    public static Amount of(BigDecimal value, MoneyUnit unit) {
        return new Amount(CellState.NUMBER, Objects.requireNonNull(value, "value"), Objects.requireNonNull(unit, "unit"));
    }

    /**
     * Returns the amount written as the decimal {@code value} in {@code unit}.
     *
     * @param value a plain decimal such as {@code "24252.311082"}
     * @param unit its unit
     * @return the amount
     * @throws NumberFormatException if {@code value} is not a decimal
     */
    public static Amount of(String value, MoneyUnit unit) {
        return of(new BigDecimal(value), unit);
    }

    @Override
    public CellState state() {
        return state;
    }

    /**
     * Returns the amount.
     *
     * @return the exact amount in {@link #unit()}
     * @throws IllegalStateException if the cell is blank, not applicable or unknown
     */
    public BigDecimal value() {
        requireNumber();
        return value;
    }

    /**
     * Returns the unit.
     *
     * @return the unit the amount was reported in
     * @throws IllegalStateException if the cell is blank, not applicable or unknown
     */
    public MoneyUnit unit() {
        requireNumber();
        return unit;
    }

    private void requireNumber() {
        if (state != CellState.NUMBER) {
            throw new IllegalStateException("amount is " + this + ", not a number");
        }
    }

    @Override
    public Optional<String> unknownReason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public int signum() {
        return value == null ? 0 : value.signum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.state == state && Objects.equals(a.value, value) && a.unit == unit && Objects.equals(a.reason, reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value, unit, reason);
    }

    /** {@return the amount with its unit (for example {@code 7730.28万元}), {@code "blank"}, {@code "/"} or {@code "?"}} */
    @Override
    public String toString() {
        return switch (state) {
            case NUMBER -> value.toPlainString() + unit.symbol();
            case BLANK -> "blank";
            case NOT_APPLICABLE -> "/";
            case UNKNOWN -> "?";
        };
    }
}

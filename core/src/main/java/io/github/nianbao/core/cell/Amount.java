package io.github.nianbao.core.cell;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A money cell: an exact decimal amount with the unit it was reported in, or blank, or not
 * applicable, or unknown (printed, but not read). Every digit is kept: {@code 7730.28} and {@code 7730.280} are different amounts, as
 * they are for {@link BigDecimal#equals(Object)}.
 *
 * <p>An amount is what a report prints: its digits written out ({@link BigDecimal#toPlainString()})
 * are at most {@value #MAX_LENGTH} characters, and a value with a negative scale ({@code 1E+3}) is
 * held as its digits with scale 0 ({@code 1000}), which is how every text and JSON form writes it.
 */
public final class Amount implements Cell {

    /** The blank amount. */
    public static final Amount BLANK = new Amount(CellState.BLANK, null, null);
    /** The not-applicable amount. */
    public static final Amount NOT_APPLICABLE = new Amount(CellState.NOT_APPLICABLE, null, null);
    /** The unknown amount with no recorded reason. */
    public static final Amount UNKNOWN = new Amount(CellState.UNKNOWN, null, null);

    /**
     * The most characters an amount has written out, sign and decimal point included: far more than
     * any sum of money needs, and few enough that no amount built through the API (such as
     * {@code 1E-999999999}, a billion characters written out) can exhaust memory where it is printed
     * or encoded. The JSON codec reads amounts of up to this length by default.
     */
    public static final int MAX_LENGTH = 100;

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
     * @param value the exact amount; a negative scale is made 0 ({@code 1E+3} is {@code 1000})
     * @param unit its unit
     * @return the amount
     * @throws IllegalArgumentException if the amount written out is longer than {@value #MAX_LENGTH}
     *                                  characters (see {@link #fits(BigDecimal)})
     */
    public static Amount of(BigDecimal value, MoneyUnit unit) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        long length = writtenLength(value);
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("an amount is at most " + MAX_LENGTH + " characters written out, not "
                    + length + " (precision " + value.precision() + ", scale " + value.scale() + ")");
        }
        return new Amount(CellState.NUMBER, value.scale() < 0 ? value.setScale(0) : value, unit);
    }

    /**
     * Tells whether {@link #of(BigDecimal, MoneyUnit)} accepts a value: whether it is at most
     * {@value #MAX_LENGTH} characters written out. Worked out from the precision and scale, without
     * writing the value out.
     *
     * @param value the value
     * @return whether it can be an amount
     */
    public static boolean fits(BigDecimal value) {
        return writtenLength(value) <= MAX_LENGTH;
    }

    // The length of toPlainString() once a negative scale is made 0: the digits, zeros appended for a
    // negative scale or prepended ("0.00…") for a scale beyond the precision, the point, the sign.
    private static long writtenLength(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        long length;
        if (value.signum() == 0) {
            length = scale <= 0 ? 1 : scale + 2;
        } else if (scale <= 0) {
            length = precision - scale;
        } else {
            length = Math.max(precision, scale + 1) + 1;
        }
        return length + (value.signum() < 0 ? 1 : 0);
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

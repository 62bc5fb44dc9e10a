package io.github.nianbao.core.cell;

import java.math.BigDecimal;

/** The unit a money amount was reported in. */
public enum MoneyUnit {
    /** 元, one yuan. */
    YUAN("元", BigDecimal.ONE),
    /** 万元, ten thousand yuan: the unit of the V2021 fee column. */
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String symbol;
    private final BigDecimal yuan;

    MoneyUnit(String symbol, BigDecimal yuan) {
        this.symbol = symbol;
        this.yuan = yuan;
    }

    /** {@return the unit as written in reports, {@code 元} or {@code 万元}} */
    public String symbol() {
        return symbol;
    }

    /**
     * Converts an amount in this unit to yuan, exactly.
     *
     * @param amount the amount in this unit
     * @return the amount in yuan
     */
    public BigDecimal toYuan(BigDecimal amount) {
        return amount.multiply(yuan);
    }

    /**
     * Finds the unit written as {@code symbol}.
     *
     * @param symbol {@code 元} or {@code 万元}
     * @return the unit
     * @throws IllegalArgumentException for any other text
     */
    public static MoneyUnit ofSymbol(String symbol) {
        for (MoneyUnit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown money unit: " + symbol);
    }
}

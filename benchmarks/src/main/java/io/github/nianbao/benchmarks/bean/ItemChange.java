package io.github.nianbao.benchmarks.bean;

/** A V2019 table 二 row with 上一年项目数量 and the signed 本年增/减, for {@link ItemsNotNegative}. */
public interface ItemChange {

    /** {@return 上一年项目数量, or {@code null}} */
    Long previousYearItems();

    /** {@return 本年增/减, or {@code null}} */
    Long change();
}

package io.github.nianbao.core.catalogue;

/** What a column holds. */
public enum CellKind {
    /** A count, which the format requires to be at least 0. */
    COUNT,
    /** A signed count: the V2019 本年增/减 columns. */
    SIGNED_COUNT,
    /** A money amount with its unit. */
    AMOUNT
}

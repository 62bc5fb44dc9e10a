package io.github.nianbao.benchmarks.plain;

/**
 * The single-report relations both baselines check, named after the rule ids of FORMAT.md §6 and
 * the rules engine. Cross-year rules need two reports and narrative rules need text: neither
 * baseline has them (see the module README).
 */
public enum BaselineRule {
    /** Table 三, every column: 一 + 二 = （七）总计 + 四. */
    T3_LEDGER,
    /** Table 三, every column: （七）总计 = the sum of the result rows. */
    T3_OUTCOMES,
    /** Table 三, every row: 总计 = the sum of the six applicant columns. */
    T3_ROW_TOTAL,
    /** Table 四, every block: 总计 = the sum of the four outcomes. */
    T4_TOTAL,
    /** Every count and amount at least 0, except the V2019 本年增/减 columns. */
    NON_NEGATIVE,
    /** V2019 table 二: 上一年项目数量 + 本年增/减 ≥ 0. */
    T2_2019_ITEMS,
    /** V2019 table 二: 本年新公开数量 ≤ 对外公开总数量. */
    T2_2019_PUBLISHED,
    /** The edition matches the report year. */
    EDITION_YEAR,
    /** A report year before 2019 or after the current year. */
    YEAR_RANGE,
    /**
     * A cell of table 三 or 四 that holds no number: the rules engine's BLANK-CELL and NA-CELL
     * together, since a plain bean with {@code Long} fields cannot tell blank from not applicable.
     */
    MISSING_CELL,
    /** A 万元 amount with more than 6 decimals. */
    FEE_PRECISION
}

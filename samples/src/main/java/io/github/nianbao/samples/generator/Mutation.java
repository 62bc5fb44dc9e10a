package io.github.nianbao.samples.generator;

import io.github.nianbao.core.Edition;
import io.github.nianbao.validation.StandardRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One named way of breaking a valid report, with the rules whose findings it causes. Each mutation
 * is designed so that its findings are known exactly: where a change would also break another
 * relation, it either compensates or declares that finding too. Generate cases with
 * {@link ReportGenerator#invalid(java.util.random.RandomGenerator, Edition, Mutation)}.
 *
 * <p>The blank cells of a table are one {@code BLANK-CELL} finding: a mutation that blanks a cell
 * causes its table's finding; the others remain expected as they were.
 */
public enum Mutation {
    /**
     * Table 三: 四、结转下年度继续办理 raised by the same amount in one applicant column and in 总计.
     * The row total still holds; the ledger breaks in that column and in 总计.
     */
    LEDGER(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.T3_LEDGER),
    /**
     * Table 三: one result row raised by the same amount in one applicant column and in 总计. The row
     * total and the ledger still hold; the results no longer add up to （七）总计 in that column and in 总计.
     */
    OUTCOMES(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.T3_OUTCOMES),
    /**
     * Table 三: 一、本年新收 and 四、结转下年度 raised by the same amount in one applicant column. The
     * ledger still holds (one is added, the other subtracted); the row totals of both rows break.
     */
    ROW_TOTAL(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.T3_ROW_TOTAL),
    /**
     * Two different cells swapped: two result rows of one applicant column in table 三 (column sums
     * hold, both row totals break), or one outcome of two blocks of table 四 (both block totals break).
     */
    SWAP(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.T3_ROW_TOTAL, StandardRule.T4_TOTAL, StandardRule.BLANK_CELL),
    /** Table 四: one block's 总计 set to another value than the sum of its outcomes. */
    TABLE_FOUR(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.T4_TOTAL),
    /**
     * A reported total blanked: （七）总计 › 总计 of table 三 or a block total of table 四. The relations
     * it is the total of cannot be assessed: a BLANK-TOTAL warning naming their terms that hold
     * numbers (unless the total was 0, which the blank agrees with), and its table's BLANK-CELL.
     */
    BLANK_TOTAL(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.BLANK_CELL, StandardRule.BLANK_TOTAL),
    /** An outcome of table 四 blanked: a blank finding, and a total error if the outcome was not 0. */
    BLANK_TERM(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.BLANK_CELL, StandardRule.T4_TOTAL),
    /** A count or amount of table 二 that no relation reads made negative. */
    NEGATIVE(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.NON_NEGATIVE),
    /**
     * A cell of table 三 or 四 marked not applicable: a cell holding 0 or blank, （七）总计 › 总计, or a
     * block total of table 四, so that no sum changes.
     */
    NOT_APPLICABLE(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.NA_CELL),
    /** V2019 table 二: 本年增/减 taking 上一年项目数量 below 0. */
    ITEMS_BELOW_ZERO(Kind.SINGLE, EnumSet.of(Edition.V2019), StandardRule.T2_2019_ITEMS),
    /** V2019 table 二: 本年新公开数量 above 对外公开总数量. */
    PUBLISHED_ABOVE_TOTAL(Kind.SINGLE, EnumSet.of(Edition.V2019), StandardRule.T2_2019_PUBLISHED),
    /** The report year changed to one of the other edition. */
    EDITION_YEAR(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.EDITION_YEAR),
    /** The report year set before 2019, when no unified format existed. */
    YEAR_OUT_OF_RANGE(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.YEAR_RANGE),
    /** A publication date 1 to 200 days after the statute's deadline for the agency. */
    LATE_PUBLICATION(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.DEADLINE),
    /** Section 一 states a statistics period of the year after the report year. */
    PERIOD_OF_OTHER_YEAR(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.PERIOD_YEAR),
    /** Section 一 speaks of the year before the report year where it spoke of the report year. */
    LAST_YEARS_NARRATIVE(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.NARRATIVE_YEAR),
    /**
     * A narrative section emptied, or section 五 saying only 无. An emptied section 六 of a V2021
     * report also says nothing about fees, which is declared too.
     */
    EMPTY_SECTION(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.SECTION_EMPTY, StandardRule.FEE_DISCLOSURE),
    /** V2021: section 六 no longer mentions the information-processing fee. */
    MISSING_FEE_DISCLOSURE(Kind.SINGLE, EnumSet.of(Edition.V2021), StandardRule.FEE_DISCLOSURE),
    /**
     * Section 一 states another number of applications handled (办结) than table 三's （七）总计; the
     * tables are unchanged. Reports that received no application (and say so) offer nothing to change.
     */
    NARRATIVE_FIGURE(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.NARRATIVE_FIGURE),
    /** A 万元 amount with 7 to 10 decimals, the last not 0. */
    FEE_PRECISION(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.FEE_PRECISION),
    /** Table 四: two outcomes of one block set to {@link Long#MAX_VALUE}, so that their sum overflows. */
    OVERFLOW(Kind.SINGLE, EnumSet.allOf(Edition.class), StandardRule.SUM_OVERFLOW),
    /**
     * Cross-year: the current report's 二、上年结转 and 四、结转下年度 raised by the same amount in one
     * applicant column and in 总计. Each report balances on its own; the carry-over from the previous
     * year no longer matches, in that column and in 总计.
     */
    CARRY_OVER(Kind.CROSS_YEAR, EnumSet.allOf(Edition.class), StandardRule.YEAR_CARRY),
    /** Cross-year, V2019: 上一年项目数量 of one row no longer follows from the previous report. */
    ITEMS_ACROSS_YEARS(Kind.CROSS_YEAR, EnumSet.of(Edition.V2019), StandardRule.YEAR_2019_ITEMS),
    /** Cross-year, V2021 (both years): 现行有效件数 of one row no longer follows from the previous stock. */
    STOCK_ACROSS_YEARS(Kind.CROSS_YEAR, EnumSet.of(Edition.V2021), StandardRule.YEAR_2021_STOCK),
    /** Cross-year: section 五 is the previous year's, word for word but for the year (内容雷同). */
    COPIED_TEXT(Kind.CROSS_YEAR, EnumSet.allOf(Edition.class), StandardRule.COPIED_TEXT),
    /**
     * Cross-year: the report given as the previous year's is another agency's, of the wrong year, or
     * both. The cross-year rules are then not run.
     */
    PREVIOUS_MISMATCH(Kind.CROSS_YEAR, EnumSet.allOf(Edition.class), StandardRule.PREVIOUS_MISMATCH);

    private enum Kind { SINGLE, CROSS_YEAR }

    private final Kind kind;
    private final Set<Edition> editions;
    private final Set<StandardRule> rules;

    Mutation(Kind kind, EnumSet<Edition> editions, StandardRule first, StandardRule... rest) {
        this.kind = kind;
        this.editions = Set.copyOf(editions);
        this.rules = Set.copyOf(EnumSet.of(first, rest));
    }

    /**
     * Returns the rules whose findings this mutation can cause. Every case it generates causes at
     * least one finding, all of them of these rules.
     *
     * @return the rules
     */
    public Set<StandardRule> rules() {
        return rules;
    }

    /**
     * Tells whether the mutation applies to reports of an edition.
     *
     * @param edition the edition of the (current) report
     * @return whether cases of this edition can be generated
     */
    public boolean appliesTo(Edition edition) {
        return editions.contains(edition);
    }

    /** {@return whether the mutation breaks a relation between two years' reports, so that cases carry a previous year} */
    public boolean isCrossYear() {
        return kind == Kind.CROSS_YEAR;
    }

    /**
     * Returns the mutations that apply to an edition.
     *
     * @param edition the edition
     * @return the mutations, in declaration order
     */
    public static List<Mutation> applicableTo(Edition edition) {
        return java.util.Arrays.stream(values()).filter(m -> m.appliesTo(edition)).toList();
    }
}

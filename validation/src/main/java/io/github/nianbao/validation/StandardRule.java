package io.github.nianbao.validation;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules every {@link ReportValidator#standard() standard validator} applies, with their stable
 * ids and default severities: the relations of the national format (表三、表四 and the V2019 表二), the
 * cross-year relations, and the checks of blank, not-applicable and unknown cells.
 */
public enum StandardRule {
    /** Table 三, every column: 一 + 二 = （七）总计 + 四 (the ledger stated in the table's header cell). */
    T3_LEDGER("T3-LEDGER", Severity.ERROR),
    /** Table 三, every column: （七）总计 = the sum of the result rows （一）–（六）. */
    T3_OUTCOMES("T3-OUTCOMES", Severity.ERROR),
    /** Table 三, every row: 总计 = the sum of the six applicant columns. */
    T3_ROW_TOTAL("T3-ROW-TOTAL", Severity.ERROR),
    /** Table 四, every block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    T4_TOTAL("T4-TOTAL", Severity.ERROR),
    /** Every count and amount is at least 0, except the V2019 本年增/减 columns. */
    NON_NEGATIVE("NON-NEGATIVE", Severity.ERROR),
    /** V2019 table 二: 上一年项目数量 + 本年增/减 ≥ 0. */
    T2_2019_ITEMS("T2-2019-ITEMS", Severity.ERROR),
    /** V2019 table 二: 本年新公开数量 ≤ 对外公开总数量. */
    T2_2019_PUBLISHED("T2-2019-PUBLISHED", Severity.WARNING),
    /** The edition matches the report year (hybrids exist, hence a warning). */
    EDITION_YEAR("EDITION-YEAR", Severity.WARNING),
    /** Cross-year: 上年结转 of year N = 结转下年度继续办理 of year N−1, every column. */
    YEAR_CARRY("YEAR-CARRY", Severity.ERROR),
    /** Cross-year, V2019: 上一年项目数量(N) = 上一年项目数量(N−1) + 本年增/减(N−1). */
    YEAR_2019_ITEMS("YEAR-2019-ITEMS", Severity.WARNING),
    /** Cross-year, V2021: 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数(N) − 本年废止件数(N). */
    YEAR_2021_STOCK("YEAR-2021-STOCK", Severity.WARNING),
    /** Blank cells where the format expects a number: one finding per table, naming every blank cell. */
    BLANK_CELL("BLANK-CELL", Severity.WARNING),
    /** A blank total whose terms hold numbers other than 0: its relation cannot be assessed, and the blank is not replaced by the sum. */
    BLANK_TOTAL("BLANK-TOTAL", Severity.WARNING),
    /** A not-applicable cell in table 三 or 四, which have no such state in the format. */
    NA_CELL("NA-CELL", Severity.WARNING),
    /** A narrative section with no text, or section 五 saying only 无. */
    SECTION_EMPTY("SECTION-EMPTY", Severity.WARNING),
    /** A V2021 report whose section 六 says nothing about information-processing fees. */
    FEE_DISCLOSURE("FEE-DISCLOSURE", Severity.INFO),
    /** A 万元 amount with more than 6 decimals (finer than one fen). */
    FEE_PRECISION("FEE-PRECISION", Severity.WARNING),
    /** A report year before 2019 or after the current year. */
    YEAR_RANGE("YEAR-RANGE", Severity.ERROR),
    /** A figure the narrative states about the tables that no reading its words allow gives. */
    NARRATIVE_FIGURE("NARRATIVE-FIGURE", Severity.WARNING),
    /** A narrative section substantially the same as the previous year's report's (内容雷同). */
    COPIED_TEXT("COPIED-TEXT", Severity.WARNING),
    /** The report given as the previous year's is of another agency or not of the year before. */
    PREVIOUS_MISMATCH("PREVIOUS-MISMATCH", Severity.ERROR),
    /** A sum too large for exact 64-bit arithmetic: the relation could not be checked. */
    SUM_OVERFLOW("SUM-OVERFLOW", Severity.ERROR),
    /**
     * A relation that involves an {@linkplain io.github.nianbao.core.cell.Cell#isUnknown() unknown}
     * cell (printed in the source, not read): it neither holds nor fails, and this finding names the
     * relation and the cells that kept it from being assessed, in place of any finding of the
     * relation itself.
     */
    NOT_ASSESSED("NOT-ASSESSED", Severity.INFO),
    /**
     * The publication date is after the deadline for the agency (departments 31 January,
     * governments 31 March of the next year, or a pack's {@link Deadlines}), or before the report
     * year ended. Only for reports that give a publication date.
     */
    DEADLINE("DEADLINE", Severity.WARNING),
    /** The statistics period stated in section 一 names a year other than the report (title) year. */
    PERIOD_YEAR("PERIOD-YEAR", Severity.WARNING),
    /** Section 一 names the year before the report year more often than the report year itself. */
    NARRATIVE_YEAR("NARRATIVE-YEAR", Severity.WARNING),
    /**
     * Opt-in ({@link ReportValidator.Builder#likelyCauses(boolean)}): the smallest change of cells
     * that makes every broken sum hold, classified (typo, swap, stale total, lost sign, blank).
     */
    LIKELY_CAUSE("LIKELY-CAUSE", Severity.INFO),
    /** Opt-in, with {@link #LIKELY_CAUSE}: the search for a likely cause stopped at its bound. */
    LIKELY_CAUSE_CUT("LIKELY-CAUSE-CUT", Severity.INFO);

    private final String id;
    private final Severity severity;

    StandardRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** {@return the stable id, such as {@code T3-LEDGER}} */
    public String id() {
        return id;
    }

    /** {@return the severity the rule's findings have unless the validator overrides it} */
    public Severity defaultSeverity() {
        return severity;
    }

    /**
     * Describes what the rule checks.
     *
     * @param locale the language wanted; Chinese unless English is asked for
     * @return one sentence
     * @throws NullPointerException if {@code locale} is null
     */
    public String description(Locale locale) {
        return text(".description", locale);
    }

    /** {@return what the rule checks, in Chinese: one sentence} */
    public String description() {
        return description(MessageLanguage.DEFAULT_LOCALE);
    }

    /**
     * Says where the rule comes from, in the format's terms: the format's own words, derived from
     * the tables, or practice.
     *
     * @param locale the language wanted; Chinese unless English is asked for
     * @return one sentence
     * @throws NullPointerException if {@code locale} is null
     */
    public String source(Locale locale) {
        return text(".source", locale);
    }

    /** {@return where the rule comes from, in Chinese: one sentence} */
    public String source() {
        return source(MessageLanguage.DEFAULT_LOCALE);
    }

    private String text(String suffix, Locale locale) {
        return MessageCatalog.standard().template(id + suffix, MessageLanguage.of(locale).locale())
                .orElseThrow(() -> new IllegalStateException("no text " + id + suffix));
    }

    /**
     * Finds a rule by its id.
     *
     * @param id an id such as {@code T4-TOTAL}
     * @return the rule, or empty if no standard rule has that id
     */
    public static Optional<StandardRule> ofId(String id) {
        for (StandardRule r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** {@return the id} */
    @Override
    public String toString() {
        return id;
    }
}

package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Deadlines;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.Rule;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The rules about dates: the publication deadline, and whether the statistics period and the
 * narrative speak of the report year. The report year is the title's year (the importer takes it
 * from the title), so these rules check the title's year against the rest.
 */
public final class DateRules {

    /** The words that introduce the statistics period: "统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止". */
    private static final String PERIOD_WORDS = "统计期";
    /** How far after those words the period's dates are looked for. */
    private static final int PERIOD_REACH = 60;

    private DateRules() {
    }

    /**
     * Returns DEADLINE: the publication date is after the deadline for the agency, or before the
     * report year has ended.
     *
     * @param deadlines the dates
     * @return the rule
     */
    public static Rule deadline(Deadlines deadlines) {
        Objects.requireNonNull(deadlines, "deadlines");
        return new Rule() {
            @Override
            public String id() {
                return StandardRule.DEADLINE.id();
            }

            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                AnnualReport report = context.report();
                LocalDate published = report.metadata().publicationDate().orElse(null);
                if (published == null) {
                    return;
                }
                int year = report.reportYear();
                LocalDate due = deadlines.deadline(report.metadata());
                boolean early = published.getYear() <= year;
                if (!early && !published.isAfter(due)) {
                    return;
                }
                boolean government = Deadlines.isGovernment(report.metadata());
                findings.accept(Finding.builder().ruleId(StandardRule.DEADLINE.id())
                        .severity(StandardRule.DEADLINE.defaultSeverity())
                        .messageKey(early ? "DEADLINE.early" : "DEADLINE")
                        .addCells(FindingCell.of(Period.THIS_YEAR, MetadataField.PUBLICATION_DATE, published.toString()))
                        .expected(early ? "> " + year + "-12-31" : "≤ " + due).actual(published.toString())
                        .putArguments("published", published.toString())
                        .putArguments("deadline", due.toString())
                        .putArguments("year", year)
                        .putArguments("days", Long.toString(due.until(published, java.time.temporal.ChronoUnit.DAYS)))
                        .putArguments("kind", new Messages.Nested(government ? "deadline.government" : "deadline.department",
                                java.util.Map.of()))
                        .build());
            }
        };
    }

    /** {@return PERIOD-YEAR: the statistics period stated in section 一 is not within the report year} */
    public static Rule periodYear() {
        return new Rule() {
            @Override
            public String id() {
                return StandardRule.PERIOD_YEAR.id();
            }

            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                AnnualReport report = context.report();
                int year = report.reportYear();
                List<NarrativeBlock> blocks = report.overview().blocks();
                for (int b = 0; b < blocks.size(); b++) { // no iterator: on every report's path
                    String text = blocks.get(b).text();
                    int at = text.indexOf(PERIOD_WORDS);
                    if (at < 0) {
                        continue;
                    }
                    int end = Math.min(text.length(), at + PERIOD_WORDS.length() + PERIOD_REACH);
                    for (int i = text.indexOf('年', at); i >= 0 && i < end; i = text.indexOf('年', i + 1)) {
                        int y = yearBefore(text, i);
                        if (y > 0 && y != year) {
                            findings.accept(Finding.builder().ruleId(StandardRule.PERIOD_YEAR.id())
                                    .severity(StandardRule.PERIOD_YEAR.defaultSeverity())
                                    .addCells(FindingCell.of(Section.OVERVIEW, text.substring(at, end)))
                                    .expected(Integer.toString(year)).actual(Integer.toString(y))
                                    .putArguments("year", year).putArguments("stated", y)
                                    .putArguments("text", text.substring(at, end))
                                    .build());
                            return;
                        }
                    }
                    return; // the first statement of the period is the one that counts
                }
            }
        };
    }

    /**
     * Returns NARRATIVE-YEAR: section 一 names the year before the report year more often than the
     * report year itself, as a text carried over from last year's report does.
     *
     * @return the rule
     */
    public static Rule narrativeYear() {
        return new Rule() {
            @Override
            public String id() {
                return StandardRule.NARRATIVE_YEAR.id();
            }

            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                AnnualReport report = context.report();
                int year = report.reportYear();
                int thisYear = 0;
                int lastYear = 0;
                List<NarrativeBlock> blocks = report.overview().blocks();
                for (int b = 0; b < blocks.size(); b++) {
                    String text = blocks.get(b).text();
                    for (int i = text.indexOf('年'); i >= 0; i = text.indexOf('年', i + 1)) {
                        int y = yearBefore(text, i);
                        if (y == year) {
                            thisYear++;
                        } else if (y == year - 1) {
                            lastYear++;
                        }
                    }
                }
                if (lastYear > thisYear) {
                    findings.accept(Finding.builder().ruleId(StandardRule.NARRATIVE_YEAR.id())
                            .severity(StandardRule.NARRATIVE_YEAR.defaultSeverity())
                            .addCells(FindingCell.of(Section.OVERVIEW, report.overview().text()))
                            .expected(Integer.toString(year)).actual(Integer.toString(year - 1))
                            .putArguments("section", Section.OVERVIEW)
                            .putArguments("year", year).putArguments("previous", year - 1)
                            .putArguments("thisYear", thisYear).putArguments("lastYear", lastYear)
                            .build());
                }
            }
        };
    }

    /** The four-digit year 19xx or 20xx right before position i (one space allowed), or 0. */
    static int yearBefore(String text, int i) {
        int end = i;
        if (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end - 4;
        if (start < 0) {
            return 0;
        }
        if (start > 0 && isDigit(text.charAt(start - 1))) {
            return 0; // part of a longer number
        }
        int y = 0;
        for (int j = start; j < end; j++) {
            char c = text.charAt(j);
            if (!isDigit(c)) {
                return 0;
            }
            y = y * 10 + (c - '0');
        }
        return y >= 1900 && y < 2100 ? y : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

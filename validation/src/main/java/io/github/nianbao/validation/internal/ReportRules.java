package io.github.nianbao.validation.internal;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.Rule;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationContext;
import io.github.nianbao.validation.comparison.AgencyMatch;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rules about the report as a whole: its year and edition, the previous year's report, and the
 * narrative sections.
 */
public final class ReportRules {

    /** What section 五 says when it says nothing. */
    private static final String NOTHING = "无";

    /** Words of section 六 that show it reports on fees (国办函〔2020〕109号). */
    private static final List<String> FEE_WORDS = List.of("信息处理费", "收费");

    private static final Section[] NARRATIVES = {Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS};

    private ReportRules() {
    }

    private abstract static class Simple implements Rule {

        final StandardRule rule;

        Simple(StandardRule rule) {
            this.rule = rule;
        }

        @Override
        public final String id() {
            return rule.id();
        }

        Finding.Builder finding() {
            return Finding.builder().ruleId(rule.id()).severity(rule.defaultSeverity());
        }
    }

    /** {@return YEAR-RANGE: a report year before 2019 or after the current year} */
    public static Rule yearRange() {
        return new Simple(StandardRule.YEAR_RANGE) {
            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                int year = context.report().reportYear();
                int first = Edition.V2019.firstReportYear();
                if (year < first || year > context.currentYear()) {
                    String expected = first + "–" + context.currentYear();
                    findings.accept(finding()
                            .addCells(FindingCell.of(Period.THIS_YEAR, MetadataField.REPORT_YEAR, Integer.toString(year)))
                            .expected(expected).actual(Integer.toString(year))
                            .putArguments("year", year).putArguments("first", first)
                            .putArguments("current", context.currentYear())
                            .build());
                }
            }
        };
    }

    /** {@return EDITION-YEAR: the edition is the one for the report year} */
    public static Rule editionYear() {
        return new Simple(StandardRule.EDITION_YEAR) {
            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                AnnualReport report = context.report();
                int year = report.reportYear();
                if (year < Edition.V2019.firstReportYear()) {
                    return; // no edition applies; YEAR-RANGE reports the year
                }
                Edition expected = Edition.forReportYear(year);
                if (report.edition() != expected) {
                    findings.accept(finding()
                            .addCells(FindingCell.of(Period.THIS_YEAR, MetadataField.EDITION, report.edition().name()),
                                    FindingCell.of(Period.THIS_YEAR, MetadataField.REPORT_YEAR, Integer.toString(year)))
                            .expected(expected.name()).actual(report.edition().name())
                            .putArguments("year", year).putArguments("edition", report.edition().name())
                            .putArguments("expected", expected.name())
                            .putArguments("document", expected.issuingDocument())
                            .build());
                }
            }
        };
    }

    /** {@return SECTION-EMPTY: a narrative section with no text, or section 五 saying only 无} */
    public static Rule sectionEmpty() {
        return new Simple(StandardRule.SECTION_EMPTY) {
            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                for (Section section : NARRATIVES) {
                    Narrative narrative = context.report().narrative(section);
                    if (narrative.isEmpty()) {
                        findings.accept(finding().addCells(FindingCell.of(section, ""))
                                .putArguments("section", section).build());
                    } else if (section == Section.PROBLEMS && saysNothing(narrative)) {
                        findings.accept(finding().addCells(FindingCell.of(section, narrative.text()))
                                .messageKey(rule.id() + ".nothing")
                                .putArguments("section", section).putArguments("text", narrative.text().strip())
                                .build());
                    }
                }
            }
        };
    }

    // "无", "无。", " 无 " all say nothing: the only letter of the section is 无. Read block by block,
    // without joining the text.
    private static boolean saysNothing(Narrative narrative) {
        int letters = 0;
        for (NarrativeBlock block : narrative.blocks()) {
            String text = block.text();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c)) {
                    if (++letters > NOTHING.length() || c != NOTHING.codePointAt(0)) {
                        return false;
                    }
                }
                i += Character.charCount(c);
            }
        }
        return letters == NOTHING.length();
    }

    /** {@return FEE-DISCLOSURE: a V2021 report whose section 六 does not mention fees} */
    public static Rule feeDisclosure() {
        return new Simple(StandardRule.FEE_DISCLOSURE) {
            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                AnnualReport report = context.report();
                if (report.edition() != Edition.V2021) {
                    return;
                }
                for (NarrativeBlock block : report.otherMatters().blocks()) {
                    for (String word : FEE_WORDS) {
                        if (block.text().contains(word)) {
                            return;
                        }
                    }
                }
                findings.accept(finding().addCells(FindingCell.of(Section.OTHER_MATTERS, report.otherMatters().text()))
                        .putArguments("section", Section.OTHER_MATTERS).build());
            }
        };
    }

    /**
     * Tells whether a report given as the previous year's is the same agency's for the year before.
     *
     * @param report the report being checked
     * @param previous the report given as the previous year's
     * @return whether it is
     */
    public static boolean isPreviousYear(AnnualReport report, AnnualReport previous) {
        return sameAgency(report, previous) && previous.reportYear() == report.reportYear() - 1;
    }

    // By 行政区划代码 where both have one, else by name with superior divisions folded (AgencyMatch).
    private static boolean sameAgency(AnnualReport report, AnnualReport previous) {
        return AgencyMatch.of(report, previous).isPresent();
    }

    /**
     * Returns the PREVIOUS-MISMATCH finding for a report given as the previous year's that is not.
     * Its cells are the fields that differ, of both reports.
     *
     * @param report the report being checked
     * @param previous the report given as the previous year's
     * @return the finding
     */
    public static Finding previousMismatch(AnnualReport report, AnnualReport previous) {
        StandardRule rule = StandardRule.PREVIOUS_MISMATCH;
        Finding.Builder b = Finding.builder().ruleId(rule.id()).severity(rule.defaultSeverity());
        if (!sameAgency(report, previous)) {
            b.addCells(FindingCell.of(Period.THIS_YEAR, MetadataField.AGENCY, report.agency()),
                    FindingCell.of(Period.PREVIOUS_YEAR, MetadataField.AGENCY, previous.agency()));
        }
        if (previous.reportYear() != report.reportYear() - 1) {
            b.addCells(FindingCell.of(Period.THIS_YEAR, MetadataField.REPORT_YEAR, Integer.toString(report.reportYear())),
                    FindingCell.of(Period.PREVIOUS_YEAR, MetadataField.REPORT_YEAR, Integer.toString(previous.reportYear())));
        }
        return b.expected(report.agency() + " " + (report.reportYear() - 1))
                .actual(previous.agency() + " " + previous.reportYear())
                .putArguments("agency", report.agency()).putArguments("year", report.reportYear())
                .putArguments("expectedYear", report.reportYear() - 1)
                .putArguments("previousAgency", previous.agency()).putArguments("previousYear", previous.reportYear())
                .build();
    }
}

package io.github.nianbao.validation.similarity;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.Rule;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationContext;
import io.github.nianbao.validation.internal.Messages;
import java.util.List;
import java.util.function.Consumer;

/**
 * COPIED-TEXT: a narrative section (一, 五 or 六) whose normalised text is substantially found in the
 * same section of the previous year's report. Cross-year: runs only with the previous year's report.
 *
 * <p>Default threshold {@value #DEFAULT_THRESHOLD}: four in five of this year's five-character
 * shingles already printed last year. A section rewritten around the same subject shares its set
 * phrases (政府信息公开, 法定期限内) and stays well below (洪泽区 2024 against 2023: section 一 at
 * 0.46, section 五 at 0.38 with its three improvements carried over word for word); a section carried
 * over with the year and figures changed is at 0.9–1.0, and one half copied at about 0.5. Sections
 * of fewer than {@value #DEFAULT_MINIMUM} normalised characters are not assessed: a one-line
 * section 六 that states the fees in the same words every year is the format's answer, not a copy.
 */
public final class CopiedText {

    /** The default containment above which a section counts as copied. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    /** The default minimum length, in normalised characters, of a section that is assessed. */
    public static final int DEFAULT_MINIMUM = 100;

    /** The narrative sections compared. */
    public static final List<Section> SECTIONS = List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS);

    private CopiedText() {
    }

    /** {@return the rule with the default threshold and minimum length} */
    public static Rule rule() {
        return rule(DEFAULT_THRESHOLD, DEFAULT_MINIMUM);
    }

    /**
     * Returns the rule with another threshold.
     *
     * @param threshold the containment (0 to 1) at or above which a section counts as copied
     * @param minimum the minimum length in normalised characters of a section that is assessed
     * @return the rule
     */
    public static Rule rule(double threshold, int minimum) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        return new Rule() {
            @Override
            public String id() {
                return StandardRule.COPIED_TEXT.id();
            }

            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                AnnualReport previous = context.previousYearOrNull();
                if (previous == null) {
                    return;
                }
                for (Section section : SECTIONS) {
                    String now = context.report().narrative(section).text();
                    String before = previous.narrative(section).text();
                    if (TextSimilarity.normalised(now).length() < minimum) {
                        continue;
                    }
                    TextSimilarity s = TextSimilarity.of(now, before);
                    if (s.containment() >= threshold) {
                        findings.accept(finding(section, now, before, s, threshold, Messages.pairedBy(context.previousYearMatch())));
                    }
                }
            }
        };
    }

    private static Finding finding(Section section, String now, String before, TextSimilarity s, double threshold,
            Object pairedBy) {
        StandardRule rule = StandardRule.COPIED_TEXT;
        return Finding.builder().ruleId(rule.id()).severity(rule.defaultSeverity())
                .addCells(FindingCell.of(section, now))
                .addCells(FindingCell.of(Period.PREVIOUS_YEAR, section, before))
                .expected("< " + percent(threshold) + " %").actual(percent(s.containment()) + " %")
                .putArguments("section", section)
                .putArguments("similarity", percent(s.containment()))
                .putArguments("threshold", percent(threshold))
                .putArguments("n", TextSimilarity.DEFAULT_N)
                .putArguments("passage", s.passages().isEmpty() ? "" : s.passages().get(0))
                .putArguments("pairedBy", pairedBy)
                .build();
    }

    static String percent(double share) {
        return Long.toString(Math.round(share * 100));
    }
}

package io.github.nianbao.validation.comparison;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.validation.ReportValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One agency's reports over the years: the reports ordered by year, the comparison of each
 * consecutive pair, and the years missing between the first and the last. Immutable.
 *
 * @param reports the agency's reports, by year
 * @param comparisons each report against the one before it (consecutive years or not), in order
 * @param missingYears the years between the first and the last with no report
 * @param duplicateYears years given more than once (the first report of such a year is used)
 */
public record ReportSeries(List<AnnualReport> reports, List<ReportComparison> comparisons, List<Integer> missingYears,
        List<Integer> duplicateYears) {

    /**
     * Checks and copies the components.
     *
     * @param reports the reports
     * @param comparisons the comparisons
     * @param missingYears the missing years
     * @param duplicateYears the years given twice
     */
    public ReportSeries {
        reports = List.copyOf(reports);
        comparisons = List.copyOf(comparisons);
        missingYears = List.copyOf(missingYears);
        duplicateYears = List.copyOf(duplicateYears);
    }

    /** {@return the agency's name as its latest report gives it} */
    public String agency() {
        return reports.get(reports.size() - 1).agency();
    }

    /**
     * Groups reports by agency ({@link AgencyMatch}) and orders each group by year. Two reports whose
     * years follow each other are compared with the cross-year rules; across a missing year they are
     * compared too, and the missing year is named.
     *
     * @param validator the validator whose cross-year rules run
     * @param reports reports of any agencies and years, in any order
     * @return one series per agency, in order of first appearance
     */
    public static List<ReportSeries> of(ReportValidator validator, List<AnnualReport> reports) {
        Objects.requireNonNull(validator, "validator");
        List<List<AnnualReport>> groups = new ArrayList<>();
        for (AnnualReport r : reports) {
            List<AnnualReport> group = null;
            for (List<AnnualReport> g : groups) {
                if (g.stream().anyMatch(x -> AgencyMatch.of(x, r).isPresent())) {
                    group = g;
                    break;
                }
            }
            if (group == null) {
                group = new ArrayList<>();
                groups.add(group);
            }
            group.add(r);
        }
        List<ReportSeries> out = new ArrayList<>();
        for (List<AnnualReport> g : groups) {
            List<AnnualReport> sorted = new ArrayList<>(g);
            sorted.sort(Comparator.comparingInt(AnnualReport::reportYear));
            List<AnnualReport> byYear = new ArrayList<>();
            List<Integer> duplicates = new ArrayList<>();
            for (AnnualReport r : sorted) {
                if (!byYear.isEmpty() && byYear.get(byYear.size() - 1).reportYear() == r.reportYear()) {
                    if (!duplicates.contains(r.reportYear())) {
                        duplicates.add(r.reportYear());
                    }
                } else {
                    byYear.add(r);
                }
            }
            List<ReportComparison> comparisons = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int i = 1; i < byYear.size(); i++) {
                AnnualReport before = byYear.get(i - 1);
                AnnualReport now = byYear.get(i);
                for (int y = before.reportYear() + 1; y < now.reportYear(); y++) {
                    missing.add(y);
                }
                comparisons.add(ReportComparison.of(validator, before, now));
            }
            out.add(new ReportSeries(byYear, comparisons, missing, duplicates));
        }
        return List.copyOf(out);
    }
}

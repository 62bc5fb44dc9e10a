package io.github.nianbao.validation.comparison;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Period;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.similarity.CopiedText;
import io.github.nianbao.validation.similarity.TextSimilarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One agency's report against its report for an earlier year: how the two were matched, the
 * findings of the cross-year rules, every table cell that changed (largest change first), the cells
 * that appeared or vanished, the cells only one edition's form has, and the similarity of each
 * narrative section. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportComparison c = ReportComparison.of(ReportValidator.standard(), report2023, report2024);
 * c.changes().forEach(ch -> System.out.println(ch.path() + " " + ch.difference().orElseThrow()));
 * }</pre>
 */
public final class ReportComparison {

    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};

    private final AnnualReport older;
    private final AnnualReport newer;
    private final Optional<AgencyMatch> match;
    private final List<Finding> crossYear;
    private final List<CellChange> changes;
    private final List<CellChange> appearedOrVanished;
    private final List<CellChange> oneFormOnly;
    private final Map<Section, TextSimilarity> similarity;

    private ReportComparison(AnnualReport older, AnnualReport newer, Optional<AgencyMatch> match, List<Finding> crossYear,
            List<CellChange> changes, List<CellChange> appearedOrVanished, List<CellChange> oneFormOnly,
            Map<Section, TextSimilarity> similarity) {
        this.older = older;
        this.newer = newer;
        this.match = match;
        this.crossYear = List.copyOf(crossYear);
        this.changes = List.copyOf(changes);
        this.appearedOrVanished = List.copyOf(appearedOrVanished);
        this.oneFormOnly = List.copyOf(oneFormOnly);
        this.similarity = Map.copyOf(similarity);
    }

    /**
     * Compares two reports.
     *
     * @param validator the validator whose cross-year rules run (on {@code newer} with {@code older} as its previous year)
     * @param older the earlier report
     * @param newer the later report
     * @return the comparison
     */
    public static ReportComparison of(ReportValidator validator, AnnualReport older, AnnualReport newer) {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        List<Finding> crossYear = new ArrayList<>();
        for (Finding f : validator.validate(newer, older).findings()) {
            if (f.cells().stream().anyMatch(c -> c.period() == Period.PREVIOUS_YEAR)) {
                crossYear.add(f);
            }
        }
        List<CellChange> changed = new ArrayList<>();
        List<CellChange> appeared = new ArrayList<>();
        List<CellChange> oneForm = new ArrayList<>();
        for (Section section : TABLES) {
            Layout now = newer.table(section).layout();
            Layout before = older.table(section).layout();
            for (CellKey k : now.cells()) {
                Cell n = newer.cell(k);
                Optional<CellKey> o = before == now ? Optional.of(k) : before.find(k.path());
                if (o.isEmpty()) {
                    oneForm.add(new CellChange(CellChange.Kind.ONLY_NEWER_FORM, k.path(), k, Optional.empty(), Optional.of(n)));
                    continue;
                }
                Cell b = older.cell(o.get());
                if (b.isNumber() && n.isNumber()) {
                    CellChange c = new CellChange(CellChange.Kind.CHANGED, k.path(), k, Optional.of(b), Optional.of(n));
                    if (c.difference().map(d -> d.signum() != 0).orElse(!b.equals(n))) {
                        changed.add(c);
                    }
                } else if (b.isNumber() != n.isNumber()) {
                    appeared.add(new CellChange(n.isNumber() ? CellChange.Kind.APPEARED : CellChange.Kind.VANISHED,
                            k.path(), k, Optional.of(b), Optional.of(n)));
                }
            }
            if (before != now) {
                for (CellKey k : before.cells()) {
                    if (now.find(k.path()).isEmpty()) {
                        oneForm.add(new CellChange(CellChange.Kind.ONLY_OLDER_FORM, k.path(), k, Optional.of(older.cell(k)),
                                Optional.empty()));
                    }
                }
            }
        }
        Comparator<CellChange> largestFirst = Comparator.comparing(CellChange::magnitude).reversed()
                .thenComparing(c -> c.path().toString());
        changed.sort(largestFirst);
        appeared.sort(largestFirst);
        Map<Section, TextSimilarity> similarity = new EnumMap<>(Section.class);
        for (Section s : CopiedText.SECTIONS) {
            similarity.put(s, TextSimilarity.of(newer.narrative(s).text(), older.narrative(s).text()));
        }
        return new ReportComparison(older, newer, AgencyMatch.of(newer, older), crossYear, changed, appeared, oneForm, similarity);
    }

    /** {@return the earlier report} */
    public AnnualReport older() {
        return older;
    }

    /** {@return the later report} */
    public AnnualReport newer() {
        return newer;
    }

    /** {@return how the two were recognised as one agency's; empty if they are not (PREVIOUS-MISMATCH)} */
    public Optional<AgencyMatch> match() {
        return match;
    }

    /** {@return the findings of the cross-year rules: those naming a cell of the older report} */
    public List<Finding> crossYearFindings() {
        return crossYear;
    }

    /** {@return the cells holding a number in both reports that changed, largest change first} */
    public List<CellChange> changes() {
        return changes;
    }

    /** {@return the cells that became a number or stopped being one (a number now blank), largest first} */
    public List<CellChange> appearedOrVanished() {
        return appearedOrVanished;
    }

    /** {@return the cells of rows or columns that only one of the two editions' forms has} */
    public List<CellChange> oneFormOnly() {
        return oneFormOnly;
    }

    /** {@return the similarity of each narrative section (一, 五, 六) of the newer report to the older's} */
    public Map<Section, TextSimilarity> similarity() {
        return similarity;
    }

    /** {@return the two reports, how they matched and how many cells changed} */
    @Override
    public String toString() {
        return "ReportComparison[" + older.agency() + " " + older.reportYear() + " → " + newer.agency() + " " + newer.reportYear()
                + ", " + match.map(Enum::name).orElse("no match") + ", " + changes.size() + " changed, "
                + appearedOrVanished.size() + " appeared or vanished, " + crossYear.size() + " cross-year findings]";
    }
}

package io.github.nianbao.samples.generator;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.Group;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.similarity.CopiedText;
import io.github.nianbao.validation.similarity.TextSimilarity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Applies one {@link Mutation} to a valid report (and, for cross-year mutations, its valid previous
 * year) and states the findings it causes. The cells of each relation are read off the catalogue
 * the way FORMAT.md §6 defines them; nothing here runs a validator.
 */
final class Mutator {

    /** Columns of table 二 that a V2019 relation reads; the other cells are read by no relation of one report. */
    private static final Set<DisclosureColumn> RELATED_COLUMNS = EnumSet.of(DisclosureColumn.PREVIOUS_YEAR_ITEMS,
            DisclosureColumn.CHANGE, DisclosureColumn.NEWLY_PUBLISHED, DisclosureColumn.TOTAL_PUBLISHED);

    private static final Section[] TABLES = {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION};
    private static final Section[] NARRATIVES = {Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS};

    private final Mutation mutation;
    private final Draw draw;
    private final AnnualReport base;
    private final int lastReportYear;
    private AnnualReport report;
    private AnnualReport previous;
    private final List<ExpectedFinding> caused = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();

    private Mutator(Mutation mutation, Draw draw, AnnualReport base, AnnualReport previous, int lastReportYear) {
        this.mutation = mutation;
        this.draw = draw;
        this.base = base;
        this.report = base;
        this.previous = previous;
        this.lastReportYear = lastReportYear;
    }

    /**
     * Applies a mutation.
     *
     * @return the case, or {@code null} if this report offers nothing to mutate that way (a swap of
     *     two equal cells changes nothing); the caller draws another report
     */
    static InvalidReport apply(Mutation mutation, Draw draw, AnnualReport base, AnnualReport previous, int lastReportYear) {
        Mutator m = new Mutator(mutation, draw, base, previous, lastReportYear);
        if (!m.mutate()) {
            return null;
        }
        // The narrative states the tables' figures: restated after the tables changed, it states the
        // mutated tables (a narrative that disagrees with its tables is a test of its own).
        m.report = NarrativeWriter.restate(base, m.report);
        List<ExpectedFinding> caused = new ArrayList<>(m.caused);
        List<ExpectedFinding> expected = new ArrayList<>(m.caused);
        // The blank cells of each table are one BLANK-CELL warning: it is caused by the mutation when
        // the mutation blanked a cell of that table, else it was there before (perhaps with a cell
        // fewer, if the mutation wrote a number into a blank).
        for (Section section : TABLES) {
            List<ReportPath> now = blanks(m.report.table(section));
            if (!now.isEmpty()) {
                ExpectedFinding blank = ExpectedFinding.of(StandardRule.BLANK_CELL, now);
                expected.add(blank);
                if (!blanks(base.table(section)).containsAll(now)) {
                    caused.add(blank);
                }
            }
        }
        return new InvalidReport(mutation, String.join("; ", m.changes), m.report, m.previous, expected, caused);
    }

    private static List<ReportPath> blanks(Table table) {
        List<ReportPath> out = new ArrayList<>();
        for (CellKey key : table.layout().cells()) {
            if (table.cell(key).isBlank()) {
                out.add(key.path());
            }
        }
        return out;
    }

    private boolean mutate() {
        return switch (mutation) {
            case LEDGER -> ledger();
            case OUTCOMES -> outcomes();
            case ROW_TOTAL -> rowTotal();
            case SWAP -> swap();
            case TABLE_FOUR -> tableFour();
            case BLANK_TOTAL -> blankTotal();
            case BLANK_TERM -> blankTerm();
            case NEGATIVE -> negative();
            case NOT_APPLICABLE -> notApplicable();
            case ITEMS_BELOW_ZERO -> itemsBelowZero();
            case PUBLISHED_ABOVE_TOTAL -> publishedAboveTotal();
            case EDITION_YEAR -> editionYear();
            case YEAR_OUT_OF_RANGE -> yearOutOfRange();
            case LATE_PUBLICATION -> latePublication();
            case PERIOD_OF_OTHER_YEAR -> periodOfOtherYear();
            case LAST_YEARS_NARRATIVE -> lastYearsNarrative();
            case EMPTY_SECTION -> emptySection();
            case MISSING_FEE_DISCLOSURE -> missingFeeDisclosure();
            case FEE_PRECISION -> feePrecision();
            case OVERFLOW -> overflow();
            case CARRY_OVER -> carryOver();
            case ITEMS_ACROSS_YEARS -> itemsAcrossYears();
            case STOCK_ACROSS_YEARS -> stockAcrossYears();
            case PREVIOUS_MISMATCH -> previousMismatch();
            case NARRATIVE_FIGURE -> narrativeFigure();
            case COPIED_TEXT -> copiedText();
        };
    }

    // ---- table 三 ----

    private Layout t3() {
        return report.applications().layout();
    }

    private static List<Applicant> applicantColumns() {
        List<Applicant> out = new ArrayList<>();
        for (Applicant a : Applicant.values()) {
            if (a != Applicant.TOTAL) {
                out.add(a);
            }
        }
        return out;
    }

    /** The result rows of the form, without （七）总计. */
    private List<CatalogueEntry> resultRows() {
        List<CatalogueEntry> out = new ArrayList<>();
        for (CatalogueEntry row : t3().rows()) {
            if (under(row, Group.RESULTS) && row != ApplicationRow.TOTAL_HANDLED) {
                out.add(row);
            }
        }
        return out;
    }

    static boolean under(CatalogueEntry entry, Group group) {
        for (var p = entry.parent(); p.isPresent(); p = p.get().parent()) {
            if (p.get() == group) {
                return true;
            }
        }
        return false;
    }

    /** T3-LEDGER of one column: the rows outside 三、本年度办理结果 and （七）总计. */
    private List<ReportPath> ledgerCells(Applicant column) {
        List<ReportPath> cells = new ArrayList<>();
        for (CatalogueEntry row : t3().rows()) {
            if (row.parent().isEmpty() || row == ApplicationRow.TOTAL_HANDLED) {
                cells.add(t3().cell(row, column).path());
            }
        }
        return cells;
    }

    /** T3-OUTCOMES of one column: every row of 三、本年度办理结果, （七）总计 included. */
    private List<ReportPath> outcomeCells(Applicant column) {
        List<ReportPath> cells = new ArrayList<>();
        for (CatalogueEntry row : t3().rows()) {
            if (under(row, Group.RESULTS)) {
                cells.add(t3().cell(row, column).path());
            }
        }
        return cells;
    }

    private List<ReportPath> rowCells(CatalogueEntry row) {
        return paths(t3().row(row));
    }

    private boolean numbers(CellKey... keys) {
        for (CellKey k : keys) {
            if (!report.cell(k).isNumber()) {
                return false;
            }
        }
        return true;
    }

    private long amount() {
        return 1 + draw.count(5);
    }

    private boolean ledger() {
        List<Applicant> columns = new ArrayList<>();
        CellKey grand = t3().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL);
        for (Applicant a : applicantColumns()) {
            if (numbers(t3().cell(ApplicationRow.TOTAL_HANDLED, a), grand, t3().cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL))) {
                columns.add(a);
            }
        }
        if (columns.isEmpty()) {
            return false;
        }
        Applicant c = draw.pick(columns);
        long d = amount();
        add(t3().cell(ApplicationRow.CARRIED_FORWARD, c), d);
        add(t3().cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL), d);
        expect(StandardRule.T3_LEDGER, ledgerCells(c));
        expect(StandardRule.T3_LEDGER, ledgerCells(Applicant.TOTAL));
        return true;
    }

    private boolean outcomes() {
        CatalogueEntry row = draw.pick(resultRows());
        List<Applicant> columns = new ArrayList<>();
        for (Applicant a : applicantColumns()) {
            if (numbers(t3().cell(ApplicationRow.TOTAL_HANDLED, a), t3().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL),
                    t3().cell(row, Applicant.TOTAL))) {
                columns.add(a);
            }
        }
        if (columns.isEmpty()) {
            return false;
        }
        Applicant c = draw.pick(columns);
        long d = amount();
        add(t3().cell(row, c), d);
        add(t3().cell(row, Applicant.TOTAL), d);
        expect(StandardRule.T3_OUTCOMES, outcomeCells(c));
        expect(StandardRule.T3_OUTCOMES, outcomeCells(Applicant.TOTAL));
        return true;
    }

    private boolean rowTotal() {
        if (!numbers(t3().cell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL), t3().cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL))) {
            return false;
        }
        Applicant c = draw.pick(applicantColumns());
        long d = amount();
        add(t3().cell(ApplicationRow.NEWLY_RECEIVED, c), d);
        add(t3().cell(ApplicationRow.CARRIED_FORWARD, c), d);
        expect(StandardRule.T3_ROW_TOTAL, rowCells(ApplicationRow.NEWLY_RECEIVED));
        expect(StandardRule.T3_ROW_TOTAL, rowCells(ApplicationRow.CARRIED_FORWARD));
        return true;
    }

    private boolean swap() {
        record Candidate(CellKey a, CellKey b) {
        }
        List<Candidate> candidates = new ArrayList<>();
        List<CatalogueEntry> results = resultRows();
        for (int i = 0; i < results.size(); i++) {
            for (int j = i + 1; j < results.size(); j++) {
                CatalogueEntry r = results.get(i);
                CatalogueEntry s = results.get(j);
                if (!numbers(t3().cell(r, Applicant.TOTAL), t3().cell(s, Applicant.TOTAL))) {
                    continue;
                }
                List<CellKey> rowR = t3().row(r);
                List<CellKey> rowS = t3().row(s);
                for (int c = 0; c < rowR.size(); c++) {
                    CellKey a = rowR.get(c);
                    CellKey b = rowS.get(c);
                    if (a.column() != Applicant.TOTAL && value(a) != value(b)) {
                        candidates.add(new Candidate(a, b));
                    }
                }
            }
        }
        Layout t4 = report.reviewLitigation().layout();
        ReviewBlock[] blocks = ReviewBlock.values();
        for (int i = 0; i < blocks.length; i++) {
            for (int j = i + 1; j < blocks.length; j++) {
                if (!numbers(t4.cell(blocks[i], ReviewColumn.TOTAL), t4.cell(blocks[j], ReviewColumn.TOTAL))) {
                    continue;
                }
                for (ReviewColumn k : ReviewColumn.values()) {
                    if (k != ReviewColumn.TOTAL && value(t4.cell(blocks[i], k)) != value(t4.cell(blocks[j], k))) {
                        candidates.add(new Candidate(t4.cell(blocks[i], k), t4.cell(blocks[j], k)));
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        Candidate pick = draw.pick(candidates);
        Cell a = report.cell(pick.a());
        Cell b = report.cell(pick.b());
        set(pick.a(), b);
        set(pick.b(), a);
        for (CellKey k : List.of(pick.a(), pick.b())) {
            if (k.table() == Section.APPLICATIONS) {
                expect(StandardRule.T3_ROW_TOTAL, rowCells(k.row()));
            } else {
                expect(StandardRule.T4_TOTAL, paths(t4.row(k.row())));
            }
        }
        return true;
    }

    private boolean tableFour() {
        Layout t4 = report.reviewLitigation().layout();
        ReviewBlock block = draw.pick(List.of(ReviewBlock.values()));
        long sum = 0;
        for (CellKey k : t4.row(block)) {
            if (k.column() != ReviewColumn.TOTAL) {
                sum += value(k);
            }
        }
        // Any other non-negative total: often 0, as in the published 洪泽区 2023 table.
        long total = sum > 0 && draw.chance(40) ? draw.between(0, sum - 1) : sum + amount();
        set(t4.cell(block, ReviewColumn.TOTAL), Count.of(total));
        expect(StandardRule.T4_TOTAL, paths(t4.row(block)));
        return true;
    }

    private boolean blankTotal() {
        Layout t4 = report.reviewLitigation().layout();
        CellKey grand = t3().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL);
        List<CellKey> totals = new ArrayList<>();
        totals.add(grand);
        for (ReviewBlock block : ReviewBlock.values()) {
            totals.add(t4.cell(block, ReviewColumn.TOTAL));
        }
        totals.removeIf(k -> report.cell(k).isBlank());
        if (totals.isEmpty()) {
            return false;
        }
        CellKey pick = draw.pick(totals);
        // In a valid report every relation this total closes adds up to it: read as 0, the blank
        // contradicts them all unless the total was 0 (BLANK-TOTAL then stays silent).
        List<CellKey> terms = new ArrayList<>();
        if (pick.equals(grand)) {
            for (CatalogueEntry row : resultRows()) {              // T3-OUTCOMES, column 总计
                terms.add(t3().cell(row, Applicant.TOTAL));
            }
            for (CatalogueEntry row : t3().rows()) {               // T3-LEDGER, column 总计
                if (row.parent().isEmpty()) {
                    terms.add(t3().cell(row, Applicant.TOTAL));
                }
            }
            for (Applicant a : applicantColumns()) {               // T3-ROW-TOTAL, row （七）总计
                terms.add(t3().cell(ApplicationRow.TOTAL_HANDLED, a));
            }
        } else {
            for (ReviewColumn k : ReviewColumn.values()) {          // T4-TOTAL of the block
                if (k != ReviewColumn.TOTAL) {
                    terms.add(t4.cell(pick.row(), k));
                }
            }
        }
        boolean contradicts = value(pick) != 0;
        terms.removeIf(k -> !report.cell(k).isNumber() || value(k) == 0);
        set(pick, Count.BLANK);
        if (contradicts) {
            List<ReportPath> cells = paths(terms);
            cells.add(pick.path());
            expect(StandardRule.BLANK_TOTAL, cells);
        }
        return true;
    }

    private boolean blankTerm() {
        Layout t4 = report.reviewLitigation().layout();
        List<CellKey> terms = new ArrayList<>();
        List<CellKey> nonZero = new ArrayList<>();
        for (CellKey k : t4.cells()) {
            if (k.column() != ReviewColumn.TOTAL && !report.cell(k).isBlank()) {
                terms.add(k);
                if (value(k) != 0) {
                    nonZero.add(k);
                }
            }
        }
        if (terms.isEmpty()) {
            return false;
        }
        CellKey key = draw.pick(!nonZero.isEmpty() && draw.chance(75) ? nonZero : terms);
        boolean breaks = value(key) != 0;
        CellKey total = t4.cell(key.row(), ReviewColumn.TOTAL);
        if (breaks && !report.cell(total).isNumber()) {
            return false;
        }
        set(key, Count.BLANK);
        if (breaks) {
            expect(StandardRule.T4_TOTAL, paths(t4.row(key.row())));
        }
        return true;
    }

    private boolean negative() {
        Layout t2 = report.proactiveDisclosure().layout();
        List<CellKey> free = new ArrayList<>();
        for (CellKey k : t2.cells()) {
            if (k.kind() != CellKind.SIGNED_COUNT && !RELATED_COLUMNS.contains((DisclosureColumn) k.column())) {
                free.add(k);
            }
        }
        CellKey key = draw.pick(free);
        long v = amount();
        if (key.kind() == CellKind.AMOUNT) {
            Cell old = report.cell(key);
            MoneyUnit unit = old.isNumber() ? ((Amount) old).unit()
                    : key.column() == DisclosureColumn.FEE_AMOUNT ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
            set(key, Amount.of(BigDecimal.valueOf(-v, (int) draw.between(0, 2)), unit));
        } else {
            set(key, Count.of(-v));
        }
        expect(StandardRule.NON_NEGATIVE, List.of(key.path()));
        return true;
    }

    private boolean notApplicable() {
        Layout t4 = report.reviewLitigation().layout();
        List<CellKey> candidates = new ArrayList<>();
        // Cells counted as 0 in every sum they are a term of, and totals only: no relation changes.
        for (Layout layout : List.of(t3(), t4)) {
            for (CellKey k : layout.cells()) {
                if (!report.cell(k).isNotApplicable() && value(k) == 0) {
                    candidates.add(k);
                }
            }
        }
        candidates.add(t3().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL));
        for (ReviewBlock block : ReviewBlock.values()) {
            candidates.add(t4.cell(block, ReviewColumn.TOTAL));
        }
        candidates.removeIf(k -> report.cell(k).isNotApplicable());
        if (candidates.isEmpty()) {
            return false;
        }
        CellKey key = draw.pick(candidates);
        set(key, Count.NOT_APPLICABLE);
        expect(StandardRule.NA_CELL, List.of(key.path()));
        return true;
    }

    // ---- table 二, V2019 ----

    private List<CatalogueEntry> t2Rows(DisclosureColumn... columns) {
        Layout t2 = report.proactiveDisclosure().layout();
        List<CatalogueEntry> rows = new ArrayList<>();
        for (CatalogueEntry row : t2.rows()) {
            boolean all = true;
            for (DisclosureColumn c : columns) {
                all &= t2.find(row, c).isPresent() && report.cell(t2.cell(row, c)).isNumber();
            }
            if (all) {
                rows.add(row);
            }
        }
        return rows;
    }

    private boolean itemsBelowZero() {
        List<CatalogueEntry> rows = t2Rows(DisclosureColumn.PREVIOUS_YEAR_ITEMS, DisclosureColumn.CHANGE);
        if (rows.isEmpty()) {
            return false;
        }
        Layout t2 = report.proactiveDisclosure().layout();
        CatalogueEntry row = draw.pick(rows);
        CellKey items = t2.cell(row, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
        CellKey change = t2.cell(row, DisclosureColumn.CHANGE);
        set(change, Count.of(-(value(items) + amount())));
        expect(StandardRule.T2_2019_ITEMS, List.of(items.path(), change.path()));
        return true;
    }

    private boolean publishedAboveTotal() {
        List<CatalogueEntry> rows = t2Rows(DisclosureColumn.NEWLY_PUBLISHED, DisclosureColumn.TOTAL_PUBLISHED);
        if (rows.isEmpty()) {
            return false;
        }
        Layout t2 = report.proactiveDisclosure().layout();
        CatalogueEntry row = draw.pick(rows);
        CellKey published = t2.cell(row, DisclosureColumn.NEWLY_PUBLISHED);
        CellKey total = t2.cell(row, DisclosureColumn.TOTAL_PUBLISHED);
        set(published, Count.of(value(total) + amount()));
        expect(StandardRule.T2_2019_PUBLISHED, List.of(published.path(), total.path()));
        return true;
    }

    // ---- metadata and narratives ----

    private void year(int year) {
        changes.add(MetadataField.REPORT_YEAR.path() + ": " + report.reportYear() + " → " + year);
        report = report.withMetadata(report.metadata().withReportYear(year));
    }

    private boolean editionYear() {
        Edition other = report.edition() == Edition.V2019 ? Edition.V2021 : Edition.V2019;
        int before = report.reportYear();
        year((int) draw.between(other.firstReportYear(), other.lastReportYear().orElse(lastReportYear)));
        // The overview speaks of the new year too, so that the mismatch is the edition's alone (with
        // the old year's dates left in it, NARRATIVE-YEAR would also apply).
        Narrative.Builder overview = Narrative.builder();
        for (io.github.nianbao.core.NarrativeBlock b : report.overview().blocks()) {
            overview.addBlocks(new io.github.nianbao.core.NarrativeBlock(b.kind(),
                    b.text().replace(before + "年", report.reportYear() + "年")));
        }
        report = report.withOverview(overview.build());
        expect(StandardRule.EDITION_YEAR, List.of(MetadataField.EDITION.path(), MetadataField.REPORT_YEAR.path()));
        return true;
    }

    private boolean yearOutOfRange() {
        year((int) draw.between(1990, Edition.V2019.firstReportYear() - 1));
        expect(StandardRule.YEAR_RANGE, List.of(MetadataField.REPORT_YEAR.path()));
        return true;
    }

    private boolean latePublication() {
        java.time.LocalDate due = io.github.nianbao.validation.Deadlines.statutory().deadline(report.metadata());
        java.time.LocalDate published = due.plusDays(draw.between(1, 200));
        changes.add(MetadataField.PUBLICATION_DATE.path() + ": " + published);
        report = report.withMetadata(report.metadata().withPublicationDate(published));
        expect(StandardRule.DEADLINE, List.of(MetadataField.PUBLICATION_DATE.path()));
        return true;
    }

    private boolean periodOfOtherYear() {
        int wrong = report.reportYear() + 1;
        String period = "本报告中所列数据的统计期限自 " + wrong + " 年 1 月 1 日起至 " + wrong + " 年 12 月 31 日止。";
        changes.add(ReportPath.of(Section.OVERVIEW.key()) + ": " + period);
        report = report.withOverview(Narrative.builder().paragraph(period).addAllBlocks(report.overview().blocks()).build());
        expect(StandardRule.PERIOD_YEAR, List.of(ReportPath.of(Section.OVERVIEW.key())));
        return true;
    }

    private boolean lastYearsNarrative() {
        int year = report.reportYear();
        Narrative.Builder overview = Narrative.builder();
        boolean said = false;
        for (io.github.nianbao.core.NarrativeBlock b : report.overview().blocks()) {
            String text = b.text().replace(year + "年", (year - 1) + "年");
            said |= text.contains((year - 1) + "年");
            overview.addBlocks(new io.github.nianbao.core.NarrativeBlock(b.kind(), text));
        }
        if (!said) {
            overview.paragraph((year - 1) + "年，各项工作有序推进。");
        }
        changes.add(ReportPath.of(Section.OVERVIEW.key()) + ": " + year + "年 → " + (year - 1) + "年");
        report = report.withOverview(overview.build());
        expect(StandardRule.NARRATIVE_YEAR, List.of(ReportPath.of(Section.OVERVIEW.key())));
        return true;
    }

    private boolean emptySection() {
        Section section = draw.pick(List.of(NARRATIVES));
        Narrative text = section == Section.PROBLEMS && draw.chance(50) ? Narrative.of(NarrativeWriter.NOTHING) : Narrative.empty();
        changes.add(ReportPath.of(section.key()) + ": " + (text.isEmpty() ? "emptied" : text.text()));
        report = switch (section) {
            case OVERVIEW -> report.withOverview(text);
            case PROBLEMS -> report.withProblems(text);
            default -> report.withOtherMatters(text);
        };
        expect(StandardRule.SECTION_EMPTY, List.of(ReportPath.of(section.key())));
        if (section == Section.OTHER_MATTERS && report.edition() == Edition.V2021) {
            expect(StandardRule.FEE_DISCLOSURE, List.of(ReportPath.of(section.key())));
        }
        return true;
    }

    private boolean missingFeeDisclosure() {
        Narrative text = Narrative.of(NarrativeWriter.NOTHING_ELSE);
        changes.add(ReportPath.of(Section.OTHER_MATTERS.key()) + ": " + text.text());
        report = report.withOtherMatters(text);
        expect(StandardRule.FEE_DISCLOSURE, List.of(ReportPath.of(Section.OTHER_MATTERS.key())));
        return true;
    }

    private boolean feePrecision() {
        Layout t2 = report.proactiveDisclosure().layout();
        CellKey key = null;
        for (CellKey k : t2.cells()) {
            if (k.kind() == CellKind.AMOUNT) {
                key = k;
            }
        }
        if (key == null) {
            return false;
        }
        // The last decimal is never 0, so the amount has that many significant decimals.
        BigInteger unscaled = BigInteger.valueOf(draw.count(500) * 10 + draw.between(1, 9));
        set(key, Amount.of(new BigDecimal(unscaled, (int) draw.between(7, 10)), MoneyUnit.WAN_YUAN));
        expect(StandardRule.FEE_PRECISION, List.of(key.path()));
        return true;
    }

    private boolean overflow() {
        Layout t4 = report.reviewLitigation().layout();
        ReviewBlock block = draw.pick(List.of(ReviewBlock.values()));
        if (!report.cell(t4.cell(block, ReviewColumn.TOTAL)).isNumber()) {
            return false;
        }
        set(t4.cell(block, ReviewColumn.UPHELD), Count.of(Long.MAX_VALUE));
        set(t4.cell(block, ReviewColumn.CORRECTED), Count.of(Long.MAX_VALUE));
        expect(StandardRule.SUM_OVERFLOW, paths(t4.row(block)));
        return true;
    }

    // ---- cross-year ----

    private boolean narrativeFigure() {
        String paragraph = NarrativeWriter.applications(report.reportYear(), report.applications());
        long handled = value(t3().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL));
        String stated = "办结" + handled + "件";
        int at = paragraph.indexOf(stated);
        List<NarrativeBlock> blocks = new ArrayList<>(report.overview().blocks());
        int block = blocks.indexOf(NarrativeBlock.paragraph(paragraph));
        if (at < 0 || block < 0 || !report.cell(t3().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL)).isNumber()) {
            return false; // 未收到政府信息公开申请: no figure of what was handled
        }
        long wrong = handled + 1 + draw.count(5);
        blocks.set(block, NarrativeBlock.paragraph(paragraph.substring(0, at) + "办结" + wrong + "件"
                + paragraph.substring(at + stated.length())));
        report = report.withOverview(Narrative.of(blocks));
        changes.add(Section.OVERVIEW.key() + ": " + stated + " → 办结" + wrong + "件");
        expect(StandardRule.NARRATIVE_FIGURE, List.of(ReportPath.of(Section.OVERVIEW.key()),
                t3().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL).path()));
        return true;
    }

    private boolean copiedText() {
        String copied = previous.problems().text().replace(Integer.toString(previous.reportYear()),
                Integer.toString(report.reportYear()));
        if (TextSimilarity.normalised(copied).length() < CopiedText.DEFAULT_MINIMUM) {
            return false;
        }
        List<NarrativeBlock> blocks = new ArrayList<>();
        for (NarrativeBlock b : previous.problems().blocks()) {
            blocks.add(new NarrativeBlock(b.kind(), b.text().replace(Integer.toString(previous.reportYear()),
                    Integer.toString(report.reportYear()))));
        }
        report = report.withProblems(Narrative.of(blocks));
        changes.add(Section.PROBLEMS.key() + ": copied from " + previous.reportYear());
        ReportPath problems = ReportPath.of(Section.PROBLEMS.key());
        expect(StandardRule.COPIED_TEXT, List.of(problems), List.of(problems));
        return true;
    }

    private boolean carryOver() {
        if (!numbers(t3().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL), t3().cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL))) {
            return false;
        }
        Applicant c = draw.pick(applicantColumns());
        long d = amount();
        Layout before = previous.applications().layout();
        for (Applicant column : List.of(c, Applicant.TOTAL)) {
            add(t3().cell(ApplicationRow.CARRIED_OVER, column), d);
            add(t3().cell(ApplicationRow.CARRIED_FORWARD, column), d);
            expect(StandardRule.YEAR_CARRY, List.of(t3().cell(ApplicationRow.CARRIED_OVER, column).path()),
                    List.of(before.cell(ApplicationRow.CARRIED_FORWARD, column).path()));
        }
        return true;
    }

    private boolean itemsAcrossYears() {
        List<CatalogueEntry> rows = t2Rows(DisclosureColumn.PREVIOUS_YEAR_ITEMS, DisclosureColumn.CHANGE);
        if (rows.isEmpty() || previous.edition() != Edition.V2019) {
            return false;
        }
        Layout t2 = report.proactiveDisclosure().layout();
        CatalogueEntry row = draw.pick(rows);
        CellKey items = t2.cell(row, DisclosureColumn.PREVIOUS_YEAR_ITEMS);
        CellKey change = t2.cell(row, DisclosureColumn.CHANGE);
        // Raised, so that 上一年项目数量 + 本年增/减 stays at least 0.
        add(items, amount());
        expect(StandardRule.YEAR_2019_ITEMS, List.of(items.path()), List.of(items.path(), change.path()));
        return true;
    }

    private boolean stockAcrossYears() {
        List<CatalogueEntry> rows = t2Rows(DisclosureColumn.IN_FORCE);
        if (rows.isEmpty() || previous.edition() != Edition.V2021) {
            return false;
        }
        Layout t2 = report.proactiveDisclosure().layout();
        CatalogueEntry row = draw.pick(rows);
        CellKey inForce = t2.cell(row, DisclosureColumn.IN_FORCE);
        add(inForce, amount());
        expect(StandardRule.YEAR_2021_STOCK,
                List.of(t2.cell(row, DisclosureColumn.ISSUED).path(), t2.cell(row, DisclosureColumn.REPEALED).path(), inForce.path()),
                List.of(inForce.path()));
        return true;
    }

    private boolean previousMismatch() {
        int variant = draw.random().nextInt(3);
        List<ReportPath> cells = new ArrayList<>();
        if (variant != 1) {
            // Another body: the government's office reporting instead of the government, say.
            String agency = previous.agency() + NarrativeWriter.OFFICE;
            changes.add("previous " + MetadataField.AGENCY.path() + ": " + previous.agency() + " → " + agency);
            previous = previous.withMetadata(previous.metadata().withAgency(agency));
            cells.add(MetadataField.AGENCY.path());
        }
        if (variant != 0) {
            int year = draw.chance(50) ? report.reportYear() : report.reportYear() - 2;
            changes.add("previous " + MetadataField.REPORT_YEAR.path() + ": " + previous.reportYear() + " → " + year);
            previous = previous.withMetadata(previous.metadata().withReportYear(year));
            cells.add(MetadataField.REPORT_YEAR.path());
        }
        expect(StandardRule.PREVIOUS_MISMATCH, cells, cells);
        return true;
    }

    // ---- helpers ----

    private long value(CellKey key) {
        return ((Count) report.cell(key)).valueOr(0);
    }

    private void add(CellKey key, long d) {
        set(key, Count.of(Math.addExact(value(key), d)));
    }

    private void set(CellKey key, Cell value) {
        Cell old = report.cell(key);
        changes.add(key.path() + ": " + old + " → " + value);
        Table table = report.table(key.table()).withCell(key, value);
        report = switch (key.table()) {
            case PROACTIVE_DISCLOSURE -> report.withProactiveDisclosure((ProactiveDisclosure) table);
            case APPLICATIONS -> report.withApplications((ApplicationTable) table);
            case REVIEW_LITIGATION -> report.withReviewLitigation((ReviewLitigationTable) table);
            default -> throw new IllegalArgumentException(key.table() + " is not a table");
        };
    }

    private void expect(StandardRule rule, List<ReportPath> cells) {
        caused.add(ExpectedFinding.of(rule, cells));
    }

    private void expect(StandardRule rule, List<ReportPath> cells, List<ReportPath> previousCells) {
        caused.add(ExpectedFinding.of(rule, cells, previousCells));
    }

    private static List<ReportPath> paths(List<CellKey> keys) {
        List<ReportPath> out = new ArrayList<>(keys.size());
        for (CellKey k : keys) {
            out.add(k.path());
        }
        return out;
    }
}

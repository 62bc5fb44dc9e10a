package io.github.nianbao.importer;

import io.github.nianbao.core.AdministrativeLevel;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.TableBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one source into a report: title and metadata, the six sections by their headings, the
 * three tables by their labels, and the narratives. One instance per import.
 */
final class ReportReader {

    private static final Pattern TITLE = Pattern.compile("#*(?:标题:)?(.{2,60}?)(\\d{4})年度?政府信息公开(?:工作)?年度报告(?:\\(.*\\))?");
    // A blank template's title names neither agency nor year: 政府信息公开工作年度报告格式模板.
    private static final Pattern TEMPLATE = Pattern.compile("#*(?:标题:)?政府信息公开(?:工作)?年度报告(?:格式)?(?:模板|样本|范本)");
    private static final Pattern AGENCY = Pattern.compile("[\\p{IsHan}()（）·]{2,40}");
    // Section numbering (一、 1. 第一部分); （一） numbers sub-headings, never sections.
    private static final Pattern NUMBERING = Pattern.compile(
            "^#*(?:[一二三四五六七八九十]+[,.:]|\\d{1,2}[.,:]|第[一二三四五六七八九十]+(?:部分|章)[,.:]?)?");
    // A sub-heading stands alone: numbering, then a few words without a break or sentence punctuation.
    private static final Pattern SUB_HEADING = Pattern.compile("[（(][一二三四五六七八九十]+[)）]\\s*[^\\s，,。；;：:《》“”]{1,25}[。.]?");
    private static final String SENTENCE_END = "。！？；：!?;:…";
    private static final List<String> CHROME = List.of("附件下载", "分享到", "打印本页", "关闭窗口", "【打印】", "【关闭】", "字体:大中小", "扫一扫在手机打开");

    private final Diagnostics diagnostics = new Diagnostics();
    // The steps all tables of this import may spend splitting glued digits (see Glue.STEPS_PER_IMPORT).
    private final long[] glueBudget = {Glue.STEPS_PER_IMPORT};
    private final SourceFormat format;
    private final List<SourceRow> rows;

    private int titleEnd = -1;
    private String agency;
    private int year;
    // The title of a blank template, or null.
    private String templateTitle;
    private final Map<Section, Integer> headings = new EnumMap<>(Section.class);

    ReportReader(SourceReader.Source source) {
        this.format = source.format();
        this.rows = source.rows().stream().filter(r -> !isChrome(r)).toList();
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    ImportResult read() {
        title();
        sections();
        if (agency == null) {
            diagnostics.add(headings.isEmpty() ? ImportIssue.NOT_A_REPORT : ImportIssue.TITLE_MISSING, firstLocation());
            return new ImportResult(format, null, List.of(), diagnostics.list());
        }
        if (templateTitle == null && year < Edition.V2019.firstReportYear()) {
            diagnostics.path(ImportIssue.YEAR_UNSUPPORTED, rows.get(Math.max(0, titleEnd)).location(), ReportPath.of("metadata", "reportYear"), year);
            return new ImportResult(format, null, List.of(), diagnostics.list());
        }
        for (Section s : Section.values()) {
            if (!headings.containsKey(s)) {
                diagnostics.path(ImportIssue.SECTION_MISSING, null, ReportPath.of(s.key()), s);
            }
        }
        preamble();

        LabelStream s2 = new LabelStream(region(Section.PROACTIVE_DISCLOSURE));
        LabelStream s3 = new LabelStream(region(Section.APPLICATIONS));
        LabelStream s4 = new LabelStream(region(Section.REVIEW_LITIGATION));
        Edition edition2 = disclosureEdition(s2);
        Edition form3 = applicationForm(s3);
        Edition edition;
        if (edition2 != null) {
            edition = edition2;
        } else if (form3 == Edition.V2021) {
            edition = Edition.V2021;
        } else {
            edition = Edition.forReportYear(year);
            diagnostics.path(ImportIssue.EDITION_FROM_YEAR, null, ReportPath.of("metadata", "edition"), year, edition.name());
        }
        if (templateTitle != null) {
            // A template is of an edition, not of a year: the edition's first year stands in.
            year = edition.firstReportYear();
        }
        boolean conflict = edition == Edition.V2019 && form3 == Edition.V2021;
        if (conflict) {
            diagnostics.path(ImportIssue.EDITION_CONFLICT, s3.location(0), ReportPath.of(Section.APPLICATIONS.key()));
            form3 = Edition.V2019;
        } else if (edition == Edition.V2021 && form3 == Edition.V2019) {
            diagnostics.path(ImportIssue.EDITION_HYBRID, s3.location(0), ReportPath.of(Section.APPLICATIONS.key()));
        }

        List<TableImport> tables = new ArrayList<>();
        Layout l2 = Layout.of(Section.PROACTIVE_DISCLOSURE, edition);
        Layout l3 = Layout.of(Section.APPLICATIONS, form3);
        Layout l4 = Layout.of(Section.REVIEW_LITIGATION, edition);
        TableReader.Result r2 = readTable(l2, s2, false, tables);
        TableReader.Result r3 = conflict ? null : readTable(l3, s3, false, tables);
        if (conflict) {
            tables.add(new TableImport(Section.APPLICATIONS, l3, true, java.util.Set.copyOf(l3.cells()), s3.location(0)));
        }
        TableReader.Result r4 = readTable(l4, s4, true, tables);

        ReportMetadata.Builder metadata = ReportMetadata.builder().agency(agency).reportYear(year).edition(edition);
        level(agency).ifPresent(metadata::administrativeLevel);
        AnnualReport report = AnnualReport.builder()
                .metadata(metadata.build())
                .overview(narrative(Section.OVERVIEW))
                .proactiveDisclosure(fill(ProactiveDisclosure.builder(edition), r2))
                .applications(fill(ApplicationTable.builder(form3), r3))
                .reviewLitigation(fill(ReviewLitigationTable.builder(edition), r4))
                .problems(narrative(Section.PROBLEMS))
                .otherMatters(narrative(Section.OTHER_MATTERS))
                .build();
        if (templateTitle != null) {
            int cells = 0;
            int blank = 0;
            for (Layout l : new Layout[] {l2, l3, l4}) {
                for (CellKey key : l.cells()) {
                    cells++;
                    if (report.cell(key).isBlank()) {
                        blank++;
                    }
                }
            }
            diagnostics.list().add(0, new ImportDiagnostic(ImportIssue.BLANK_TEMPLATE, rows.get(titleEnd).location(), null,
                    ReportPath.of("metadata"), List.of(templateTitle, edition.name(), String.valueOf(year), blank, cells)));
        }
        return new ImportResult(format, report, tables, diagnostics.list());
    }

    private SourceLocation firstLocation() {
        for (SourceRow r : rows) {
            if (r.isContent()) {
                return r.location();
            }
        }
        return null;
    }

    private static boolean isChrome(SourceRow r) {
        if (!r.isContent()) {
            return false;
        }
        String f = Fold.text(r.raw());
        return f.length() <= 40 && CHROME.stream().anyMatch(f::contains);
    }

    // ---- title and sections

    // The title: one row, or two adjacent rows (agency, then year and 年度报告), near the top.
    private void title() {
        int limit = Math.min(rows.size(), 60);
        for (int i = 0; i < limit; i++) {
            if (rows.get(i).isContent() && titleFrom(Fold.text(rows.get(i).raw()))) {
                titleEnd = i;
                return;
            }
        }
        for (int i = 0; i < limit; i++) {
            if (rows.get(i).isContent() && TEMPLATE.matcher(Fold.text(rows.get(i).raw())).matches()) {
                titleEnd = i;
                templateTitle = SourceReader.trim(rows.get(i).raw());
                agency = "";
                year = Edition.V2021.firstReportYear();
                return;
            }
        }
        for (int i = 0; i < limit; i++) {
            int next = nextContent(i + 1);
            if (rows.get(i).isContent() && next >= 0 && next - i <= 3) {
                String two = Fold.text(rows.get(i).raw()) + Fold.text(rows.get(next).raw());
                if (two.length() <= 80 && titleFrom(two)) {
                    titleEnd = next;
                    return;
                }
            }
        }
    }

    private boolean titleFrom(String folded) {
        Matcher m = TITLE.matcher(folded);
        if (!m.matches()) {
            return false;
        }
        String a = m.group(1).replaceAll("^[#:\\s]+|[:,\\s]+$", "");
        if (!AGENCY.matcher(a).matches()) {
            return false;
        }
        agency = a;
        year = Integer.parseInt(m.group(2));
        return true;
    }

    private int nextContent(int from) {
        for (int i = from; i < rows.size(); i++) {
            if (rows.get(i).isContent()) {
                return i;
            }
        }
        return -1;
    }

    private void sections() {
        int last = -1;
        for (int i = titleEnd + 1; i < rows.size(); i++) {
            SourceRow r = rows.get(i);
            if (!r.isContent()) {
                continue;
            }
            String folded = Fold.text(r.raw());
            if (folded.length() > 40) {
                continue;
            }
            String text = NUMBERING.matcher(folded).replaceFirst("").replaceAll("[。.:]+$", "");
            for (Section s : Section.values()) {
                if (s.ordinal() <= last || headings.containsKey(s)) {
                    continue;
                }
                int cost = headingCost(s, text);
                if (cost >= 0) {
                    headings.put(s, i);
                    last = s.ordinal();
                    if (cost > 0) {
                        diagnostics.path(ImportIssue.SECTION_HEADING_VARIANT, r.location(), ReportPath.of(s.key()), s,
                                SourceReader.trim(r.raw()));
                    }
                    break;
                }
            }
        }
    }

    // 0 for the official heading, 1 + distance for a variant or typo, -1 for no match.
    private static int headingCost(Section s, String text) {
        String official = Fold.text(s.text());
        if (text.equals(official)) {
            return 0;
        }
        int best = -1;
        List<String> candidates = new ArrayList<>();
        candidates.add(official);
        s.headingVariants().forEach(v -> candidates.add(Fold.text(v)));
        for (String c : candidates) {
            int d = distance(text, c);
            if (d <= Math.max(1, c.length() / 8) && (best < 0 || d + 1 < best)) {
                best = d + 1;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    // The rows of a section: after its heading, up to the next heading found. A missing heading
    // leaves the section the span between the headings around it.
    private List<SourceRow> region(Section s) {
        Integer at = headings.get(s);
        int start;
        if (at != null) {
            start = at + 1;
        } else {
            start = titleEnd + 1;
            for (Section before : Section.values()) {
                if (before.ordinal() < s.ordinal() && headings.containsKey(before)) {
                    start = headings.get(before) + 1;
                }
            }
        }
        int end = rows.size();
        for (Section after : Section.values()) {
            Integer h = headings.get(after);
            if (after.ordinal() > s.ordinal() && h != null && h >= start) {
                end = Math.min(end, h);
            }
        }
        return start >= end ? List.of() : rows.subList(start, end);
    }

    private void preamble() {
        int first = headings.values().stream().mapToInt(Integer::intValue).min().orElse(rows.size());
        int count = 0;
        SourceLocation at = null;
        for (int i = titleEnd + 1; i < first; i++) {
            if (rows.get(i).isContent()) {
                count++;
                if (at == null) {
                    at = rows.get(i).location();
                }
            }
        }
        if (count > 0) {
            diagnostics.add(ImportIssue.TEXT_OUTSIDE_SECTIONS, at, count);
        }
    }

    // ---- editions

    private static Edition disclosureEdition(LabelStream s) {
        String text = s.text();
        int v2019 = 0;
        int v2021 = 0;
        List<CatalogueEntry> entries = new ArrayList<>(List.of(DisclosureColumn.values()));
        entries.addAll(List.of(DisclosureRow.values()));
        for (CatalogueEntry e : entries) {
            if (e.editions().size() != 1) {
                continue;
            }
            String label = Fold.text(e.label());
            // A label inside another edition's label (处理决定数量 in 本年处理决定数量) tells nothing.
            boolean inOther = entries.stream().anyMatch(o -> o != e && !o.editions().equals(e.editions())
                    && Fold.text(o.label()).contains(label));
            if (!inOther && text.contains(label)) {
                if (e.editions().contains(Edition.V2019)) {
                    v2019++;
                } else {
                    v2021++;
                }
            }
        }
        return v2019 > v2021 ? Edition.V2019 : v2021 > v2019 ? Edition.V2021 : null;
    }

    private static Edition applicationForm(LabelStream s) {
        for (ApplicationRow row : new ApplicationRow[] {ApplicationRow.NO_CORRECTION, ApplicationRow.FEE_UNPAID}) {
            String label = Fold.text(row.text());
            if (s.find(label, 0, LabelStream.maxCost(label.length())) != null) {
                return Edition.V2021;
            }
        }
        return Edition.V2019;
    }

    // ---- tables

    private TableReader.Result readTable(Layout layout, LabelStream stream, boolean flat, List<TableImport> tables) {
        Diagnostics local = new Diagnostics();
        TableReader reader = new TableReader(local, layout, stream, glueBudget);
        TableReader.Result result;
        boolean found;
        if (flat) {
            // Table 四 has no row labels: it is found by its header, and its values follow it.
            int after = reviewHeaderEnd(stream);
            found = after >= 0 && stream.groups().stream().anyMatch(g -> g.anchor >= after
                    && (!g.onlyEmpty() || g.slots.size() >= layout.cells().size()));
            result = found ? reader.readFlat(new TableReader.RowSpec(layout.table(), layout.cells(), List.of()), after) : null;
        } else {
            result = reader.readRows(specs(layout));
            found = result.location() != null;
        }
        if (found) {
            diagnostics.list().addAll(local.list());
            tables.add(new TableImport(layout.table(), layout, true, result.unread(), result.location()));
            return result;
        }
        diagnostics.path(ImportIssue.TABLE_MISSING, stream.location(0), ReportPath.of(layout.table().key()), layout.table());
        tables.add(new TableImport(layout.table(), layout, false, java.util.Set.copyOf(layout.cells()), null));
        return null;
    }

    // Where the header of table 四 ends: after its first block label and the label of its last block.
    private static int reviewHeaderEnd(LabelStream stream) {
        String first = Fold.text(ReviewBlock.ADMINISTRATIVE_REVIEW.label());
        String last = Fold.text(ReviewBlock.LITIGATION_AFTER_REVIEW.label());
        LabelStream.Match a = stream.find(first, 0, LabelStream.maxCost(first.length()));
        if (a == null) {
            return -1;
        }
        LabelStream.Match b = stream.find(last, a.end(), LabelStream.maxCost(last.length()));
        return b == null ? -1 : b.end();
    }

    private static List<TableReader.RowSpec> specs(Layout layout) {
        List<TableReader.RowSpec> specs = new ArrayList<>();
        for (CatalogueEntry row : layout.rows()) {
            List<String> labels = new ArrayList<>();
            labels.add(Fold.text(row.label()));
            if (!row.numbering().isEmpty() && row.text().length() >= 5) {
                labels.add(Fold.text(row.text()));
            }
            // Practice: 规范性文件 in V2021 reports, and the other way round.
            if (row == DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS) {
                labels.add(Fold.text(DisclosureRow.NORMATIVE_DOCUMENTS.label()));
            } else if (row == DisclosureRow.NORMATIVE_DOCUMENTS) {
                labels.add(Fold.text(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS.label()));
            }
            specs.add(new TableReader.RowSpec(row, layout.row(row), labels));
        }
        return specs;
    }

    private static <T extends io.github.nianbao.core.table.Table> T fill(TableBuilder<T, ?, ?> builder, TableReader.Result result) {
        if (result != null) {
            for (Map.Entry<CellKey, Cell> e : result.cells().entrySet()) {
                if (!result.unread().contains(e.getKey())) {
                    builder.set(e.getKey(), e.getValue());
                }
            }
        }
        return builder.build();
    }

    // ---- metadata

    static java.util.Optional<AdministrativeLevel> level(String agency) {
        String a = agency.endsWith("人民政府") ? agency.substring(0, agency.length() - 4) : null;
        if (agency.endsWith("街道办事处")) {
            return java.util.Optional.of(AdministrativeLevel.TOWNSHIP);
        }
        if (a == null || a.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (a.endsWith("自治区") || a.endsWith("省")) {
            return java.util.Optional.of(AdministrativeLevel.PROVINCIAL);
        }
        if (a.endsWith("区") || a.endsWith("县") || a.endsWith("旗")) {
            return java.util.Optional.of(AdministrativeLevel.COUNTY);
        }
        if (a.endsWith("镇") || a.endsWith("乡")) {
            return java.util.Optional.of(AdministrativeLevel.TOWNSHIP);
        }
        // A 市 may be a municipality, a prefecture-level or a county-level city: not evident.
        return java.util.Optional.empty();
    }

    // ---- narratives

    private Narrative narrative(Section s) {
        Narrative.Builder b = Narrative.builder();
        StringBuilder paragraph = new StringBuilder();
        boolean previousEnded = true;
        List<SourceRow> region = region(s);
        for (int i = 0; i < region.size(); i++) {
            SourceRow r = region.get(i);
            if (!r.isContent()) {
                if (r.kind() == SourceRow.Kind.BLANK && format == SourceFormat.MARKDOWN) {
                    previousEnded = flush(b, paragraph, true);
                }
                continue;
            }
            String line = line(r);
            if (line.isEmpty()) {
                continue;
            }
            boolean heading = r.heading() || SUB_HEADING.matcher(line).matches();
            if (heading && format == SourceFormat.LAYOUT_TEXT) {
                // Laid out, a sub-heading is followed by a new, indented paragraph; a short first
                // line of a wrapped paragraph is not.
                SourceRow next = nextContent(region, i + 1);
                heading = next == null || next.indent() >= 2;
            }
            boolean starts = switch (format) {
                case LAYOUT_TEXT -> r.indent() >= 2;
                case HTML, DOCX, DOC, PDF -> true;
                default -> previousEnded;
            };
            if (heading || starts || paragraph.isEmpty()) {
                flush(b, paragraph, true);
            }
            if (heading) {
                b.heading(line);
                previousEnded = true;
                continue;
            }
            paragraph.append(line);
            previousEnded = SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
        }
        flush(b, paragraph, true);
        return b.build();
    }

    private static String line(SourceRow r) {
        return SourceReader.trim(r.raw().replaceFirst("^\\s*#+\\s*", ""));
    }

    private static SourceRow nextContent(List<SourceRow> region, int from) {
        for (int i = from; i < region.size(); i++) {
            if (region.get(i).isContent() && !line(region.get(i)).isEmpty()) {
                return region.get(i);
            }
        }
        return null;
    }

    private static boolean flush(Narrative.Builder b, StringBuilder paragraph, boolean ended) {
        if (!paragraph.isEmpty()) {
            b.paragraph(paragraph.toString());
            paragraph.setLength(0);
        }
        return ended;
    }
}

package io.github.nianbao.cli;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.validation.Decision;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.RelationResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders outcomes for a person at a terminal: a block per report with its verdict, its decision
 * and a table of findings (with {@code --all-results}, a table of every relation too), then a
 * summary.
 */
final class TextRenderer implements OutcomeRenderer {

    private static final int LOCATION_WIDTH = 60;
    private static final String INDENT = "  ";

    private final Language lang;
    private final Severity failOn;
    private final boolean allResults;
    private final String[] decisions = new String[Decision.values().length];
    // Looked up, measured and encoded once: every report is written with these.
    private final MeasuredText[] header;
    private final MeasuredText[] severities = new MeasuredText[Severity.values().length];
    private final String[] severityNames = new String[Severity.values().length];
    private final String[] verdicts;
    private final String[] tableNames = new String[Section.values().length];
    private final String hybrid;
    private final String noFindings;
    private final Language.Template title;
    private final Language.Template source;
    private volatile Locations locations;
    private final ThreadLocal<FindingsTable> findingsTable = ThreadLocal.withInitial(FindingsTable::new);

    /** A renderer for the words of reports (explain, rules) and of {@code validate} without {@code --all-results}. */
    TextRenderer(Language lang, Severity failOn) {
        this(lang, failOn, false);
    }

    TextRenderer(Language lang, Severity failOn, boolean allResults) {
        this.lang = lang;
        this.failOn = failOn;
        this.allResults = allResults;
        for (Decision d : Decision.values()) {
            decisions[d.ordinal()] = lang.text("decision." + d.name());
        }
        this.header = Stream.of("header.rule", "header.severity", "header.location", "header.expected",
                "header.actual", "header.message").map(k -> MeasuredText.of(lang.text(k))).toArray(MeasuredText[]::new);
        for (Severity s : Severity.values()) {
            severityNames[s.ordinal()] = lang.text("severity." + s.name());
            severities[s.ordinal()] = MeasuredText.of(severityNames[s.ordinal()]);
        }
        this.verdicts = new String[] {lang.text("verdict.pass"), lang.text("verdict.incomplete"), lang.text("verdict.fail")};
        for (Section s : Section.values()) {
            tableNames[s.ordinal()] = lang.text("table.short", tableNumber(s));
        }
        this.hybrid = lang.text("report.hybrid");
        this.noFindings = lang.text("report.noFindings");
        this.title = lang.template("report.title");
        this.source = lang.template("report.source");
    }

    @Override
    public byte[] head(Tally tally) {
        return new byte[0];
    }

    @Override
    public byte[] render(Outcome o) {
        Utf8Builder out = textBuffer.get();
        out.clear();
        render(o, out);
        return out.toByteArray();
    }

    @Override
    public byte[] tail(Tally tally) {
        return summary(tally).getBytes(StandardCharsets.UTF_8);
    }

    // Each worker writes its reports' text into one buffer of its own, copied out once per report.
    private final ThreadLocal<Utf8Builder> textBuffer = ThreadLocal.withInitial(() -> new Utf8Builder(16 * 1024));

    /**
     * Appends an outcome's block as UTF-8: its verdict, source, what was not read, problems and the
     * table of its findings, and the blank line after it. Every text that comes from the input
     * (agency, source, problems, messages that quote it) is shown with its control characters
     * escaped: no input can move the cursor or draw a line of its own.
     */
    void render(Outcome o, Utf8Builder out) {
        if (!o.isReadable()) {
            out.append(lang.text("report.unreadable", TerminalText.safe(o.source()))).append('\n');
            o.problems().forEach(p -> out.append(INDENT).append(lang.text("input.problem", TerminalText.safe(p.describe()))).append('\n'));
            out.append('\n');
            return;
        }
        String verdict = switch (o.verdict()) {
            case PASS -> o.notAssessed() > 0 ? lang.text("verdict.passNotAssessed", o.notAssessed()) : verdicts[0];
            case INCOMPLETE -> verdicts[1];
            default -> verdicts[2];
        };
        title.appendTo(out, TerminalText.safe(o.report().agency()), Integer.toString(o.report().reportYear()),
                o.report().edition().name(), o.report().isHybrid() ? hybrid : "", verdict, decisions[o.decision().ordinal()]);
        out.append('\n').append(INDENT);
        source.appendTo(out, TerminalText.safe(o.source()));
        out.append('\n');
        String notRead = notRead(o);
        if (notRead != null) {
            out.append(INDENT).append(notRead).append('\n');
        }
        o.problems().forEach(p -> out.append(INDENT).append(lang.text("input.problem", TerminalText.safe(p.describe()))).append('\n'));
        List<Finding> findings = inTableOrder(o.findings());
        if (findings.isEmpty()) {
            out.append(INDENT).append(noFindings).append('\n');
        } else {
            findingsTable.get().render(findings, out);
        }
        if (allResults) {
            relations(o.result().relationResults(), out);
        }
        out.append('\n');
    }

    // The full result log: a count per status, then one row per relation instance.
    private void relations(List<RelationResult> results, Utf8Builder out) {
        int[] byStatus = new int[RelationResult.Status.values().length];
        TextTable table = new TextTable(List.of(lang.text("header.status"), lang.text("header.rule"), lang.text("header.location"),
                lang.text("header.imbalance")), 0, 0, LOCATION_WIDTH);
        for (RelationResult r : results) {
            byStatus[r.status().ordinal()]++;
            List<FindingCell> cells = r.cells();
            String where = cells.isEmpty() ? "" : location(cells.get(cells.size() - 1));
            table.row(List.of(lang.text("status." + r.status().name()), r.ruleId(), where,
                    r.imbalance().isPresent() ? Long.toString(r.imbalance().getAsLong()) : ""));
        }
        out.append(INDENT).append(lang.text("report.relations", results.size(), byStatus[RelationResult.Status.HELD.ordinal()],
                byStatus[RelationResult.Status.BROKEN.ordinal()], byStatus[RelationResult.Status.NOT_ASSESSED.ordinal()])).append('\n');
        if (!table.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            table.appendTo(sb, INDENT);
            out.append(sb.toString());
        }
    }

    /** What of the report was not read, in one sentence, or null when everything was read. */
    String notRead(Outcome o) {
        List<String> parts = new ArrayList<>(3);
        if (o.unknownCells() > 0) {
            parts.add(lang.text("report.notRead.cells", o.unknownCells()));
        }
        if (!o.missingTables().isEmpty()) {
            parts.add(lang.text("report.notRead.tables", o.missingTables().stream().map(this::tableName)
                    .collect(Collectors.joining(lang.isEnglish() ? ", " : "、"))));
        }
        long errors = o.problems().stream().filter(p -> p.isError() && p.table() == null).count();
        if (errors > 0) {
            parts.add(lang.text("report.notRead.errors", errors));
        }
        if (o.notAssessed() > 0 && o.verdict() != Outcome.Verdict.PASS) {
            parts.add(lang.text("report.notRead.relations", o.notAssessed()));
        }
        return parts.isEmpty() ? null : lang.text("report.notRead", String.join(lang.isEnglish() ? "; " : "；", parts));
    }

    // The section's number: 二 from 二、, II from "II. ".
    private String tableNumber(Section s) {
        return lang.isEnglish() ? s.englishLabel().substring(0, s.englishLabel().indexOf('.'))
                : s.numbering().substring(0, s.numbering().length() - 1);
    }

    /** {@return the short name of a table: 表二, Table II} */
    String tableName(Section s) {
        return tableNames[s.ordinal()];
    }

    /**
     * Groups findings by the table (or narrative section) of their primary cell, in report order:
     * findings about the report as a whole first, then section 一 to 六; the rules' order is kept
     * within each. The list itself when it is in that order already.
     */
    static List<Finding> inTableOrder(List<Finding> findings) {
        int last = -1;
        boolean ordered = true;
        for (Finding f : findings) {
            int rank = rank(f);
            if (rank < last) {
                ordered = false;
                break;
            }
            last = rank;
        }
        if (ordered) {
            return findings;
        }
        List<Finding> sorted = new java.util.ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparingInt(TextRenderer::rank)); // stable
        return sorted;
    }

    private static int rank(Finding f) {
        return f.primaryCell().flatMap(FindingCell::section).map(Section::ordinal).orElse(-1);
    }

    /**
     * The findings of one report as a table: the same lines as {@link TextTable} gives them, written
     * as bytes. Fixed texts (header, severities, locations) are measured and encoded once; a row's
     * other texts are measured once and encoded as they are written. One per worker thread.
     */
    private final class FindingsTable {

        private static final int COLUMNS = 6;
        private static final int MESSAGE = COLUMNS - 1;
        private static final int MAX_ENCODED_MESSAGES = 4096;
        // The widths a cell is shortened to, by column; 0: never shortened.
        private static final int[] MAX_WIDTHS = {0, 0, LOCATION_WIDTH, 14, 14, 0};

        // Per row and column: the text (null where the bytes are fixed) or its fixed bytes, and its width.
        private String[] texts = new String[32 * COLUMNS];
        private byte[][] fixed = new byte[32 * COLUMNS][];
        private int[] widths = new int[32 * COLUMNS];
        private final int[] columnWidths = new int[COLUMNS];
        // The last text measured per column: rule ids and the words for blank come as the same
        // string instance row after row, and are then measured and fitted only once.
        private final String[] lastText = new String[COLUMNS];
        private final String[] lastFitted = new String[COLUMNS];
        private final int[] lastWidth = new int[COLUMNS];
        // Messages already encoded, by their text: a message depends only on its rule and cells, so
        // the same blank cell gives the same message in report after report. Bounded: emptied when
        // full, as messages that quote values rarely repeat.
        private final Map<String, byte[]> encodedMessages = new HashMap<>();

        void render(List<Finding> findings, Utf8Builder out) {
            int rows = findings.size();
            if (texts.length < rows * COLUMNS) {
                texts = new String[rows * COLUMNS];
                fixed = new byte[rows * COLUMNS][];
                widths = new int[rows * COLUMNS];
            }
            for (int i = 0; i < COLUMNS; i++) {
                columnWidths[i] = header[i].width();
            }
            for (int r = 0; r < rows; r++) {
                Finding f = findings.get(r);
                int at = r * COLUMNS;
                text(at, f.ruleId());
                fixed(at + 1, severities[f.severity().ordinal()]);
                FindingCell primary = f.primaryCell().orElse(null);
                if (primary == null) {
                    text(at + 2, "");
                } else {
                    CellKey key = primary.key().orElse(null);
                    MeasuredText location = key == null ? null : locations().of(key);
                    if (location != null) {
                        fixed(at + 2, location);
                    } else {
                        text(at + 2, location(primary));
                    }
                }
                text(at + 3, TerminalText.safe(f.expected().orElse("")));
                text(at + 4, TerminalText.safe(f.actual().orElse("")));
                // The message is never padded: its width only sets the length of its rule, which
                // stops at RULE_MAX, so it is measured no further once a row reaches that.
                String message = TerminalText.safe(f.message(lang.locale()));
                texts[at + MESSAGE] = message;
                fixed[at + MESSAGE] = encoded(message);
                if (columnWidths[MESSAGE] < TextTable.RULE_MAX) {
                    columnWidths[MESSAGE] = Math.max(columnWidths[MESSAGE], DisplayWidth.of(message));
                }
            }
            line(out, null, 0);
            out.append(INDENT);
            for (int i = 0; i < COLUMNS; i++) {
                out.repeat('-', i == MESSAGE ? Math.min(columnWidths[i], TextTable.RULE_MAX) : columnWidths[i]);
                if (i < MESSAGE) {
                    out.spaces(2);
                }
            }
            out.append('\n');
            for (int r = 0; r < rows; r++) {
                line(out, findings, r * COLUMNS);
            }
        }

        private byte[] encoded(String message) {
            byte[] bytes = encodedMessages.get(message);
            if (bytes == null) {
                if (encodedMessages.size() >= MAX_ENCODED_MESSAGES) {
                    encodedMessages.clear();
                }
                bytes = message.getBytes(StandardCharsets.UTF_8);
                encodedMessages.put(message, bytes);
            }
            return bytes;
        }

        private void text(int at, String text) {
            int column = at % COLUMNS;
            int width;
            if (text == lastText[column]) {
                text = lastFitted[column];
                width = lastWidth[column];
            } else {
                lastText[column] = text;
                int max = MAX_WIDTHS[column];
                width = DisplayWidth.of(text);
                if (max > 0 && width > max) {
                    text = DisplayWidth.fit(text, max);
                    width = DisplayWidth.of(text);
                }
                lastFitted[column] = text;
                lastWidth[column] = width;
            }
            texts[at] = text;
            fixed[at] = null;
            widths[at] = width;
            note(at, width);
        }

        private void fixed(int at, MeasuredText text) {
            texts[at] = null;
            fixed[at] = text.utf8();
            widths[at] = text.width();
            note(at, text.width());
        }

        private void note(int at, int width) {
            int column = at % COLUMNS;
            columnWidths[column] = Math.max(columnWidths[column], width);
        }

        // The header line when rows is null. A line ends where its text does: like TextTable, the
        // padding of empty cells at the end, and any whitespace the message ends with, is dropped.
        private void line(Utf8Builder out, List<Finding> rows, int at) {
            int start = out.length();
            out.append(INDENT);
            for (int i = 0; i < COLUMNS; i++) {
                int width;
                if (rows == null) {
                    out.append(header[i].utf8());
                    width = header[i].width();
                } else {
                    if (fixed[at + i] != null) {
                        out.append(fixed[at + i]);
                    } else {
                        out.append(texts[at + i]);
                    }
                    width = widths[at + i];
                }
                if (i < MESSAGE) {
                    out.spaces(columnWidths[i] + 2 - width);
                }
            }
            out.trimWhitespace(start);
            out.append('\n');
        }
    }

    private Locations locations() {
        Locations l = locations;
        if (l == null) {
            synchronized (this) {
                l = locations;
                if (l == null) {
                    locations = l = new Locations();
                }
            }
        }
        return l;
    }

    // Table by its number, then block, row and column by their labels: what a reader finds on the page.
    private String location(FindingCell cell) {
        if (cell.key().isEmpty()) {
            return cell.label(lang.locale());
        }
        return location(cell.key().get());
    }

    private String location(CellKey k) {
        StringBuilder sb = new StringBuilder(tableName(k.table()));
        k.block().ifPresent(b -> sb.append(" › ").append(b.label(lang.locale())));
        return sb.append(" › ").append(k.row().label(lang.locale())).append(" › ").append(k.column().label(lang.locale())).toString();
    }

    /**
     * The location column of every table cell, fitted to its width, measured and encoded once per
     * renderer: a location depends only on the cell and the language. Filled before the first
     * report with findings is written, then only read, by every worker.
     */
    private final class Locations {

        private final Map<Section, Map<Edition, MeasuredText[]>> byLayout = new EnumMap<>(Section.class);

        Locations() {
            for (Section table : Section.values()) {
                if (!table.isTable()) {
                    continue;
                }
                Map<Edition, MeasuredText[]> byEdition = new EnumMap<>(Edition.class);
                for (Edition edition : Edition.values()) {
                    List<CellKey> cells = Layout.of(table, edition).cells();
                    MeasuredText[] texts = new MeasuredText[cells.size()];
                    for (CellKey key : cells) {
                        texts[key.index()] = MeasuredText.fitted(location(key), LOCATION_WIDTH, key);
                    }
                    byEdition.put(edition, texts);
                }
                byLayout.put(table, byEdition);
            }
        }

        /** {@return the location of the cell, or null for a key of no known layout} */
        MeasuredText of(CellKey key) {
            Map<Edition, MeasuredText[]> byEdition = byLayout.get(key.table());
            MeasuredText[] texts = byEdition == null ? null : byEdition.get(key.edition());
            if (texts == null || key.index() >= texts.length) {
                return null;
            }
            MeasuredText text = texts[key.index()];
            return text.key() == key ? text : null;
        }
    }

    /** A fixed text with its display width and UTF-8 bytes, worked out once. */
    private record MeasuredText(int width, byte[] utf8, CellKey key) {

        static MeasuredText of(String text) {
            return new MeasuredText(DisplayWidth.of(text), text.getBytes(StandardCharsets.UTF_8), null);
        }

        static MeasuredText fitted(String text, int maxWidth, CellKey key) {
            String fitted = DisplayWidth.of(text) > maxWidth ? DisplayWidth.fit(text, maxWidth) : text;
            return new MeasuredText(DisplayWidth.of(fitted), fitted.getBytes(StandardCharsets.UTF_8), key);
        }
    }

    String severity(Severity s) {
        return severityNames[s.ordinal()];
    }

    String summary(Tally t) {
        StringBuilder out = new StringBuilder();
        out.append(lang.text("summary.line", t.reports, t.passed, t.failed, t.unreadable,
                t.count(Severity.ERROR), t.count(Severity.WARNING), t.count(Severity.INFO), t.incomplete)).append('\n');
        long readable = t.reports - t.unreadable;
        if (readable > 0) {
            out.append(lang.text("summary.decisions", t.accepted, t.acceptedWithWarnings, t.returned)).append('\n');
        }
        if (t.unknownCells > 0 || t.notAssessed > 0) {
            out.append(lang.text("summary.notRead", t.unknownCells, t.notAssessed)).append('\n');
        }
        if (!t.byRule.isEmpty()) {
            out.append(lang.text("summary.byRule")).append('\n');
            TextTable table = new TextTable(List.of(lang.text("header.rule"), lang.text("header.count")));
            for (Map.Entry<String, Long> e : t.byRule.entrySet()) {
                table.row(List.of(e.getKey(), Long.toString(e.getValue())));
            }
            table.appendTo(out, "  ");
        }
        return out.toString();
    }
}

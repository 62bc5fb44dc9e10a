package io.github.nianbao.validation.narrative;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.catalogue.Applicant;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.catalogue.Group;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.ReviewColumn;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.FindingCell;
import io.github.nianbao.validation.Rule;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationContext;
import io.github.nianbao.validation.internal.Messages;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures that the narrative states about the tables, each with the readings of the
 * tables that its sentence's words allow. Precision comes first: a number is taken only when the
 * words just before it (or just after, for 顺延到下年度) name what it counts, and only numbers of
 * 件 (and 元 for fees); anything else is left alone. Stateless and thread-safe.
 *
 * <p>The readings tried: 新收 alone where the sentence says 新收, and also 新收 + 上年结转 where it
 * says 收到 or 受理 (共收到, 共受理); for litigation both blocks together and each alone; for a
 * reconsideration or litigation outcome the same column of the subject named last in the sentence.
 * The tables have no cell for 信息处理费: fee figures are found and given no reading.
 */
public final class NarrativeFigures {

    private static final Section[] NARRATIVES = {Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS};

    private static final Pattern FORWARD_AFTER = Pattern.compile("^(顺延|结转|转入|转)(到|至)?下一?年度?");
    private static final Pattern FORWARD_BEFORE = Pattern.compile("(结转|转入|顺延)(到|至)?下一?年度?");
    private static final Pattern CARRIED_OVER = Pattern.compile("上一?年度?结转|上一?年度?转入");
    // Plain words are looked for with indexOf: a pattern of alternatives costs several times more,
    // and the rule runs on every sentence of every report.
    private static final String[] RECEIVED_ANY = {"收到", "受理", "接收", "接到"};
    private static final String[] HANDLED = {"办结", "答复", "办理完毕"};
    private static final Pattern NO_APPLICATION = Pattern.compile("(未|没有)(收到|受理|接到)[^，,；;。]*?(申请|公开件)");
    /** The words NO_APPLICATION starts with: the pattern runs only on sentences that have one. */
    private static final String[] NOT_RECEIVED = {"未收到", "未受理", "未接到", "没有收到", "没有受理", "没有接到"};
    private static final Pattern NONE_OF = Pattern.compile("(未有|未发生|没有|未出现)[^，,；;。]*");
    private static final String[] NONE_WORDS = {"未有", "未发生", "没有", "未出现"};
    private static final String[] LITIGATION_WORDS = {Group.LITIGATION.label(), "起诉"};
    private static final String[] DIRECT = {"直接起诉", "未经复议"};
    private static final Pattern AFTER_REVIEW = Pattern.compile("复议后.{0,2}起诉");
    private static final String[] ISSUED = {"制发", "印发", "出台", "新增", "发布", "制定"};

    /** The result rows' words without their numbering: 予以公开, 部分公开. */
    private static final String DISCLOSED = unnumbered(ApplicationRow.DISCLOSED);
    private static final String PARTIALLY = unnumbered(ApplicationRow.PARTIALLY_DISCLOSED).replaceAll("（.*", "");
    private static final String REVIEW = ReviewBlock.ADMINISTRATIVE_REVIEW.label();

    private NarrativeFigures() {
    }

    /**
     * Returns NARRATIVE-FIGURE: a warning for each stated figure that no reading its words allow
     * gives. It names the sentence, the number, the cells of every reading tried and their sums.
     *
     * @return the rule
     */
    public static Rule rule() {
        return new Rule() {
            @Override
            public String id() {
                return StandardRule.NARRATIVE_FIGURE.id();
            }

            @Override
            public void check(ValidationContext context, Consumer<Finding> findings) {
                for (StatedFigure f : find(context.report())) {
                    if (f.disagrees()) {
                        findings.accept(finding(context.report(), f));
                    }
                }
            }
        };
    }

    private static Finding finding(AnnualReport report, StatedFigure f) {
        StandardRule rule = StandardRule.NARRATIVE_FIGURE;
        List<FindingCell> cells = new ArrayList<>();
        cells.add(FindingCell.of(f.section(), f.sentence()));
        List<Object> readings = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (Reading r : f.readings()) {
            for (CellKey k : r.cells()) {
                cells.add(FindingCell.of(k, report.cell(k)));
            }
            String value = r.value().isPresent() ? Long.toString(r.value().getAsLong()) : "?";
            readings.add(new Messages.Nested("reading." + r.kind().key(), Map.of("value", value)));
            expected.append(expected.length() == 0 ? "" : " / ").append(value);
        }
        return Finding.builder().ruleId(rule.id()).severity(rule.defaultSeverity())
                .addAllCells(cells.stream().distinct().toList())
                .expected(expected.toString()).actual(Long.toString(f.stated()))
                .putArguments("section", f.section())
                .putArguments("paragraph", f.block() + 1)
                .putArguments("sentence", f.sentence())
                .putArguments("stated", f.stated())
                .putArguments("subject", new Messages.Nested("subject." + f.subject(), Map.of()))
                .putArguments("readings", List.copyOf(readings))
                .putArguments("scope", f.scope().isEmpty() ? "" : new Messages.Nested("narrative.scope", Map.of("word", f.scope())))
                .build();
    }

    private static String unnumbered(CatalogueEntry entry) {
        return entry.label().replaceFirst("^（[一二三四五六七八九十]+）", "");
    }

    /** What a figure is about: its subject and, for table 四, the block(s) and column. */
    private enum Subject {
        RECEIVED, CARRIED_OVER, HANDLED, CARRIED_FORWARD, DISCLOSED, PARTIALLY_DISCLOSED,
        REVIEW, LITIGATION, DIRECT_LITIGATION, LITIGATION_AFTER_REVIEW, ISSUED, REPEALED, IN_FORCE, FEES;

        String key() {
            return switch (this) {
                case RECEIVED -> "received";
                case CARRIED_OVER -> "carriedOver";
                case HANDLED -> "handled";
                case CARRIED_FORWARD -> "carriedForward";
                case DISCLOSED -> "disclosed";
                case PARTIALLY_DISCLOSED -> "partiallyDisclosed";
                case REVIEW -> "review";
                case LITIGATION -> "litigation";
                case DIRECT_LITIGATION -> "directLitigation";
                case LITIGATION_AFTER_REVIEW -> "litigationAfterReview";
                case ISSUED -> "issued";
                case REPEALED -> "repealed";
                case IN_FORCE -> "inForce";
                case FEES -> "fees";
            };
        }

        boolean isTableFour() {
            return this == REVIEW || this == LITIGATION || this == DIRECT_LITIGATION || this == LITIGATION_AFTER_REVIEW;
        }
    }

    /**
     * Finds the figures the narrative sections of a report state about its tables.
     *
     * @param report the report
     * @return the figures, in text order
     */
    public static List<StatedFigure> find(AnnualReport report) {
        List<StatedFigure> out = new ArrayList<>();
        for (Section section : NARRATIVES) {
            List<NarrativeBlock> blocks = report.narrative(section).blocks();
            for (int b = 0; b < blocks.size(); b++) {
                String text = blocks.get(b).text();
                for (int start = 0; start < text.length(); ) {
                    int end = sentenceEnd(text, start);
                    sentence(report, section, b, text, start, end, out);
                    start = end;
                }
            }
        }
        return List.copyOf(out);
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isSentenceMark(text.charAt(i))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean isSentenceMark(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    // Where the words that name a number stop: clause and sentence marks, brackets.
    private static boolean isClauseMark(char c) {
        return switch (c) {
            case '，', ',', '；', ';', '。', '！', '？', '!', '?', '：', ':', '（', '）', '(', ')', '、' -> true;
            default -> false;
        };
    }

    private static void sentence(AnnualReport report, Section section, int block, String text, int start, int end,
            List<StatedFigure> out) {
        if (!mayStateFigure(text, start, end)) {
            return;
        }
        String sentence = text.substring(start, end).strip();
        String s = text.substring(start, end);
        String scope = office(s);
        // Words that say there was none: 未收到……申请, 未有……行政复议、……行政诉讼.
        Matcher none = containsAny(s, NOT_RECEIVED) ? NO_APPLICATION.matcher(s) : null;
        if (none != null && none.find()) {
            out.add(figure(report, section, block, start + none.start(), sentence, 0, Subject.RECEIVED, true,
                    ReviewColumn.TOTAL, scope));
        }
        Matcher nothing = containsAny(s, NONE_WORDS) ? NONE_OF.matcher(s) : null;
        while (nothing != null && nothing.find()) {
            String clause = nothing.group();
            if (clause.contains(REVIEW) && !clause.contains("复议后")) {
                out.add(figure(report, section, block, start + nothing.start(), sentence, 0, Subject.REVIEW, false,
                        ReviewColumn.TOTAL, scope));
            }
            if (containsAny(clause, LITIGATION_WORDS)) {
                out.add(figure(report, section, block, start + nothing.start(), sentence, 0, Subject.LITIGATION, false,
                        ReviewColumn.TOTAL, scope));
            }
        }
        Subject lastBlock = null; // the reconsideration or litigation subject named last in the sentence
        UnitNumbers m = new UnitNumbers(s); // a count of 件, or an amount of 元 or 万元
        int previousEnd = 0;
        while (m.find()) {
            String before = s.substring(clauseStart(s, m.start(), previousEnd), m.start());
            String after = s.substring(m.end(), clauseEnd(s, m.end()));
            previousEnd = m.end();
            boolean yuan = !m.unit().equals("件");
            if (yuan) {
                if (before.contains("信息处理费")) {
                    out.add(new StatedFigure(section, block, start + m.start(), sentence, whole(m.number()),
                            Subject.FEES.key(), scope, List.of()));
                }
                continue;
            }
            long stated = whole(m.number());
            if (stated == NOT_WHOLE) {
                continue;
            }
            Subject subject = null;
            boolean broad = false;
            ReviewColumn column = ReviewColumn.TOTAL;
            // Each pattern only where its fixed words occur at all.
            boolean transfer = before.indexOf('转') >= 0 || before.contains("顺延");
            boolean forwardAfter = (after.indexOf('转') >= 0 || after.contains("顺延")) && FORWARD_AFTER.matcher(after).lookingAt();
            if (forwardAfter || transfer && FORWARD_BEFORE.matcher(before).find()) {
                subject = Subject.CARRIED_FORWARD;
            } else if (transfer && CARRIED_OVER.matcher(before).find()) {
                subject = Subject.CARRIED_OVER;
            } else if (containsAny(before, DIRECT)) {
                subject = Subject.DIRECT_LITIGATION;
            } else if (before.contains("复议后") && AFTER_REVIEW.matcher(before).find()) {
                subject = Subject.LITIGATION_AFTER_REVIEW;
            } else if (containsAny(before, LITIGATION_WORDS)) {
                subject = Subject.LITIGATION;
            } else if (before.contains(REVIEW)) {
                subject = Subject.REVIEW;
            } else if (outcome(before) != null && lastBlock != null) {
                subject = lastBlock;
            } else if (before.contains(PARTIALLY)) {
                subject = Subject.PARTIALLY_DISCLOSED;
            } else if (before.contains(DISCLOSED)) {
                subject = Subject.DISCLOSED;
            } else if (before.contains(DisclosureRow.REGULATIONS.label())
                    || before.contains(DisclosureRow.NORMATIVE_DOCUMENTS.label())) {
                subject = containsAny(before, ISSUED) ? Subject.ISSUED
                        : before.contains("废止") ? Subject.REPEALED
                        : before.contains("现行有效") ? Subject.IN_FORCE : null;
            } else if (before.contains("申请") && before.contains("新收")) {
                subject = Subject.RECEIVED;
            } else if (before.contains("申请") && containsAny(before, RECEIVED_ANY)) {
                subject = Subject.RECEIVED;
                broad = true;
            } else if (containsAny(before, HANDLED) && s.contains("申请")) {
                subject = Subject.HANDLED;
            }
            if (subject == null) {
                continue;
            }
            if (subject.isTableFour()) {
                lastBlock = subject;
                ReviewColumn c = outcome(before);
                column = c != null ? c : ReviewColumn.TOTAL;
            }
            StatedFigure f = figure(report, section, block, start + m.start(), sentence, stated, subject, broad, column, scope);
            if (subject == Subject.ISSUED || subject == Subject.REPEALED || subject == Subject.IN_FORCE) {
                f = documents(report, f, before);
            }
            out.add(f);
        }
    }

    /**
     * Whether a sentence can state a figure at all: a number of 件 or 元, or words that say there was
     * none (未…, 没有…). Most sentences of a narrative do neither, and are passed over without a
     * pattern being run on them (the patterns made this rule cost about 100 µs a report).
     */
    private static boolean mayStateFigure(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '件' || c == '元' || c == '未' || c == '没') {
                return true;
            }
        }
        return false;
    }

    /**
     * The office a sentence narrows its figures to: the first of 政府办公室, 政府办 (each with 区, 县 or
     * 市 before it if there is one) and 办公室, as the pattern
     * {@code [区县市]?政府办公室|[区县市]?政府办|办公室} finds it, or empty.
     */
    static String office(String s) {
        int government = s.indexOf("政府办");
        int office = s.indexOf("办公室");
        if (government >= 0) {
            int start = government > 0 && "区县市".indexOf(s.charAt(government - 1)) >= 0 ? government - 1 : government;
            if (office < 0 || start <= office) {
                return s.substring(start, government + (s.startsWith("公室", government + 3) ? 5 : 3));
            }
        }
        return office >= 0 ? "办公室" : "";
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Not a whole number of at most 15 digits: not taken. */
    private static final long NOT_WHOLE = Long.MIN_VALUE;

    private static long whole(String number) {
        String digits = number.replace('−', '-');
        if (digits.indexOf('.') >= 0 || digits.length() > 15) {
            return NOT_WHOLE;
        }
        return Long.parseLong(digits);
    }

    private static int clauseStart(String s, int at, int floor) {
        int i = at;
        while (i > floor && !isClauseMark(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int clauseEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !isClauseMark(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The outcome columns of table 四 and the word a sentence names each with. */
    private static final ReviewColumn[] OUTCOMES = {ReviewColumn.UPHELD, ReviewColumn.CORRECTED, ReviewColumn.OTHER_OUTCOME,
        ReviewColumn.PENDING};
    private static final String[] OUTCOME_WORDS = {"维持", "纠正", ReviewColumn.OTHER_OUTCOME.label(), "未审结"};

    private static ReviewColumn outcome(String words) {
        int at = -1;
        ReviewColumn found = null;
        // The outcome named last before the number.
        for (int c = 0; c < OUTCOMES.length; c++) {
            int i = words.lastIndexOf(OUTCOME_WORDS[c]);
            if (i > at) {
                at = i;
                found = OUTCOMES[c];
            }
        }
        return found;
    }

    private static StatedFigure figure(AnnualReport report, Section section, int block, int offset, String sentence,
            long stated, Subject subject, boolean broad, ReviewColumn column, String scope) {
        List<Reading> readings = new ArrayList<>();
        Layout t3 = report.applications().layout();
        Layout t4 = report.reviewLitigation().layout();
        switch (subject) {
            case RECEIVED -> {
                CellKey newly = t3.cell(ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL);
                readings.add(reading(report, Reading.Kind.NEWLY_RECEIVED, List.of(newly)));
                if (broad) {
                    readings.add(reading(report, Reading.Kind.RECEIVED_AND_CARRIED_OVER,
                            List.of(newly, t3.cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL))));
                }
            }
            case CARRIED_OVER -> readings.add(reading(report, Reading.Kind.CARRIED_OVER,
                    List.of(t3.cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL))));
            case HANDLED -> readings.add(reading(report, Reading.Kind.HANDLED,
                    List.of(t3.cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL))));
            case CARRIED_FORWARD -> readings.add(reading(report, Reading.Kind.CARRIED_FORWARD,
                    List.of(t3.cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL))));
            case DISCLOSED -> readings.add(reading(report, Reading.Kind.DISCLOSED,
                    List.of(t3.cell(ApplicationRow.DISCLOSED, Applicant.TOTAL))));
            case PARTIALLY_DISCLOSED -> readings.add(reading(report, Reading.Kind.PARTIALLY_DISCLOSED,
                    List.of(t3.cell(ApplicationRow.PARTIALLY_DISCLOSED, Applicant.TOTAL))));
            case REVIEW -> readings.add(reading(report, Reading.Kind.REVIEW,
                    List.of(t4.cell(ReviewBlock.ADMINISTRATIVE_REVIEW, column))));
            case LITIGATION -> {
                CellKey direct = t4.cell(ReviewBlock.DIRECT_LITIGATION, column);
                CellKey after = t4.cell(ReviewBlock.LITIGATION_AFTER_REVIEW, column);
                readings.add(reading(report, Reading.Kind.LITIGATION, List.of(direct, after)));
                readings.add(reading(report, Reading.Kind.DIRECT_LITIGATION, List.of(direct)));
                readings.add(reading(report, Reading.Kind.LITIGATION_AFTER_REVIEW, List.of(after)));
            }
            case DIRECT_LITIGATION -> readings.add(reading(report, Reading.Kind.DIRECT_LITIGATION,
                    List.of(t4.cell(ReviewBlock.DIRECT_LITIGATION, column))));
            case LITIGATION_AFTER_REVIEW -> readings.add(reading(report, Reading.Kind.LITIGATION_AFTER_REVIEW,
                    List.of(t4.cell(ReviewBlock.LITIGATION_AFTER_REVIEW, column))));
            default -> {
                // documents: see documents(); fees: no cell
            }
        }
        String key = subject.isTableFour() && column != ReviewColumn.TOTAL ? subject.key() + "." + column.key() : subject.key();
        return new StatedFigure(section, block, offset, sentence, stated, key, scope, readings);
    }

    // 规章 or 规范性文件 (行政规范性文件 in V2021): the row the words name, the column the verb names.
    private static StatedFigure documents(AnnualReport report, StatedFigure f, String before) {
        Layout t2 = report.proactiveDisclosure().layout();
        // 行政规范性文件 contains 规范性文件: the later of the two words names the row.
        int regulations = before.lastIndexOf(DisclosureRow.REGULATIONS.label());
        int normative = before.lastIndexOf(DisclosureRow.NORMATIVE_DOCUMENTS.label());
        List<DisclosureRow> rows = regulations > normative ? List.of(DisclosureRow.REGULATIONS)
                : List.of(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, DisclosureRow.NORMATIVE_DOCUMENTS);
        List<DisclosureColumn> columns = switch (f.subject()) {
            case "issued" -> List.of(DisclosureColumn.ISSUED, DisclosureColumn.NEWLY_MADE, DisclosureColumn.NEWLY_PUBLISHED);
            case "repealed" -> List.of(DisclosureColumn.REPEALED);
            default -> List.of(DisclosureColumn.IN_FORCE);
        };
        Reading.Kind kind = switch (f.subject()) {
            case "issued" -> Reading.Kind.ISSUED;
            case "repealed" -> Reading.Kind.REPEALED;
            default -> Reading.Kind.IN_FORCE;
        };
        List<Reading> readings = new ArrayList<>();
        for (DisclosureRow row : rows) {
            for (DisclosureColumn column : columns) {
                Optional<CellKey> key = t2.find(row, column);
                key.ifPresent(k -> readings.add(reading(report, kind, List.of(k))));
            }
        }
        return new StatedFigure(f.section(), f.block(), f.offset(), f.sentence(), f.stated(),
                f.subject() + (regulations > normative ? ".regulations" : ".normativeDocuments"), f.scope(), readings);
    }

    private static Reading reading(AnnualReport report, Reading.Kind kind, List<CellKey> cells) {
        long sum = 0;
        for (CellKey k : cells) {
            Cell c = report.cell(k);
            if (c.isBlank()) {
                continue; // counts as 0, as in the sum rules
            }
            if (!(c instanceof Count n) || !n.isNumber()) {
                return new Reading(kind, cells, OptionalLong.empty());
            }
            try {
                sum = Math.addExact(sum, n.value());
            } catch (ArithmeticException overflow) {
                return new Reading(kind, cells, OptionalLong.empty());
            }
        }
        return new Reading(kind, cells, OptionalLong.of(sum));
    }
}

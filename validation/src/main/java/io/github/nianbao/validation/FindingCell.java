package io.github.nianbao.validation;

import io.github.nianbao.core.MessageLanguage;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.CellState;
import io.github.nianbao.validation.internal.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One place a {@link Finding} is about: a table cell with its value and state, a metadata field, or
 * a narrative section; of this year's report or the previous year's; and, in a sum, whether it is a
 * weighted term or the reported total. Immutable.
 */
public final class FindingCell {

    /** What part the cell plays in its finding. */
    public enum Role {
        /** The cell the finding is about (not part of a sum). */
        SUBJECT,
        /** A weighted term of a sum. */
        TERM,
        /** The reported value a sum is compared with. */
        TOTAL
    }

    private final Period period;
    private final Role role;
    private final long weight;
    private final ReportPath path;
    private final CellKey key;
    private final CatalogueEntry entry;
    private final Cell cell;
    private final String value;

    private FindingCell(Period period, Role role, long weight, ReportPath path, CellKey key, CatalogueEntry entry,
            Cell cell, String value) {
        this.period = Objects.requireNonNull(period, "period");
        this.role = Objects.requireNonNull(role, "role");
        this.weight = weight;
        this.path = Objects.requireNonNull(path, "path");
        this.key = key;
        this.entry = entry;
        this.cell = cell;
        this.value = value;
    }

    /**
     * Returns a table cell of this year's report that a finding is about.
     *
     * @param key the cell's key
     * @param cell its content
     * @return the finding cell
     */
    public static FindingCell of(CellKey key, Cell cell) {
        return of(Period.THIS_YEAR, Role.SUBJECT, 1, key, cell);
    }

    /**
     * Returns a table cell.
     *
     * @param period which report the cell belongs to
     * @param role the part the cell plays
     * @param weight its weight in a sum (1 unless a {@link Role#TERM})
     * @param key the cell's key
     * @param cell its content
     * @return the finding cell
     */
    public static FindingCell of(Period period, Role role, long weight, CellKey key, Cell cell) {
        Objects.requireNonNull(cell, "cell");
        return new FindingCell(period, role, weight, key.path(), key, null, cell, null);
    }

    /**
     * Returns a metadata field.
     *
     * @param period which report the field belongs to
     * @param field the field
     * @param value the field's value as the report gives it
     * @return the finding cell
     */
    public static FindingCell of(Period period, MetadataField field, String value) {
        return new FindingCell(period, Role.SUBJECT, 1, field.path(), null, field, null, Objects.requireNonNull(value));
    }

    /**
     * Returns a narrative section of this year's report.
     *
     * @param section a narrative section
     * @param text the section's text (may be empty)
     * @return the finding cell
     */
    public static FindingCell of(Section section, String text) {
        return new FindingCell(Period.THIS_YEAR, Role.SUBJECT, 1, ReportPath.of(section.key()), null, section, null,
                Objects.requireNonNull(text));
    }

    /**
     * Returns a narrative section of this year's or the previous year's report.
     *
     * @param period which report the section belongs to
     * @param section a narrative section
     * @param text the section's text (may be empty)
     * @return the finding cell
     */
    public static FindingCell of(Period period, Section section, String text) {
        return new FindingCell(period, Role.SUBJECT, 1, ReportPath.of(section.key()), null, section, null,
                Objects.requireNonNull(text));
    }

    /** {@return which report the cell belongs to} */
    public Period period() {
        return period;
    }

    /** {@return the part the cell plays in its finding} */
    public Role role() {
        return role;
    }

    /** {@return the weight of a term in its sum (1, or -1 for a subtracted term); 1 for other roles} */
    public long weight() {
        return weight;
    }

    /** {@return the location in its report, a JSON Pointer into the canonical JSON form} */
    public ReportPath path() {
        return path;
    }

    /** {@return the table cell's key; empty for metadata fields and narrative sections} */
    public Optional<CellKey> key() {
        return Optional.ofNullable(key);
    }

    /** {@return the table: the cell's table, or the narrative section; empty for metadata fields} */
    public Optional<Section> section() {
        if (key != null) {
            return Optional.of(key.table());
        }
        return entry instanceof Section s ? Optional.of(s) : Optional.empty();
    }

    /** {@return the table cell's content; empty for metadata fields and narrative sections} */
    public Optional<Cell> cell() {
        return Optional.ofNullable(cell);
    }

    /** {@return the state of the table cell; {@link CellState#NUMBER} for metadata and narratives} */
    public CellState state() {
        return cell == null ? CellState.NUMBER : cell.state();
    }

    /** {@return whether the cell holds no number (blank or not applicable): in a sum it counted as 0} */
    public boolean isNotGiven() {
        return cell != null && !cell.isNumber();
    }

    /**
     * Returns the value as the report gives it, in the language of {@code locale}: a number, the words
     * for blank or not applicable, a metadata value or a section's text.
     *
     * @param locale the language, as {@link MessageLanguage#of(Locale)} picks it: English for an
     *     English locale, Chinese for every other
     * @return the value
     * @throws NullPointerException if {@code locale} is null
     */
    public String value(Locale locale) {
        MessageLanguage.of(locale); // rejects null even where the value has no words to translate
        return cell != null ? Messages.cellValue(cell, locale) : value;
    }

    /** {@return the value as the report gives it, with the words for blank and the like in Chinese} */
    public String value() {
        return value(MessageLanguage.DEFAULT_LOCALE);
    }

    /**
     * Returns the labels of the place: for a table cell the table, block, row and column labels from
     * the catalogue; for a field or section its label. Cells of the previous year's report say so.
     *
     * @param locale the language, as {@link MessageLanguage#of(Locale)} picks it: English for an
     *     English locale, Chinese for every other
     * @return the labels, for example {@code 四、政府信息公开行政复议、行政诉讼情况 › 行政复议 › 总计}
     * @throws NullPointerException if {@code locale} is null
     */
    public String label(Locale locale) {
        String label = key != null ? key.describe(locale) : entry.label(locale);
        return period == Period.PREVIOUS_YEAR ? Messages.previousYear(label, locale) : label;
    }

    /** {@return the labels of the place in Chinese, the official ones} */
    public String label() {
        return label(MessageLanguage.DEFAULT_LOCALE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindingCell c && c.period == period && c.role == role && c.weight == weight
                && c.path.equals(path) && Objects.equals(c.cell, cell) && Objects.equals(c.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, role, weight, path, cell, value);
    }

    /** {@return the pointer, the value and, for cells of the previous report, the period} */
    @Override
    public String toString() {
        String where = period == Period.PREVIOUS_YEAR ? "previous:" + path : path.toString();
        String v = cell != null ? cell.toString() : value;
        return (role == Role.TERM && weight != 1 ? weight + "×" : "") + where + "=" + v;
    }
}

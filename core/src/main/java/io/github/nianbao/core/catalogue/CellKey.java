package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.MessageLanguage;
import java.util.Locale;
import java.util.Optional;

/**
 * One cell of one table layout: where it is (table, block, row, column), what it holds and its
 * {@link ReportPath}. The catalogue creates each key once; compare keys with {@code ==} or
 * {@code equals}, which is the same.
 */
public final class CellKey {

    private final Layout layout;
    private final int index;
    private final CatalogueEntry block;
    private final CatalogueEntry row;
    private final CatalogueEntry column;
    private final CellKind kind;
    private final ReportPath path;
    private String describedChinese;
    private String describedEnglish;

    CellKey(Layout layout, int index, CatalogueEntry block, CatalogueEntry row, CatalogueEntry column, CellKind kind,
            ReportPath path) {
        this.layout = layout;
        this.index = index;
        this.block = block;
        this.row = row;
        this.column = column;
        this.kind = kind;
        this.path = path;
    }

    /** {@return the layout this key belongs to} */
    public Layout layout() {
        return layout;
    }

    /** {@return the table} */
    public Section table() {
        return layout.table();
    }

    /** {@return the edition of the table form} */
    public Edition edition() {
        return layout.edition();
    }

    /** {@return the cell's position in its layout, from 0} */
    public int index() {
        return index;
    }

    /** {@return the block of table 二 the cell is in; empty for the other tables} */
    public Optional<CatalogueEntry> block() {
        return Optional.ofNullable(block);
    }

    /** {@return the row: a {@link DisclosureRow}, {@link ApplicationRow} or {@link ReviewBlock}} */
    public CatalogueEntry row() {
        return row;
    }

    /** {@return the column: a {@link DisclosureColumn}, {@link Applicant} or {@link ReviewColumn}} */
    public CatalogueEntry column() {
        return column;
    }

    /** {@return what the cell holds} */
    public CellKind kind() {
        return kind;
    }

    /** {@return the cell's location in the report, rendered as a JSON Pointer by {@link ReportPath#toString()}} */
    public ReportPath path() {
        return path;
    }

    /**
     * Describes the cell by its labels in a language: table, then block and row, then column;
     * English labels for an English locale, the official Chinese ones for every other (the rule of
     * {@link MessageLanguage#of(Locale)}).
     *
     * @param locale the language
     * @return for example {@code 三、收到和处理政府信息公开申请情况 › 一、本年新收政府信息公开申请数量 › 自然人}
     * @throws NullPointerException if {@code locale} is null
     */
    public String describe(Locale locale) {
        MessageLanguage language = MessageLanguage.of(locale);
        boolean english = language.isEnglish();
        // Asked for every finding a report prints: made once per language. A race makes the same
        // string twice, which is harmless.
        String d = english ? describedEnglish : describedChinese;
        if (d == null) {
            Locale l = language.locale();
            StringBuilder sb = new StringBuilder(table().label(l));
            if (block != null) {
                sb.append(" › ").append(block.label(l));
            }
            d = sb.append(" › ").append(row.label(l)).append(" › ").append(column.label(l)).toString();
            if (english) {
                describedEnglish = d;
            } else {
                describedChinese = d;
            }
        }
        return d;
    }

    /** {@return the cell described by its official Chinese labels, as {@link #describe(Locale)} with Chinese} */
    public String describe() {
        return describe(MessageLanguage.DEFAULT_LOCALE);
    }

    /** {@return the JSON Pointer of the cell} */
    @Override
    public String toString() {
        return path.toString();
    }
}

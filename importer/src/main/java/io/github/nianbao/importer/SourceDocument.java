package io.github.nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as a reader of a document format laid it out: paragraphs and tables in reading order,
 * each table a grid of cells with merged cells expanded. Readers of Word and PDF files (module
 * {@code nianbao-documents}) produce it from the structure the file has — a Word table's cells, a
 * PDF page's ruling lines and glyph positions — and {@link ReportImporter#read(SourceDocument)}
 * reads it with the same reading of tables by catalogue labels as text and HTML: one table reader,
 * fed by another source. Immutable.
 *
 * <pre>{@code
 * SourceDocument document = SourceDocument.builder(SourceFormat.DOCX)
 *         .paragraph("XX县人民政府2023年政府信息公开工作年度报告", true, SourceLocation.document(0, 0, 1, 0))
 *         .table(List.of(List.of(SourceDocument.cell("21", SourceLocation.document(0, 1, 2, 2)), ...)))
 *         .build();
 * ImportResult result = ReportImporter.create().read(document);
 * }</pre>
 */
public final class SourceDocument {

    private final SourceFormat format;
    private final List<Block> blocks;

    private SourceDocument(SourceFormat format, List<Block> blocks) {
        this.format = format;
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Starts a document.
     *
     * @param format the kind of file it was read from
     * @return a builder
     */
    public static Builder builder(SourceFormat format) {
        return new Builder(Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns a cell that holds its own text (the first cell of a merged range, or an unmerged cell).
     *
     * @param text the cell's text; line breaks inside the cell are kept as spaces by the reading
     * @param location where the cell is
     * @return the cell
     */
    public static Cell cell(String text, SourceLocation location) {
        return new Cell(text, false, location);
    }

    /**
     * Returns a cell covered by a merged cell that starts to its left or above it.
     *
     * @param location where the covered cell is
     * @return the cell
     */
    public static Cell covered(SourceLocation location) {
        return new Cell("", true, location);
    }

    /** {@return the kind of file the document was read from} */
    public SourceFormat format() {
        return format;
    }

    /** {@return the paragraphs and tables, in reading order} */
    public List<Block> blocks() {
        return blocks;
    }

    /** {@return the number of table cells, covered ones included} */
    public long cellCount() {
        long n = 0;
        for (Block b : blocks) {
            if (b instanceof Table t) {
                for (List<Cell> row : t.rows()) {
                    n += row.size();
                }
            }
        }
        return n;
    }

    /** {@return the number of characters of text, paragraphs and cells} */
    public long textLength() {
        long n = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                n += p.text().length();
            } else if (b instanceof Table t) {
                for (List<Cell> row : t.rows()) {
                    for (Cell c : row) {
                        n += c.text().length();
                    }
                }
            } else if (b instanceof Line l) {
                for (Word w : l.words()) {
                    n += w.text().length() + 1;
                }
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "SourceDocument[" + format + ", " + blocks.size() + " blocks]";
    }

    /** A paragraph, a table, or a positioned line of a table. */
    public sealed interface Block permits Paragraph, Table, Line {
    }

    /**
     * A paragraph: the title, a heading or a paragraph of narrative, with its lines joined.
     *
     * @param text the text, lines joined (Chinese text without spaces between lines)
     * @param heading whether the document marks it as a heading (a heading style or outline level)
     * @param page the page it starts on, from 1, or 0 for a document without pages
     * @param location where it is
     */
    public record Paragraph(String text, boolean heading, int page, SourceLocation location) implements Block {
        /**
         * Checks the parts.
         *
         * @param text the text
         * @param heading whether it is a heading
         * @param page the page
         * @param location where it is
         */
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A table: rows of cells, every row as wide as the grid, merged cells expanded (the first cell
     * of a merged range holds its text, the cells it covers are {@linkplain Cell#covered() covered}).
     *
     * @param rows the rows, top to bottom, each left to right
     * @param page the page the table starts on, from 1, or 0 for a document without pages
     */
    public record Table(List<List<Cell>> rows, int page) implements Block {
        /**
         * Copies the rows.
         *
         * @param rows the rows
         * @param page the page
         */
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A printed line of a table whose cells the reader knows by coordinates, not as a grid (a PDF
     * page): its words with their horizontal positions, which the importer uses to match values
     * to columns as it does with laid-out text.
     *
     * @param words the words, left to right
     * @param page the page, from 1
     * @param location where the line is
     */
    public record Line(List<Word> words, int page, SourceLocation location) implements Block {
        /**
         * Copies the words.
         *
         * @param words the words
         * @param page the page
         * @param location where it is
         */
        public Line {
            words = List.copyOf(words);
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A word of a positioned line.
     *
     * @param text the text, without spaces
     * @param x0 the position of its left edge, in columns of the page's character grid (from 0)
     * @param x1 the position after its right edge, greater than {@code x0}
     */
    public record Word(String text, int x0, int x1) {
        /**
         * Checks the parts.
         *
         * @param text the text
         * @param x0 the left edge
         * @param x1 the right edge
         */
        public Word {
            Objects.requireNonNull(text, "text");
            if (x0 < 0 || x1 <= x0) {
                throw new IllegalArgumentException("not a word's extent: " + x0 + ".." + x1);
            }
        }
    }

    /**
     * A cell of a table.
     *
     * @param text the cell's text, as printed
     * @param covered whether a merged cell starting to its left or above covers it (its text is empty)
     * @param location where it is
     */
    public record Cell(String text, boolean covered, SourceLocation location) {
        /**
         * Checks the parts.
         *
         * @param text the text
         * @param covered whether it is covered
         * @param location where it is
         */
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
        }
    }

    /** Builds a document, block by block in reading order. Not thread-safe. */
    public static final class Builder {
        private final SourceFormat format;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(SourceFormat format) {
            this.format = format;
        }

        /**
         * Adds a paragraph on no page.
         *
         * @param text the text
         * @param heading whether the document marks it as a heading
         * @param location where it is
         * @return this builder
         */
        public Builder paragraph(String text, boolean heading, SourceLocation location) {
            return add(new Paragraph(text, heading, 0, location));
        }

        /**
         * Adds a table on no page.
         *
         * @param rows the rows of cells, merged cells expanded
         * @return this builder
         */
        public Builder table(List<List<Cell>> rows) {
            return add(new Table(rows, 0));
        }

        /**
         * Adds a block.
         *
         * @param block a paragraph or a table
         * @return this builder
         */
        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** {@return the document} */
        public SourceDocument build() {
            return new SourceDocument(format, blocks);
        }
    }
}

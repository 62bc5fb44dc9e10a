package io.github.nianbao.importer;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How one table was read: whether it was found, in which form, and which cells could not be read.
 * Immutable.
 *
 * <p>An unread cell is {@linkplain io.github.nianbao.core.cell.Cell#isUnknown() unknown} in the
 * imported report, with the {@link ImportIssue} that kept it from being read as its reason; the cells
 * listed here are exactly the unknown cells of the table (each named by an ERROR diagnostic).
 */
public final class TableImport {

    private final Section section;
    private final Layout layout;
    private final boolean found;
    private final Set<CellKey> unread;
    private final SourceLocation location;

    TableImport(Section section, Layout layout, boolean found, Set<CellKey> unread, SourceLocation location) {
        this.section = section;
        this.layout = layout;
        this.found = found;
        this.unread = Collections.unmodifiableSet(new LinkedHashSet<>(unread));
        this.location = location;
    }

    /** {@return the table's section} */
    public Section section() {
        return section;
    }

    /** {@return the layout the table was read into: its form's edition and cells} */
    public Layout layout() {
        return layout;
    }

    /** {@return the edition whose form the table has} */
    public Edition form() {
        return layout.edition();
    }

    /** {@return whether the table was found in the source at all} */
    public boolean found() {
        return found;
    }

    /** {@return whether every cell was read: found, and no cell unread} */
    public boolean complete() {
        return found && unread.isEmpty();
    }

    /** {@return the cells that could not be read, in layout order} */
    public Set<CellKey> unreadCells() {
        return unread;
    }

    /** {@return where the table starts in the source, if it was found} */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public String toString() {
        return "TableImport[" + section.key() + ", " + form() + (found ? "" : ", not found")
                + (unread.isEmpty() ? "" : ", " + unread.size() + " unread") + "]";
    }
}

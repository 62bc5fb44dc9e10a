package io.github.nianbao.serialization;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.CatalogueEntry;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.catalogue.DisclosureBlock;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.ReviewBlock;
import io.github.nianbao.core.catalogue.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The JSON shape of the three tables over both editions, derived from the catalogue: one node per
 * object member a table can have, built from {@link CellKey#path()} so that every cell is read and
 * written exactly where its key points. Each node knows the editions that have it; each leaf knows
 * its cell key per edition. Nodes carry a dense id so that one decode can keep its state in arrays.
 */
final class TableShape {

    /** Which kind of catalogue entry a node names, for the not-in-edition codes. */
    enum Level { BLOCK, ROW, COLUMN }

    /** One member of a table's JSON object tree. */
    static final class Node {
        final int id;
        final String key;
        final ReportPath path;
        final CatalogueEntry entry;
        final Level level;
        final Set<Edition> editions = EnumSet.noneOf(Edition.class);
        final Map<String, Node> children = new LinkedHashMap<>();
        final Map<Edition, CellKey> cells = new EnumMap<>(Edition.class);
        CellKind kind;
        /** The key as the parser compares it with the input's bytes, for {@link JsonParser#nextName(SerializableString)}. */
        final SerializableString serializedKey;
        // By edition: the first child and the next sibling in the canonical order of that edition's
        // form, which is the order the encoder writes; null where there is none.
        private final Node[] first = new Node[Edition.values().length];
        private final Node[] next = new Node[Edition.values().length];

        Node(int id, String key, ReportPath path, CatalogueEntry entry, Level level) {
            this.id = id;
            this.key = key;
            this.path = path;
            this.entry = entry;
            this.level = level;
            this.serializedKey = new SerializedString(key);
        }

        /** {@return the child a canonical document of the form has first, or null if there is none} */
        Node firstChild(Edition form) {
            return first[form.ordinal()];
        }

        /** {@return the sibling a canonical document of the form has after this node, or null} */
        Node nextSibling(Edition form) {
            return next[form.ordinal()];
        }

        private Node[] childArray;

        boolean isLeaf() {
            return children.isEmpty();
        }

        /** {@return the children in order, as an array for the walk every decode makes; do not modify} */
        Node[] childArray() {
            return childArray;
        }

        boolean isAmount() {
            return kind == CellKind.AMOUNT;
        }
    }

    private static final Map<Section, Node> ROOTS = new EnumMap<>(Section.class);
    private static final Map<Section, Map<Edition, Node[]>> LEAVES = new EnumMap<>(Section.class);
    private static final int NODE_COUNT;

    static {
        int[] ids = {0};
        for (Section table : tables()) {
            Node root = new Node(ids[0]++, table.key(), ReportPath.of(table.key()), table, null);
            Map<Edition, Node[]> leaves = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                root.editions.add(edition);
                Layout layout = Layout.of(table, edition);
                Node[] byIndex = new Node[layout.size()];
                // The last child of each node met so far in this form: the order of first meeting is
                // the canonical order, since the encoder writes the cells in layout order.
                Map<Node, Node> lastChild = new IdentityHashMap<>();
                Set<Node> met = Collections.newSetFromMap(new IdentityHashMap<>());
                for (CellKey key : layout.cells()) {
                    List<String> segments = key.path().segments();
                    if (!segments.get(0).equals(table.key())) {
                        throw new IllegalStateException(key + " is not under /" + table.key());
                    }
                    Node node = root;
                    int n = segments.size();
                    for (int i = 1; i < n; i++) {
                        String segment = segments.get(i);
                        Node parent = node;
                        int depthFromLeaf = n - 1 - i;
                        node = parent.children.computeIfAbsent(segment, s -> new Node(ids[0]++, s, parent.path.child(s),
                                entryOf(key, depthFromLeaf), levelOf(key, depthFromLeaf)));
                        node.editions.add(edition);
                        if (met.add(node)) {
                            Node previous = lastChild.put(parent, node);
                            if (previous == null) {
                                parent.first[edition.ordinal()] = node;
                            } else {
                                previous.next[edition.ordinal()] = node;
                            }
                        }
                    }
                    if (node.kind != null && node.kind != key.kind()) {
                        throw new IllegalStateException(key + " holds " + key.kind() + " in " + edition + " but " + node.kind
                                + " in another edition");
                    }
                    node.kind = key.kind();
                    node.cells.put(edition, key);
                    byIndex[key.index()] = node;
                }
                leaves.put(edition, byIndex);
            }
            ROOTS.put(table, root);
            LEAVES.put(table, leaves);
        }
        NODE_COUNT = ids[0];
        for (Node root : ROOTS.values()) {
            freeze(root);
        }
    }

    private static void freeze(Node node) {
        node.childArray = node.children.values().toArray(new Node[0]);
        for (Node child : node.childArray) {
            freeze(child);
        }
    }

    private TableShape() {
    }

    static List<Section> tables() {
        return List.of(Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION);
    }

    private static CatalogueEntry entryOf(CellKey key, int depthFromLeaf) {
        return switch (depthFromLeaf) {
            case 0 -> key.column();
            case 1 -> key.row();
            case 2 -> key.block().orElseThrow();
            default -> throw new IllegalStateException("unexpected depth in " + key);
        };
    }

    private static Level levelOf(CellKey key, int depthFromLeaf) {
        if (depthFromLeaf == 0) {
            return Level.COLUMN;
        }
        CatalogueEntry entry = entryOf(key, depthFromLeaf);
        return entry instanceof DisclosureBlock || entry instanceof ReviewBlock ? Level.BLOCK : Level.ROW;
    }

    /** {@return the root node of a table} */
    static Node root(Section table) {
        return ROOTS.get(table);
    }

    /** {@return the leaf node of every cell of a layout, by the cell's index} */
    static Node leafOf(CellKey key) {
        return LEAVES.get(key.table()).get(key.edition())[key.index()];
    }

    /** {@return the leaf node of every cell of a table's form, by the cell's index; do not modify} */
    static Node[] leaves(Section table, Edition form) {
        return LEAVES.get(table).get(form);
    }

    /** {@return the number of nodes of all tables: the size of per-decode state arrays} */
    static int nodeCount() {
        return NODE_COUNT;
    }

    /** {@return every node of a table below its root, depth first} */
    static List<Node> nodes(Section table) {
        List<Node> out = new ArrayList<>();
        collect(ROOTS.get(table), out);
        out.remove(0);
        return Collections.unmodifiableList(out);
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        for (Node child : node.children.values()) {
            collect(child, out);
        }
    }
}

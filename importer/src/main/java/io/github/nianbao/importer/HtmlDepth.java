package io.github.nianbao.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The nesting depth of an HTML page, measured without recursion. The importer walks a page's
 * elements; a page nested thousands of levels deep (a hostile one: no published page comes near)
 * must be refused with a diagnostic, not end in a stack overflow somewhere in the walk.
 */
final class HtmlDepth {

    /**
     * The deepest nesting the importer reads: 512 elements, as deep as a browser builds a page's tree
     * (Chromium's HTML parser stops nesting there), a hundred times what report pages use.
     */
    static final int MAX_DEPTH = 512;

    /** The page nests elements more than {@link #MAX_DEPTH} deep: it is not read. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    private HtmlDepth() {
    }

    /**
     * Checks a parsed page.
     *
     * @throws TooDeep if its elements nest more than {@link #MAX_DEPTH} deep
     */
    static void check(Document doc) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > MAX_DEPTH && node instanceof Element) {
                    throw new TooDeep();
                }
            }
        }, doc);
    }
}

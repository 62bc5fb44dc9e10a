package io.github.nianbao.importer;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML table cell as the importer reads it: jsoup's text, except that markup which
 * changes what a number means stays visible. {@code 10<sup>1</sup>} (a footnote) would otherwise read
 * 101, and {@code <del>12</del><ins>15</ins>} 1215; the cell text keeps the tags of {@code sup},
 * {@code sub}, {@code del}, {@code ins}, {@code s} and {@code strike} around their text, so that such
 * a cell is no plain number and is read as unknown; zero-width characters are kept (jsoup's text
 * drops some). A line break separates like a space
 * ({@code 10<br>20} is two numbers, never 1020). Iterative: a deep cell costs no stack.
 */
final class HtmlCellText {

    private static final java.util.Set<String> MARKED = java.util.Set.of("sup", "sub", "del", "ins", "s", "strike");
    private static final java.util.Set<String> SEPARATING = java.util.Set.of("br", "p", "div", "li", "tr", "td", "th");

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[ \\t\\n\\r\\f]+");

    private HtmlCellText() {
    }

    static String of(Element cell) {
        // Not jsoup's text(): it drops zero-width spaces and soft hyphens, so 1&#8203;0 would read 10.
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && node != cell) {
                    if (MARKED.contains(e.normalName())) {
                        sb.append('<').append(e.normalName()).append('>');
                    } else if (SEPARATING.contains(e.normalName())) {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && node != cell && MARKED.contains(e.normalName())) {
                    sb.append("</").append(e.normalName()).append('>');
                }
            }
        }, cell);
        return WHITESPACE.matcher(sb).replaceAll(" ").strip();
    }
}

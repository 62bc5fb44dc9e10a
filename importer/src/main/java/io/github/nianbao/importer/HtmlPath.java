package io.github.nianbao.importer;

import org.jsoup.nodes.Element;

/**
 * Where an HTML piece came from: its element, whose CSS path is only worked out when a diagnostic
 * asks for it, from the element's ancestors alone; or, for a piece of a {@link SourceDocument}, the
 * place its reader gave. (jsoup's {@link Element#cssSelector()} searches
 * the document to make each step unique, so calling it for every cell made a large page quadratic.)
 */
final class HtmlPath {

    private final Element element;
    private final SourceLocation place;
    private String css;

    HtmlPath(Element element) {
        this.element = element;
        this.place = null;
    }

    HtmlPath(SourceLocation place) {
        this.element = null;
        this.place = place;
    }

    SourceLocation location() {
        return place != null ? place : SourceLocation.html(css());
    }

    /** {@return the CSS path, such as {@code html > body > table > tbody > tr:nth-child(3) > td:nth-child(2)}} */
    String css() {
        if (css == null) {
            css = place != null ? place.toString() : of(element);
        }
        return css;
    }

    // Each step is the tag, with its position among its parent's elements when it has siblings.
    private static String of(Element element) {
        java.util.ArrayDeque<String> steps = new java.util.ArrayDeque<>();
        for (Element e = element; e != null && !(e instanceof org.jsoup.nodes.Document); e = e.parent()) {
            Element parent = e.parent();
            boolean alone = parent == null || parent instanceof org.jsoup.nodes.Document || parent.childrenSize() == 1;
            steps.addFirst(alone ? e.normalName() : e.normalName() + ":nth-child(" + (e.elementSiblingIndex() + 1) + ")");
        }
        return String.join(" > ", steps);
    }

    @Override
    public String toString() {
        return css();
    }
}

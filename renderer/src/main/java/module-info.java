/**
 * Writes 政府信息公开工作年度报告 out as documents: a Word ({@code .docx}) file in the official
 * layout, filled from the official template, and a standalone HTML page.
 */
module io.github.nianbao.renderer {
    requires transitive io.github.nianbao.core;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires java.xml;

    exports io.github.nianbao.renderer;
}

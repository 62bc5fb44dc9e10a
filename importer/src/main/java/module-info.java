/**
 * Reads published 政府信息公开工作年度报告 (page text, {@code pdftotext -layout} text, Markdown and
 * HTML) into the nianbao report model, with import diagnostics for everything it could not read.
 */
module io.github.nianbao.importer {
    requires transitive io.github.nianbao.core;
    requires org.jsoup;

    exports io.github.nianbao.importer;
}

/**
 * Reads 政府信息公开工作年度报告 from Word ({@code .docx}, {@code .doc}) and PDF files into the
 * importer's reading of tables by their catalogue labels, telling the kind of file from its bytes.
 */
module io.github.nianbao.documents {
    requires transitive io.github.nianbao.importer;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    // PDFBox is an automatic module and so names none of its dependencies: its logging API must be
    // required here, or it is missing from the module graph and PDFBox fails at its first log call.
    requires org.apache.commons.logging;
    // Ruling lines arrive as java.awt.geom points from PDFBox's graphics engine.
    requires java.desktop;

    exports io.github.nianbao.documents;
}

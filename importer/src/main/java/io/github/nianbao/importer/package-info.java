/**
 * The importer: {@link io.github.nianbao.importer.ReportImporter} reads published reports — page
 * text, {@code pdftotext -layout} text, Markdown pipe tables and HTML — into an
 * {@link io.github.nianbao.core.AnnualReport}, and returns with it an
 * {@link io.github.nianbao.importer.ImportResult} of {@linkplain io.github.nianbao.importer.ImportDiagnostic
 * import diagnostics}: what happened, where in the source, and which cell it concerns.
 *
 * <p>Titles with the agency or the year first, 年 or 年度, split over lines; a scraper's header
 * lines, {@code <meta name="ArticleTitle">}, {@code <h1>} and {@code <title>}; page text that lost
 * its line breaks; whole web pages with their chrome, and hidden HTML, which is never read: see
 * {@link io.github.nianbao.importer.ReportImporter}.
 *
 * <p>Import diagnostics are not rule findings: they say how the text was read, not whether the
 * report is right. A report read completely may still break every rule.
 */
package io.github.nianbao.importer;

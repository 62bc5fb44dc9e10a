/**
 * The catalogue of the report format: sections, tables, groups, blocks, rows and columns, each with
 * its official Chinese label, English label, numbering, parent group, editions and stable key; the
 * layouts of the tables; and {@link io.github.nianbao.core.catalogue.ReportPath}, the one path type,
 * rendered as a JSON Pointer into the canonical JSON form.
 *
 * <p>This package is the single source of every label: the codec, the importer, the rules and their
 * messages all read labels from here.
 */
package io.github.nianbao.core.catalogue;

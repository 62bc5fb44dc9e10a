/**
 * The three report tables: {@link io.github.nianbao.core.table.ProactiveDisclosure} (二),
 * {@link io.github.nianbao.core.table.ApplicationTable} (三) and
 * {@link io.github.nianbao.core.table.ReviewLitigationTable} (四), with typed accessors and
 * generic addressing by {@link io.github.nianbao.core.catalogue.CellKey}.
 */
package io.github.nianbao.core.table;

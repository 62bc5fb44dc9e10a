/**
 * The nianbao report model: both editions of the 政府信息公开工作年度报告, every section, table and
 * cell, and the catalogue of official labels.
 */
module io.github.nianbao.core {
    requires static org.immutables.value.annotations;

    exports io.github.nianbao.core;
    exports io.github.nianbao.core.catalogue;
    exports io.github.nianbao.core.cell;
    exports io.github.nianbao.core.table;
}

/**
 * Table cells: counts and money amounts, each a number, blank or not applicable.
 */
package io.github.nianbao.core.cell;

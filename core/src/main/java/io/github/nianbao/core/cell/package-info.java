/**
 * Table cells: counts and money amounts, each a number, blank, not applicable or unknown.
 */
package io.github.nianbao.core.cell;

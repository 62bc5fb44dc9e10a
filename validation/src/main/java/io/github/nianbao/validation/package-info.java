/**
 * The rules engine: every relation of the format checked, each finding pointing at its cells.
 */
package io.github.nianbao.validation;

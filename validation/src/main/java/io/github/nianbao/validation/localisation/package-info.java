/**
 * Likely causes of broken sums (Fellegi–Holt error localisation): for the sum relations of one
 * report that do not hold, the smallest sets of cells whose change makes every sum relation of the
 * report's forms hold, each classified as a common mistake (a digit typo, a value in the wrong row or
 * column, a total never updated, a lost sign, a blank that should hold a number). Nothing here ever
 * changes a report: the causes are suggestions, reported as {@code LIKELY-CAUSE} findings.
 *
 * <p>{@link io.github.nianbao.validation.localisation.ErrorLocator} is the entry point; a validator
 * runs it when built with
 * {@link io.github.nianbao.validation.ReportValidator.Builder#likelyCauses(boolean)}.
 */
package io.github.nianbao.validation.localisation;

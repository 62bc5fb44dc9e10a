/**
 * One agency across years: whether two reports are the same agency's
 * ({@link io.github.nianbao.validation.comparison.AgencyMatch}), and what changed from one year's
 * report to the next ({@link io.github.nianbao.validation.comparison.ReportComparison}), over a
 * series of years ({@link io.github.nianbao.validation.comparison.ReportSeries}).
 */
package io.github.nianbao.validation.comparison;

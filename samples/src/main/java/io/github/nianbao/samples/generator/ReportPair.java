package io.github.nianbao.samples.generator;

import io.github.nianbao.core.AnnualReport;
import java.util.Objects;

/**
 * The reports of one agency for two consecutive years.
 *
 * @param previous the report for year N−1
 * @param current the report for year N
 */
public record ReportPair(AnnualReport previous, AnnualReport current) {

    /**
     * Checks the components.
     *
     * @param previous the report for year N−1
     * @param current the report for year N
     */
    public ReportPair {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
    }
}

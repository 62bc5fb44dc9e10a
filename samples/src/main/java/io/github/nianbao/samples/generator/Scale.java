package io.github.nianbao.samples.generator;

import io.github.nianbao.core.AdministrativeLevel;

/**
 * How big the issuing body is, which sets the magnitude of its numbers: a township sees a handful
 * of applications a year, a provincial government thousands.
 */
public enum Scale {
    /** A township or sub-district: a handful of applications. */
    TOWNSHIP(AdministrativeLevel.TOWNSHIP, 6, 40),
    /** A county or district government or department: tens to a few hundred. */
    COUNTY(AdministrativeLevel.COUNTY, 60, 2_000),
    /** A prefecture-level city or its department: hundreds to thousands. */
    MUNICIPAL(AdministrativeLevel.MUNICIPAL, 600, 200_000),
    /** A provincial government or department: thousands. */
    PROVINCIAL(AdministrativeLevel.PROVINCIAL, 4_000, 5_000_000);

    private final AdministrativeLevel level;
    private final long typicalApplications;
    private final long typicalDecisions;

    Scale(AdministrativeLevel level, long typicalApplications, long typicalDecisions) {
        this.level = level;
        this.typicalApplications = typicalApplications;
        this.typicalDecisions = typicalDecisions;
    }

    /** {@return the administrative level of bodies of this scale} */
    public AdministrativeLevel level() {
        return level;
    }

    /** {@return the typical number of new applications a year} */
    public long typicalApplications() {
        return typicalApplications;
    }

    /** {@return the typical number of licensing or penalty decisions a year} */
    public long typicalDecisions() {
        return typicalDecisions;
    }
}

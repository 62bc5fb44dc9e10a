package io.github.nianbao.core;

import java.util.OptionalInt;

/**
 * The two editions of the national report format.
 */
public enum Edition {
    /** The trial format, 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports. */
    V2019("国办公开办函〔2019〕60号", 2019, 2020),
    /** The revised format, 国办公开办函〔2021〕30号, used from the 2021 reports on. */
    V2021("国办公开办函〔2021〕30号", 2021, Integer.MAX_VALUE);

    private final String issuingDocument;
    private final int firstReportYear;
    private final int lastReportYear;

    Edition(String issuingDocument, int firstReportYear, int lastReportYear) {
        this.issuingDocument = issuingDocument;
        this.firstReportYear = firstReportYear;
        this.lastReportYear = lastReportYear;
    }

    /** {@return the document that issued this edition, for example 国办公开办函〔2021〕30号} */
    public String issuingDocument() {
        return issuingDocument;
    }

    /** {@return the first report year this edition applies to} */
    public int firstReportYear() {
        return firstReportYear;
    }

    /** {@return the last report year this edition applies to, or empty while it is current} */
    public OptionalInt lastReportYear() {
        return lastReportYear == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(lastReportYear);
    }

    /**
     * Tells whether this edition is the one for reports of {@code reportYear}.
     *
     * @param reportYear the year the report covers
     * @return whether this edition applies
     */
    public boolean appliesTo(int reportYear) {
        return reportYear >= firstReportYear && reportYear <= lastReportYear;
    }

    /**
     * Returns the edition used for reports of {@code reportYear}.
     *
     * @param reportYear the year the report covers, 2019 or later
     * @return the edition
     * @throws IllegalArgumentException for years before 2019, which used no unified format
     */
    public static Edition forReportYear(int reportYear) {
        for (Edition edition : values()) {
            if (edition.appliesTo(reportYear)) {
                return edition;
            }
        }
        throw new IllegalArgumentException(
                "no unified report format for report year " + reportYear + " (the first is " + V2019.firstReportYear + ")");
    }
}

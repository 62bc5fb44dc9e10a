package io.github.nianbao.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who issued a report, for which year, in which edition of the format.
 */
@Value.Immutable
public abstract class ReportMetadata implements WithReportMetadata {

    /** {@return 机关名称, the issuing agency as it names itself} */
    public abstract String agency();

    /** {@return the year the report covers} */
    public abstract int reportYear();

    /**
     * Returns the edition of the format the report follows. When not given, the edition for
     * {@link #reportYear()}.
     *
     * @return the edition
     */
    @Value.Default
    public Edition edition() {
        return Edition.forReportYear(reportYear());
    }

    /** {@return the publication date, if known} */
    public abstract Optional<LocalDate> publicationDate();

    /** {@return the administrative level of the issuer, if known} */
    public abstract Optional<AdministrativeLevel> administrativeLevel();

    /** {@return the issuer's 6-digit 行政区划代码, if known} */
    public abstract Optional<String> divisionCode();

    @Value.Check
    void check() {
        divisionCode().ifPresent(code -> {
            if (!isSixDigits(code)) {
                throw new IllegalStateException("行政区划代码 must be 6 digits, not '" + code + "'");
            }
        });
    }

    // Checked for every report built: no regular expression compiled each time.
    private static boolean isSixDigits(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the metadata of a report.
     *
     * @param agency the issuing agency
     * @param reportYear the year covered
     * @param edition the edition
     * @return the metadata
     */
    public static ReportMetadata of(String agency, int reportYear, Edition edition) {
        return builder().agency(agency).reportYear(reportYear).edition(edition).build();
    }

    /** Builds metadata. Not thread-safe; ReportMetadatas it builds are immutable. */
    public static final class Builder {

        private final ImmutableReportMetadata.Builder delegate = ImmutableReportMetadata.generatedBuilder();

        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Copies every attribute of existing metadata, to change some of them.
         *
         * @param metadata the metadata to copy
         * @return this builder
         */
        public Builder from(ReportMetadata metadata) {
            delegate.from(metadata);
            return this;
        }

        /**
         * Sets the issuing agency as printed. Required.
         *
         * @param agency the agency
         * @return this builder
         */
        public Builder agency(String agency) {
            delegate.agency(agency);
            return this;
        }

        /**
         * Sets the year the report covers. Required.
         *
         * @param reportYear the year
         * @return this builder
         */
        public Builder reportYear(int reportYear) {
            delegate.reportYear(reportYear);
            return this;
        }

        /**
         * Sets the edition of the format; by default the one for the report year.
         *
         * @param edition the edition
         * @return this builder
         */
        public Builder edition(Edition edition) {
            delegate.edition(edition);
            return this;
        }

        /**
         * Sets the date the report was published.
         *
         * @param publicationDate the date
         * @return this builder
         */
        public Builder publicationDate(LocalDate publicationDate) {
            delegate.publicationDate(publicationDate);
            return this;
        }

        /**
         * Sets or clears the date the report was published.
         *
         * @param publicationDate the date, or empty
         * @return this builder
         */
        public Builder publicationDate(Optional<? extends LocalDate> publicationDate) {
            delegate.publicationDate(publicationDate);
            return this;
        }

        /**
         * Sets the agency's administrative level.
         *
         * @param administrativeLevel the level
         * @return this builder
         */
        public Builder administrativeLevel(AdministrativeLevel administrativeLevel) {
            delegate.administrativeLevel(administrativeLevel);
            return this;
        }

        /**
         * Sets or clears the agency's administrative level.
         *
         * @param administrativeLevel the level, or empty
         * @return this builder
         */
        public Builder administrativeLevel(Optional<? extends AdministrativeLevel> administrativeLevel) {
            delegate.administrativeLevel(administrativeLevel);
            return this;
        }

        /**
         * Sets the 行政区划代码 of the agency's division.
         *
         * @param divisionCode the code
         * @return this builder
         */
        public Builder divisionCode(String divisionCode) {
            delegate.divisionCode(divisionCode);
            return this;
        }

        /**
         * Sets or clears the 行政区划代码 of the agency's division.
         *
         * @param divisionCode the code, or empty
         * @return this builder
         */
        public Builder divisionCode(Optional<String> divisionCode) {
            delegate.divisionCode(divisionCode);
            return this;
        }

        /**
         * Builds the reportmetadata.
         *
         * @return the immutable ReportMetadata
         * @throws IllegalStateException if a required attribute was not set, or a structural invariant does not hold
         */
        public ReportMetadata build() {
            return delegate.build();
        }
    }
}

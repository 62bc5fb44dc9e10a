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

    /** Builds metadata. */
    public static class Builder extends ImmutableReportMetadata.Builder {

        /** Creates an empty builder. */
        public Builder() {
        }
    }
}

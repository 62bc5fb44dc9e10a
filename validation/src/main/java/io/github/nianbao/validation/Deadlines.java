package io.github.nianbao.validation;

import io.github.nianbao.core.ReportMetadata;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * When a report must be published, checked by {@link StandardRule#DEADLINE} against the report's
 * publication date where it has one. Immutable.
 *
 * <p>The statute (《政府信息公开条例》 art. 49, FORMAT.md §1): departments of governments at county
 * level and above publish their report for the previous year by 31 January; each county-level-and-
 * above government's report is published by 31 March. A provincial rule pack may set earlier dates.
 *
 * <p>Which applies follows from the agency: a <em>government</em> is an agency whose name ends with
 * 人民政府 (including township governments, to which the statute sets no date of their own and which
 * publish on the governments' calendar in practice); every other agency — departments, a
 * government's 办公室 or 办公厅, 管委会, 街道办事处 — has the departments' date. The administrative
 * level does not tell the two apart (a county and its departments are both county-level).
 */
public final class Deadlines {

    private static final Deadlines STATUTORY = new Deadlines(MonthDay.of(1, 31), MonthDay.of(3, 31));

    private final MonthDay departments;
    private final MonthDay governments;

    private Deadlines(MonthDay departments, MonthDay governments) {
        this.departments = Objects.requireNonNull(departments, "departments");
        this.governments = Objects.requireNonNull(governments, "governments");
    }

    /** {@return the statute's dates: departments 31 January, governments 31 March of the next year} */
    public static Deadlines statutory() {
        return STATUTORY;
    }

    /**
     * Returns other dates, such as a province's earlier ones.
     *
     * @param departments the last day for departments, in the year after the report year
     * @param governments the last day for governments, in the year after the report year
     * @return the deadlines
     */
    public static Deadlines of(MonthDay departments, MonthDay governments) {
        return new Deadlines(departments, governments);
    }

    /** {@return the departments' last day, in the year after the report year} */
    public MonthDay departments() {
        return departments;
    }

    /** {@return the governments' last day, in the year after the report year} */
    public MonthDay governments() {
        return governments;
    }

    /**
     * Tells whether a report is a government's (as opposed to a department's).
     *
     * @param metadata the report's metadata
     * @return whether the agency's name ends with 人民政府
     */
    public static boolean isGovernment(ReportMetadata metadata) {
        return metadata.agency().strip().endsWith("人民政府");
    }

    /**
     * Returns the last day a report may be published.
     *
     * @param metadata the report's metadata
     * @return the date, in the year after the report year
     */
    public LocalDate deadline(ReportMetadata metadata) {
        return (isGovernment(metadata) ? governments : departments).atYear(metadata.reportYear() + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deadlines d && d.departments.equals(departments) && d.governments.equals(governments);
    }

    @Override
    public int hashCode() {
        return departments.hashCode() * 31 + governments.hashCode();
    }

    /** {@return both dates, as in {@code Deadlines[departments --01-31, governments --03-31]}} */
    @Override
    public String toString() {
        return "Deadlines[departments " + departments + ", governments " + governments + "]";
    }
}

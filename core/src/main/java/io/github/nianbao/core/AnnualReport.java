package io.github.nianbao.core;

import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import org.immutables.value.Value;

/**
 * A 政府信息公开工作年度报告: metadata and the six sections. Immutable and thread-safe.
 *
 * <p>Any report can be represented, however wrong its arithmetic: negative counts and broken sums
 * are findings for the rules engine, not construction errors. Construction only refuses what
 * cannot be a report of its edition (a V2019 report with V2021 tables).
 *
 * <p>Tables not given are blank tables of the report's edition; narratives not given are empty.
 */
@Value.Immutable
public abstract class AnnualReport implements WithAnnualReport {

    /** {@return who issued the report, for which year, in which edition} */
    public abstract ReportMetadata metadata();

    /** {@return section 一, 总体情况} */
    @Value.Default
    public Narrative overview() {
        return Narrative.empty();
    }

    /** {@return section 二, table 主动公开政府信息情况} */
    @Value.Default
    public ProactiveDisclosure proactiveDisclosure() {
        return ProactiveDisclosure.blank(metadata().edition());
    }

    /**
     * Returns section 三, table 收到和处理政府信息公开申请情况. A V2021 report may hold the V2019
     * form of this table: see {@link #isHybrid()}.
     *
     * @return the table
     */
    @Value.Default
    public ApplicationTable applications() {
        return ApplicationTable.blank(metadata().edition());
    }

    /** {@return section 四, table 政府信息公开行政复议、行政诉讼情况} */
    @Value.Default
    public ReviewLitigationTable reviewLitigation() {
        return ReviewLitigationTable.blank(metadata().edition());
    }

    /** {@return section 五, 存在的主要问题及改进情况} */
    @Value.Default
    public Narrative problems() {
        return Narrative.empty();
    }

    /** {@return section 六, 其他需要报告的事项} */
    @Value.Default
    public Narrative otherMatters() {
        return Narrative.empty();
    }

    /** {@return the edition, from the metadata} */
    public Edition edition() {
        return metadata().edition();
    }

    /** {@return the issuing agency, from the metadata} */
    public String agency() {
        return metadata().agency();
    }

    /** {@return the report year, from the metadata} */
    public int reportYear() {
        return metadata().reportYear();
    }

    /**
     * Tells whether this is a hybrid report: V2021 table 二 with the V2019 form of table 三 (the
     * single （六）其他处理 row), as some published reports are.
     *
     * @return whether table 三 has another edition's form than the report
     */
    public boolean isHybrid() {
        return applications().edition() != edition();
    }

    /**
     * Returns a table by its section.
     *
     * @param section {@link Section#PROACTIVE_DISCLOSURE}, {@link Section#APPLICATIONS} or {@link Section#REVIEW_LITIGATION}
     * @return the table
     * @throws IllegalArgumentException if the section is not a table
     */
    public Table table(Section section) {
        return switch (section) {
            case PROACTIVE_DISCLOSURE -> proactiveDisclosure();
            case APPLICATIONS -> applications();
            case REVIEW_LITIGATION -> reviewLitigation();
            default -> throw new IllegalArgumentException(section + " is not a table");
        };
    }

    /**
     * Returns a narrative section.
     *
     * @param section {@link Section#OVERVIEW}, {@link Section#PROBLEMS} or {@link Section#OTHER_MATTERS}
     * @return the narrative
     * @throws IllegalArgumentException if the section is a table
     */
    public Narrative narrative(Section section) {
        return switch (section) {
            case OVERVIEW -> overview();
            case PROBLEMS -> problems();
            case OTHER_MATTERS -> otherMatters();
            default -> throw new IllegalArgumentException(section + " is a table");
        };
    }

    /**
     * Returns a cell by its key.
     *
     * @param key a key of the layout of one of this report's tables
     * @return the cell
     */
    public Cell cell(CellKey key) {
        return table(key.table()).cell(key);
    }

    // Structural invariants only: which forms a report of an edition can hold.
    @Value.Check
    void check() {
        Edition edition = edition();
        require(proactiveDisclosure().edition() == edition, "table 二", proactiveDisclosure().edition());
        require(reviewLitigation().edition() == edition, "table 四", reviewLitigation().edition());
        // A V2021 report may carry V2019's table 三 (the hybrid); a V2019 report never carries V2021 rows.
        require(edition == Edition.V2021 || applications().edition() == edition, "table 三", applications().edition());
    }

    private void require(boolean ok, String what, Edition found) {
        if (!ok) {
            throw new IllegalStateException("a " + edition() + " report cannot hold " + what + " in the " + found + " form");
        }
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a report. Not thread-safe; AnnualReports it builds are immutable. */
    public static final class Builder {

        private final ImmutableAnnualReport.Builder delegate = ImmutableAnnualReport.generatedBuilder();

        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Copies every attribute of a report, to change some of them.
         *
         * @param report the report to copy
         * @return this builder
         */
        public Builder from(AnnualReport report) {
            delegate.from(report);
            return this;
        }

        /**
         * Sets the metadata: agency, year, edition and the rest. Required.
         *
         * @param metadata the metadata
         * @return this builder
         */
        public Builder metadata(ReportMetadata metadata) {
            delegate.metadata(metadata);
            return this;
        }

        /**
         * Sets section 一 总体情况; empty by default.
         *
         * @param overview the narrative
         * @return this builder
         */
        public Builder overview(Narrative overview) {
            delegate.overview(overview);
            return this;
        }

        /**
         * Sets table 二; by default every cell blank, in the edition's form.
         *
         * @param proactiveDisclosure the table, in the edition's form
         * @return this builder
         */
        public Builder proactiveDisclosure(ProactiveDisclosure proactiveDisclosure) {
            delegate.proactiveDisclosure(proactiveDisclosure);
            return this;
        }

        /**
         * Sets table 三; by default every cell blank, in the edition's form. A V2021 report may hold the V2019 form (a hybrid).
         *
         * @param applications the table
         * @return this builder
         */
        public Builder applications(ApplicationTable applications) {
            delegate.applications(applications);
            return this;
        }

        /**
         * Sets table 四; by default every cell blank.
         *
         * @param reviewLitigation the table, in the edition's form
         * @return this builder
         */
        public Builder reviewLitigation(ReviewLitigationTable reviewLitigation) {
            delegate.reviewLitigation(reviewLitigation);
            return this;
        }

        /**
         * Sets section 五 存在的主要问题及改进情况; empty by default.
         *
         * @param problems the narrative
         * @return this builder
         */
        public Builder problems(Narrative problems) {
            delegate.problems(problems);
            return this;
        }

        /**
         * Sets section 六 其他需要报告的事项; empty by default.
         *
         * @param otherMatters the narrative
         * @return this builder
         */
        public Builder otherMatters(Narrative otherMatters) {
            delegate.otherMatters(otherMatters);
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the immutable AnnualReport
         * @throws IllegalStateException if a required attribute was not set, or a structural invariant does not hold
         */
        public AnnualReport build() {
            return delegate.build();
        }
    }
}

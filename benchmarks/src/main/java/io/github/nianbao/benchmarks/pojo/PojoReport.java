package io.github.nianbao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The canonical JSON form of a report (the serialization module's docs/JSON.md) as a team would map
 * it with plain databind: a mutable POJO per object, public fields named as the JSON members, no
 * checks of any kind. A cell is an {@code Object}, because the form allows four things there: an
 * integer, {@code null} (blank), {@code "/"} (not applicable) and {@code {"value", "unit"}} for
 * money; Jackson binds them untyped (Integer or Long, String, null, Map).
 *
 * <p>Table 二 differs between the editions, so there is one class per edition, {@link V2019} and
 * {@link V2021}; the caller picks it by the edition it expects, which is the cheapest way plain
 * databind can do it (no polymorphic type handling).
 *
 * @param <D> the table 二 class of the edition
 */
@JsonPropertyOrder({"formatVersion", "metadata", "overview", "proactiveDisclosure", "applicationsForm", "applications",
        "reviewLitigation", "problems", "otherMatters"})
public abstract class PojoReport<D> {

    /** The version of the JSON form. */
    public Integer formatVersion;
    /** Who issued the report, for which year, in which edition. */
    public Metadata metadata;
    /** Section 一. */
    public List<Block> overview;
    /** Section 二, table 二. */
    public D proactiveDisclosure;
    /** The form of table 三 when it differs from the report's edition (a hybrid); absent otherwise. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String applicationsForm;
    /** Section 三, table 三. */
    public PojoApplications applications;
    /** Section 四, table 四. */
    public PojoReview reviewLitigation;
    /** Section 五. */
    public List<Block> problems;
    /** Section 六. */
    public List<Block> otherMatters;

    /** Creates an empty report. */
    protected PojoReport() {
    }

    /** A V2019 report. */
    public static final class V2019 extends PojoReport<PojoDisclosure2019> {
        /** Creates an empty report. */
        public V2019() {
        }
    }

    /** A V2021 report. */
    public static final class V2021 extends PojoReport<PojoDisclosure2021> {
        /** Creates an empty report. */
        public V2021() {
        }
    }

    /** The metadata object; optional members are left out when absent. */
    @JsonPropertyOrder({"agency", "reportYear", "edition", "publicationDate", "administrativeLevel", "divisionCode"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Metadata {
        /** 机关名称. */
        public String agency;
        /** The report year. */
        public Integer reportYear;
        /** {@code V2019} or {@code V2021}. */
        public String edition;
        /** ISO date, if known. */
        public String publicationDate;
        /** The level's constant name, if known. */
        public String administrativeLevel;
        /** Six digits, if known. */
        public String divisionCode;

        /** Creates empty metadata. */
        public Metadata() {
        }
    }

    /** One block of a narrative section. */
    @JsonPropertyOrder({"kind", "text"})
    public static final class Block {
        /** {@code heading} or {@code paragraph}. */
        public String kind;
        /** The text. */
        public String text;

        /** Creates an empty block. */
        public Block() {
        }
    }
}
